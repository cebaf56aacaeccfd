// The expected answer of every route and server action to every kind of visitor, written
// from the product design (design.md §1 roles, §4 workflow, §6 public site, §8 URLs; the
// README's table of URLs and accounts), not read off the code. Conventions:
//  - a page or download of an area the visitor has no part in, or of an object the visitor
//    may not see, answers 404, as a missing one does (STYLE.md habit 3);
//  - an action on an object the visitor sees but may not change answers FORBIDDEN (403);
//  - on an object the visitor does not see, NOT_FOUND (404);
//  - signed out, or with the session of a disabled account: pages go to /login, actions
//    answer UNAUTHENTICATED;
//  - an allowed action in a state that does not permit it answers REPORT_LOCKED or
//    INVALID_STATE (409): the right is there, the state is not.

export const ROLES = ["anonymous", "unitStaff", "siblingStaff", "foreignReviewer", "countyReviewer", "admin", "disabled"] as const;
export type MatrixRole = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<MatrixRole, string> = {
  anonymous: "not signed in",
  unitStaff: "填报人员 of the unit",
  siblingStaff: "填报人员 of a sibling unit in the same county",
  foreignReviewer: "审核人员 of another county",
  countyReviewer: "审核人员 of the unit's county",
  admin: "系统管理员",
  disabled: "填报人员 of the unit, 停用 after signing in (cookie kept)",
};

/** The workflow states of design.md §4, and a published report reopened for 更正. */
export const STATES = ["draft", "submitted", "returned", "published", "correcting"] as const;
export type MatrixState = (typeof STATES)[number];
export type Scope = "own" | "rollup";

/** Signed out, and a disabled account's session, which ends at its next request. */
const signedOut = (role: MatrixRole) => role === "anonymous" || role === "disabled";
const isReviewer = (role: MatrixRole) => role === "countyReviewer" || role === "foreignReviewer";
const isStaff = (role: MatrixRole) => role === "unitStaff" || role === "siblingStaff";
const publicNow = (state: MatrixState) => state === "published" || state === "correcting";

// ----------------------------------------------------------------- pages and downloads

export type HttpExpectation = 200 | 401 | 404 | "login" | { redirect: string };

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
const signedInPage = (role: MatrixRole): HttpExpectation => (signedOut(role) ? "login" : 200);
const reviewerPage = (role: MatrixRole): HttpExpectation => (signedOut(role) ? "login" : role === "admin" || isReviewer(role) ? 200 : 404);
const adminPage = (role: MatrixRole): HttpExpectation => (signedOut(role) ? "login" : role === "admin" ? 200 : 404);
/** 登记新申请, 导入登记簿: the unit's staff and admins; reviewers read registers, they do not keep them. */
const registerWritePage = (role: MatrixRole): HttpExpectation => (signedOut(role) ? "login" : isReviewer(role) ? 404 : 200);
/** A request of the unit: its staff, the county's reviewers, admins. */
const unitObjectPage = (role: MatrixRole): HttpExpectation =>
  signedOut(role) ? "login" : role === "unitStaff" || role === "countyReviewer" || role === "admin" ? 200 : 404;

export const ROUTES: Record<string, RouteCase> = {
  "/": { expect: (role) => ({ redirect: signedOut(role) ? "/reports" : isStaff(role) ? "/dashboard" : "/review" }) },
  "/login": { expect: (role) => (signedOut(role) ? 200 : { redirect: "/" }) },
  "/account": { expect: signedInPage },
  "/reports": { expect: () => 200 },
  "/reports/[org]/[year]": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/data.json": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/data.csv": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/data.xlsx": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/report.docx": { scopes: ["own"], expect: publicReport },
  "/reports/[org]/[year]/rollup": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/data.json": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/data.csv": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/data.xlsx": { scopes: ["rollup"], expect: publicReport },
  "/reports/[org]/[year]/rollup/report.docx": { scopes: ["rollup"], expect: publicReport },
  "/dashboard": { expect: signedInPage },
  "/work/[id]": { scopes: ["own", "rollup"], expect: (role, _s, scope) => (signedOut(role) ? "login" : seesWorkingCopy(role, scope) ? 200 : 404) },
  "/work/[id]/export.xlsx": { scopes: ["own", "rollup"], expect: (role, _s, scope) => (signedOut(role) ? "login" : seesWorkingCopy(role, scope) ? 200 : 404) },
  "/work/[id]/export.docx": { scopes: ["own", "rollup"], expect: (role, _s, scope) => (signedOut(role) ? "login" : seesWorkingCopy(role, scope) ? 200 : 404) },
  "/review": { expect: reviewerPage },
  "/review/[id]": {
    scopes: ["own", "rollup"],
    expect: (role) => (signedOut(role) ? "login" : role === "admin" || role === "countyReviewer" ? 200 : 404),
  },
  "/review/tracker": { expect: reviewerPage },
  "/review/tracker/tracker.csv": { expect: (role) => (signedOut(role) ? 401 : role === "admin" || isReviewer(role) ? 200 : 404) },
  "/review/rollup": { expect: reviewerPage },
  "/review/rollup/workbook.xlsx": { expect: (role) => (signedOut(role) ? 401 : role === "admin" || role === "countyReviewer" ? 200 : 404) },
  "/register": { expect: signedInPage },
  "/register/new": { expect: registerWritePage },
  "/register/import": { expect: registerWritePage },
  "/register/[id]": { expect: unitObjectPage },
  "/register/export.csv": {
    expect: (role) => (signedOut(role) ? 401 : role === "unitStaff" || role === "countyReviewer" || role === "admin" ? 200 : 404),
  },
  "/cases": { expect: signedInPage },
  "/channels": { expect: signedInPage },
  "/calendar": { expect: adminPage },
  "/calendar/[id]": { expect: adminPage },
  "/admin/units": { expect: adminPage },
  "/admin/units/[slug]": { expect: adminPage },
  /** 账号管理: admins all accounts, reviewers the staff accounts of the units below them (README) */
  "/admin/users": { expect: (role) => (signedOut(role) ? "login" : role === "admin" || isReviewer(role) ? 200 : 404) },
};

/** Routes listed but not walked here, with the reason. */
export const ROUTES_NOT_WALKED: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own endpoints: every signed-in cell of the matrix logs in through them",
};

// ----------------------------------------------------------------- server actions

export type ActionOutcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "REPORT_LOCKED" | "INVALID_STATE";

export interface ActionCase {
  /** acts on a report in a workflow state (of these scopes) */
  scopes?: Scope[];
  /** changes what it acts on when allowed: each allowed cell gets a fresh object */
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

function byRight(role: MatrixRole, right: "writer" | "viewer" | "none", allowed: () => ActionOutcome): ActionOutcome {
  if (signedOut(role)) return "UNAUTHENTICATED";
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
  if (signedOut(role)) return "UNAUTHENTICATED";
  if (role === "unitStaff" || role === "admin") return "allowed";
  return role === "countyReviewer" ? "FORBIDDEN" : "NOT_FOUND";
}

/** 账号管理 of a staff account of the unit: admins, and the reviewers of the county above it (README). */
function accountOfUnit(role: MatrixRole): ActionOutcome {
  if (signedOut(role)) return "UNAUTHENTICATED";
  if (role === "admin" || role === "countyReviewer") return "allowed";
  return role === "foreignReviewer" ? "NOT_FOUND" : "FORBIDDEN";
}

const adminOnly = (role: MatrixRole): ActionOutcome => (signedOut(role) ? "UNAUTHENTICATED" : role === "admin" ? "allowed" : "FORBIDDEN");

export const ACTIONS: Record<string, ActionCase> = {
  "account.ts#changePasswordAction": { mutates: false, expect: (role) => (signedOut(role) ? "UNAUTHENTICATED" : "allowed") },
  "reports.ts#createReportAction": { mutates: true, expect: (role) => unitRecords(role) },
  "reports.ts#saveReportAction": { scopes: ["own", "rollup"], mutates: true, expect: writeContent },
  "reports.ts#submitReportAction": { scopes: ["own", "rollup"], mutates: true, expect: writeContent },
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
    expect: (role) => (signedOut(role) ? "UNAUTHENTICATED" : role === "admin" || role === "countyReviewer" ? "allowed" : "NOT_FOUND"),
  },
  "register.ts#createRequestAction": { mutates: true, expect: unitRecords },
  "register.ts#addRequestEventAction": { mutates: true, expect: unitRecords },
  "register.ts#withdrawRequestEventAction": { mutates: true, expect: unitRecords },
  "register.ts#importRegisterAction": { mutates: true, expect: unitRecords },
  "register-cases.ts#createReviewCaseAction": { mutates: true, expect: unitRecords },
  "register-cases.ts#closeReviewCaseAction": { mutates: true, expect: unitRecords },
  "channels.ts#createChannelAction": { mutates: true, expect: unitRecords },
  "channels.ts#setChannelCountAction": { mutates: true, expect: unitRecords },
  "channels.ts#addChannelItemAction": { mutates: true, expect: unitRecords },
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

/**
 * Listed above with their expected answers, but not yet walked by the spec: they need a
 * register request, an event, a case, a channel or a calendar notice of the unit to act on.
 */
export const ACTIONS_NOT_WALKED: Record<string, string> = Object.fromEntries(
  [
    "register.ts#createRequestAction",
    "register.ts#addRequestEventAction",
    "register.ts#withdrawRequestEventAction",
    "register.ts#importRegisterAction",
    "register-cases.ts#createReviewCaseAction",
    "register-cases.ts#closeReviewCaseAction",
    "channels.ts#createChannelAction",
    "channels.ts#setChannelCountAction",
    "channels.ts#addChannelItemAction",
    "calendar.ts#addNoticeFormAction",
    "calendar.ts#addNoticeFileAction",
    "calendar.ts#activateNoticeAction",
  ].map((key) => [key, "needs an object of the unit's register, channels or calendar"]),
);

/** Pages listed above whose object (a register request, a calendar notice) the spec does not make yet. */
export const ROUTES_PENDING = ["/register/[id]", "/calendar/[id]"];
