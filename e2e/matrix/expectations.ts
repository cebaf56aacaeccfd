// The expected answer of every route and server action to every kind of visitor, written
// from the product design (design.md §1 roles, §4 workflow, §6 public site, §8 URLs; the
// README's table of URLs and accounts), not read off the code. Conventions:
//  - a page or download of an area the visitor has no part in, or of an object the visitor
//    may not see, answers 404, as a missing one does (STYLE.md habit 3);
//  - an action on an object the visitor sees but may not change answers FORBIDDEN (403);
//  - on an object the visitor does not see, NOT_FOUND (404);
//  - signed out, or with the session of a disabled account: pages go to /login, downloads
//    that are not public answer 401, actions answer UNAUTHENTICATED;
//  - signed in with a password change pending (an 初始密码 or a reset one): pages go to
//    /account, downloads that are not public answer 403, actions answer
//    PASSWORD_CHANGE_REQUIRED (except 修改密码 itself);
//  - an allowed action in a state that does not permit it answers REPORT_LOCKED or
//    INVALID_STATE (409): the right is there, the state is not.

export const ROLES = ["anonymous", "unitStaff", "siblingStaff", "foreignReviewer", "countyReviewer", "admin", "disabled", "pending"] as const;
export type MatrixRole = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<MatrixRole, string> = {
  anonymous: "not signed in",
  unitStaff: "填报人员 of the unit",
  siblingStaff: "填报人员 of a sibling unit in the same county",
  foreignReviewer: "审核人员 of another county",
  countyReviewer: "审核人员 of the unit's county",
  admin: "系统管理员",
  disabled: "填报人员 of the unit, 停用 after signing in (cookie kept)",
  pending: "填报人员 of the unit, signed in with the 初始密码 not yet changed",
};

/** The workflow states of design.md §4, and a published report reopened for 更正. */
export const STATES = ["draft", "submitted", "returned", "published", "correcting"] as const;
export type MatrixState = (typeof STATES)[number];
export type Scope = "own" | "rollup";

/** Signed out, and a disabled account's session, which ends at its next request. */
const signedOut = (role: MatrixRole) => role === "anonymous" || role === "disabled";
const isReviewer = (role: MatrixRole) => role === "countyReviewer" || role === "foreignReviewer";
const isStaff = (role: MatrixRole) => role === "unitStaff" || role === "siblingStaff";
const pending = (role: MatrixRole) => role === "pending";
const publicNow = (state: MatrixState) => state === "published" || state === "correcting";

// ----------------------------------------------------------------- pages and downloads

export type HttpExpectation = 200 | 401 | 403 | 404 | "login" | { redirect: string };

export interface RouteCase {
  /** the report the URL names, when it names one */
  scopes?: Scope[];
  expect: (role: MatrixRole, state: MatrixState | null, scope: Scope | null) => HttpExpectation;
}

/** Who sees a report's working copy (drafts included): its unit's staff, the county's reviewers, admins. */
function seesWorkingCopy(role: MatrixRole, scope: Scope | null): boolean {
  if (role === "admin" || role === "countyReviewer") return true;
  return role === "unitStaff" && scope === "own";
}

const publicReport = (_role: MatrixRole, state: MatrixState | null): HttpExpectation => (state && publicNow(state) ? 200 : 404);
/** A signed-in page: to /login signed out, to /account while a password change is pending, else `page`. */
const signedInOnly =
  (page: (role: MatrixRole, state: MatrixState | null, scope: Scope | null) => HttpExpectation) =>
  (role: MatrixRole, state: MatrixState | null, scope: Scope | null): HttpExpectation =>
    signedOut(role) ? "login" : pending(role) ? { redirect: "/account" } : page(role, state, scope);
/** A download that is not public: 401 signed out, 403 while a password change is pending, else `file`. */
const privateFile =
  (file: (role: MatrixRole, state: MatrixState | null, scope: Scope | null) => HttpExpectation) =>
  (role: MatrixRole, state: MatrixState | null, scope: Scope | null): HttpExpectation =>
    signedOut(role) ? 401 : pending(role) ? 403 : file(role, state, scope);

const signedInPage = signedInOnly(() => 200);
const reviewerPage = signedInOnly((role) => (role === "admin" || isReviewer(role) ? 200 : 404));
const adminPage = signedInOnly((role) => (role === "admin" ? 200 : 404));
/** 登记新申请, 导入登记簿: the unit's staff and admins; reviewers read registers, they do not keep them. */
const registerWritePage = signedInOnly((role) => (isReviewer(role) ? 404 : 200));
/** The unit's records: its staff, the county's reviewers, admins. */
const seesUnit = (role: MatrixRole) => role === "unitStaff" || role === "countyReviewer" || role === "admin";
const unitObjectPage = signedInOnly((role) => (seesUnit(role) ? 200 : 404));
const workingCopy = (role: MatrixRole, _state: MatrixState | null, scope: Scope | null): HttpExpectation => (seesWorkingCopy(role, scope) ? 200 : 404);

export const ROUTES: Record<string, RouteCase> = {
  "/": { expect: (role) => ({ redirect: signedOut(role) ? "/reports" : pending(role) ? "/account" : isStaff(role) ? "/dashboard" : "/review" }) },
  "/login": { expect: (role) => (signedOut(role) ? 200 : { redirect: "/" }) },
  /** the one page open while a password change is pending */
  "/account": { expect: (role) => (signedOut(role) ? "login" : 200) },
  "/reports": { expect: () => 200 },
  "/sitemap.xml": { expect: () => 200 },
  "/robots.txt": { expect: () => 200 },
  /** a unit's page: its published years side by side, for any unit */
  "/reports/[org]": { expect: () => 200 },
  /** 开放数据: public, like the report index */
  "/data": { expect: () => 200 },
  /** 网络申请 of a unit: open to every visitor, signed in or not (条例第二十九条) */
  "/apply/[org]": { expect: () => 200 },
  /** 查询申请办理进度: the lookup form for every visitor; a request only after its tracking number and contact are given */
  "/apply/status": { expect: () => 200 },
  /** 申请回执: only right after applying (the status cookie); anyone else is sent to the status query */
  "/apply/receipt": { expect: () => ({ redirect: "/apply/status" }) },
  /** the public pages' stylesheet */
  "/site.css": { expect: () => 200 },
  /** a unit's 政府信息公开指南 and 公开目录: public for every unit, written or not */
  "/guide/[org]": { expect: () => 200 },
  "/reports/[org]/[year]": { scopes: ["own"], expect: publicReport },
  /** the year beside the units under the same parent: there once the unit's report of the year is public */
  "/reports/[org]/[year]/compare": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/data.json": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/data.csv": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/data.xlsx": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/report.docx": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/rollup": { scopes: ["rollup"], expect: publicReport },
  /** a published revision at its permanent address (the matrix asks for revision 1) */
  "/reports/[org]/[year]/r/[n]": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/rollup/r/[n]": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/data.json": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/data.csv": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/data.xlsx": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/report.docx": { scopes: ["rollup"], expect: publicReport },
  "/dashboard": { expect: signedInPage },
  "/work/[id]": { scopes: ["own", "rollup"], expect: signedInOnly(workingCopy) },
  "/work/[id]/export.xlsx": { scopes: ["own", "rollup"], expect: privateFile(workingCopy) },
  "/work/[id]/export.docx": { scopes: ["own", "rollup"], expect: privateFile(workingCopy) },
  /** 修改记录 (design.md §4 audit log): whoever sees the working copy; another unit's staff 404. */
  "/work/[id]/history": { scopes: ["own", "rollup"], expect: signedInOnly(workingCopy) },
  "/review": { expect: reviewerPage },
  "/review/[id]": {
    scopes: ["own", "rollup"],
    expect: signedInOnly((role) => (role === "admin" || role === "countyReviewer" ? 200 : 404)),
  },
  "/review/tracker": { expect: reviewerPage },
  /** the county's 报送进度: its reviewers and admins; another county's reviewer finds no such county */
  "/review/tracker/tracker.csv": { expect: privateFile((role) => (role === "admin" || role === "countyReviewer" ? 200 : 404)) },
  "/review/rollup": { expect: reviewerPage },
  "/review/rollup/workbook.xlsx": { expect: privateFile((role) => (role === "admin" || role === "countyReviewer" ? 200 : 404)) },
  "/register": { expect: signedInPage },
  "/register/new": { expect: registerWritePage },
  "/register/import": { expect: registerWritePage },
  /** 导入报告: whoever types a report (a draft of their unit's) or reviews one (a past report as published) */
  "/import": { expect: signedInPage },
  "/register/[id]": { expect: unitObjectPage },
  "/register/export.csv": { expect: privateFile((role) => (seesUnit(role) ? 200 : 404)) },
  "/cases": { expect: signedInPage },
  "/channels": { expect: signedInPage },
  /** 通知设置: a unit's staff (their own unit) and admins; reviewers keep no unit's mail settings */
  "/notifications": { expect: registerWritePage },
  /** 公开指南: every signed-in user opens it for a unit they see; only the unit's staff and admins get the form */
  "/unit-guide": { expect: signedInPage },
  "/calendar": { expect: adminPage },
  "/calendar/[id]": { expect: adminPage },
  "/admin/units": { expect: adminPage },
  "/admin/units/[slug]": { expect: adminPage },
  /** 账号管理: admins all accounts, reviewers the staff accounts of the units below them (README) */
  "/admin/users": { expect: reviewerPage },
};

/** Routes listed but not walked here, with the reason. */
export const ROUTES_NOT_WALKED: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own endpoints: every signed-in cell of the matrix logs in through them",
  "/reports/[org]/[year]/r/[n]/data.json": "a published revision's own numbers, public like the report: e2e/open-data.spec.ts reads revision 1 of every sample report; a revision exists only once published (lib/data/public.ts reads revisions only)",
  "/reports/[org]/[year]/r/[n]/data.csv": "as data.json of the revision: e2e/open-data.spec.ts",
  "/reports/[org]/[year]/r/[n]/data.xlsx": "as data.json of the revision: e2e/open-data.spec.ts",
  "/data/[file]": "a year's published reports (/data/2021.csv, .jsonl), public, no report state: e2e/open-data.spec.ts reads them and a year without a published report (404); lib/data/open-data.db.test.ts shows drafts and roll-ups are left out",
};

// ----------------------------------------------------------------- server actions

/** Server actions listed but not walked here, with the reason. */
export const ACTIONS_NOT_WALKED: Record<string, string> = {
  "auth.ts#loginAction": "登录 is open to every visitor; every signed-in cell of the matrix depends on logging in, and e2e/security.spec.ts and e2e/login.spec.ts try it with and without JavaScript",
  "auth.ts#logoutAction": "退出 ends only the caller's own session; e2e/security.spec.ts tries it with and without JavaScript",
  "reports.ts#acknowledgeFindingAction":
    "说明原因 needs a warning in the saved report, which the matrix's consistent fixtures do not raise; it saves through saveReport (walked) and then asks canEditReport: lib/data/acknowledgements.db.test.ts tries another unit's staff (NOT_FOUND), a reviewer (FORBIDDEN), a report no longer editable (REPORT_LOCKED) and errors; e2e/editor-rules.spec.ts tries it in the browser",
  "reports.ts#withdrawAcknowledgementAction":
    "撤销 needs a reason given first (see acknowledgeFindingAction); the same write path and canEditReport, tried in lib/data/acknowledgements.db.test.ts",
};

export type ActionOutcome = "allowed" | "UNAUTHENTICATED" | "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN" | "NOT_FOUND" | "REPORT_LOCKED" | "INVALID_STATE";

export interface ActionCase {
  /** acts on a report in a workflow state (of these scopes) */
  scopes?: Scope[];
  /** changes what it acts on when allowed */
  mutates: boolean;
  expect: (role: MatrixRole, state: MatrixState | null, scope: Scope | null) => ActionOutcome;
}

const editable = (state: MatrixState | null) => state === "draft" || state === "returned" || state === "correcting";

/** Who types into a report: the unit's staff (本级), the county's reviewers (汇总), admins (design.md §1, §4; README /review/rollup). */
function reportWriter(role: MatrixRole, scope: Scope | null): "writer" | "viewer" | "none" {
  if (role === "admin") return "writer";
  if (scope === "rollup") return role === "countyReviewer" ? "writer" : "none";
  if (role === "unitStaff") return "writer";
  return role === "countyReviewer" ? "viewer" : "none";
}

/** Signed out, or a password change pending: refused before any right is asked. */
function sessionRefusal(role: MatrixRole): ActionOutcome | null {
  if (signedOut(role)) return "UNAUTHENTICATED";
  return pending(role) ? "PASSWORD_CHANGE_REQUIRED" : null;
}

function byRight(role: MatrixRole, right: "writer" | "viewer" | "none", allowed: () => ActionOutcome): ActionOutcome {
  const refusal = sessionRefusal(role);
  if (refusal) return refusal;
  if (right === "none") return "NOT_FOUND";
  if (right === "viewer") return "FORBIDDEN";
  return allowed();
}

/** 保存, 提交审核, 从登记簿生成: writers, while the report is 草稿 or 已退回. */
const writeContent = (role: MatrixRole, state: MatrixState | null, scope: Scope | null) =>
  byRight(role, reportWriter(role, scope), () => (editable(state) ? "allowed" : "REPORT_LOCKED"));

/** 退回, 发布: the county's reviewers and admins, on a submitted report; its staff see it but may not. */
function review(role: MatrixRole, state: MatrixState | null, scope: Scope | null): ActionOutcome {
  const right = role === "admin" || role === "countyReviewer" ? "writer" : reportWriter(role, scope) === "writer" ? "viewer" : "none";
  return byRight(role, right, () => (state === "submitted" ? "allowed" : "INVALID_STATE"));
}

/** A unit's register, channels and cases: kept by its staff (and admins); the county's reviewers read them. */
function unitRecords(role: MatrixRole): ActionOutcome {
  const refusal = sessionRefusal(role);
  if (refusal) return refusal;
  if (role === "unitStaff" || role === "admin") return "allowed";
  return role === "countyReviewer" ? "FORBIDDEN" : "NOT_FOUND";
}

/** 账号管理 of a staff account of the unit: admins, and the reviewers of the county above it (README). */
function accountOfUnit(role: MatrixRole): ActionOutcome {
  const refusal = sessionRefusal(role);
  if (refusal) return refusal;
  if (role === "admin" || role === "countyReviewer") return "allowed";
  return role === "foreignReviewer" ? "NOT_FOUND" : "FORBIDDEN";
}

/**
 * 登记新申请, 登记案件: staff always record in their own unit (the form has no unit for them;
 * a unit named in the request is not read), so a sibling unit's staff record in theirs.
 */
function newUnitRecord(role: MatrixRole): ActionOutcome {
  return role === "siblingStaff" ? "allowed" : unitRecords(role);
}

/**
 * 导入报告 (读取 walked; 保存为草稿 and 作为往年已发布的报告导入 ask the same rights of the same
 * unit first): the unit's staff and admins (a draft), the county's reviewers (a past report as
 * published); a unit the caller does not see is not found.
 */
function reportImport(role: MatrixRole): ActionOutcome {
  const refusal = sessionRefusal(role);
  if (refusal) return refusal;
  return role === "unitStaff" || role === "admin" || role === "countyReviewer" ? "allowed" : "NOT_FOUND";
}

const adminOnly = (role: MatrixRole): ActionOutcome => sessionRefusal(role) ?? (role === "admin" ? "allowed" : "FORBIDDEN");

export const ACTIONS: Record<string, ActionCase> = {
  "account.ts#changePasswordAction": { mutates: false, expect: (role) => (signedOut(role) ? "UNAUTHENTICATED" : "allowed") },
  "reports.ts#createReportAction": { mutates: true, expect: (role) => unitRecords(role) },
  "reports.ts#saveReportAction": { scopes: ["own", "rollup"], mutates: true, expect: writeContent },
  "reports.ts#submitReportAction": { scopes: ["own", "rollup"], mutates: true, expect: writeContent },
  /** the editor's reload after a conflicting save: whoever may read the report */
  "reports.ts#loadReportContentAction": {
    scopes: ["own", "rollup"],
    mutates: false,
    expect: (role, _state, scope) => byRight(role, reportWriter(role, scope) === "none" ? "none" : "writer", () => "allowed"),
  },
  "reports.ts#startCorrectionAction": {
    scopes: ["own", "rollup"],
    mutates: true,
    expect: (role, state, scope) => byRight(role, reportWriter(role, scope), () => (state === "published" ? "allowed" : "INVALID_STATE")),
  },
  "review.ts#returnReportAction": { scopes: ["own", "rollup"], mutates: true, expect: review },
  "review.ts#publishReportAction": { scopes: ["own", "rollup"], mutates: true, expect: review },
  "register.ts#previewDerivedAction": {
    scopes: ["own"],
    mutates: false,
    expect: (role, _state, scope) => byRight(role, reportWriter(role, scope) === "none" ? "none" : "writer", () => "allowed"),
  },
  "register.ts#applyDerivedAction": { scopes: ["own"], mutates: true, expect: writeContent },
  "rollups.ts#buildRollupAction": {
    mutates: true,
    expect: (role) => sessionRefusal(role) ?? (role === "admin" || role === "countyReviewer" ? "allowed" : "NOT_FOUND"),
  },
  "register.ts#createRequestAction": { mutates: true, expect: newUnitRecord },
  "register.ts#addRequestEventAction": { mutates: true, expect: unitRecords },
  "register.ts#withdrawRequestEventAction": { mutates: true, expect: unitRecords },
  "register.ts#importRegisterAction": { mutates: true, expect: unitRecords },
  "report-import.ts#importReportFileAction": { mutates: false, expect: reportImport },
  "register-cases.ts#createReviewCaseAction": { mutates: true, expect: newUnitRecord },
  "register-cases.ts#closeReviewCaseAction": { mutates: true, expect: unitRecords },
  "channels.ts#createChannelAction": { mutates: true, expect: unitRecords },
  "channels.ts#setChannelCountAction": { mutates: true, expect: unitRecords },
  "channels.ts#addChannelItemAction": { mutates: true, expect: unitRecords },
  /** 通知设置 of the unit: like its channels, but reviewers do not read them either */
  "notifications.ts#saveNotificationRecipientsAction": { mutates: true, expect: unitRecords },
  "notifications.ts#saveNotificationTemplateAction": { mutates: true, expect: unitRecords },
  "notifications.ts#resetNotificationTemplateAction": { mutates: true, expect: unitRecords },
  "guides.ts#saveGuideAction": { mutates: true, expect: unitRecords },
  "users.ts#createUserAction": { mutates: true, expect: accountOfUnit },
  "users.ts#disableUserAction": { mutates: true, expect: accountOfUnit },
  "users.ts#enableUserAction": { mutates: true, expect: accountOfUnit },
  "users.ts#resetPasswordAction": { mutates: true, expect: accountOfUnit },
  "orgs.ts#createOrgAction": { mutates: true, expect: adminOnly },
  "orgs.ts#renameOrgAction": { mutates: true, expect: adminOnly },
  "orgs.ts#moveOrgAction": { mutates: true, expect: adminOnly },
  "calendar.ts#addNoticeFormAction": { mutates: true, expect: adminOnly },
  "calendar.ts#addNoticeFileAction": { mutates: true, expect: adminOnly },
  "calendar.ts#activateNoticeAction": { mutates: true, expect: adminOnly },
};

/**
 * Cells where the code answers otherwise than the design: "what / role / state / scope" →
 * what the code answers today. The matrix checks that each still holds (and fails once one
 * is fixed, so that it leaves this list) and prints them.
 */
export const KNOWN_DISAGREEMENTS: Record<string, string> = {};

export function cellName(what: string, role: MatrixRole, state: MatrixState | null, scope: Scope | null): string {
  return [what, role, state ?? "-", scope ?? "-"].join(" / ");
}
