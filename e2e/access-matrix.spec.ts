// The access matrix: every route and server action × every kind of visitor × every report
// state, against the built server, with real logins and real action calls. The answers
// expected are in e2e/matrix/expectations.ts; a route or action the table does not list
// fails the test.
import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { CREDENTIALS_FILE, E2E_ACCOUNTS, type Who } from "./environment";
import { consistentCells } from "./factories";
import { expect, test } from "./helpers";
import {
  ACTIONS,
  ACTIONS_NOT_WALKED,
  KNOWN_DISAGREEMENTS,
  ROLES,
  ROUTES,
  ROUTES_NOT_WALKED,
  STATES,
  cellName,
  type ActionOutcome,
  type HttpExpectation,
  type MatrixRole,
  type MatrixState,
  type Scope,
} from "./matrix/expectations";
import { callAction, form, newSession, readActionManifest, signIn, type ActionAnswer, type ActionReference } from "./matrix/http";
import { listActionExports, listRoutes } from "./matrix/inventory";
import { caseShape } from "../lib/register/structure";

// One set-up, then one test per part of the matrix, in order; requests go out a few at a time.
test.describe.configure({ mode: "serial" });
const AT_ONCE = 8;

const FORMAT = getFormat("gov-2021");
const CELLS = consistentCells(FORMAT);
const run = Date.now().toString(36);
/** A county of its own (with its own reviewer), so that its roll-ups of any year are the matrix's alone. */
const COUNTY = `mx${run}-cty`;
const unitSlug = `mx${run}-town`;
const siblingSlug = `mx${run}-sib`;
const foreignSlug = `mx${run}-county`;
const INITIAL = `Initial-${run}-pw`;
const CHOSEN = `Chosen-${run}-pw`;

const manifest = readActionManifest();
const refs = new Map(manifest.map((ref) => [`${ref.file.replace(/^app\/_actions\//, "")}#${ref.name}`, ref]));

function ref(key: string): ActionReference {
  const found = refs.get(key);
  if (!found) throw new Error(`no server action ${key} in the build`);
  return found;
}

/** A page that carries the action, with its dynamic segments filled in. */
function pageOf(action: ActionReference, fill: Record<string, string>): string {
  const page = [...action.pages].sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")))[0];
  const url = page.replace(/^app/, "").replace(/\/\([^)]*\)/g, "").replace(/\/page$/, "") || "/";
  return url.replace(/\[(\w+)\]/g, (_m, name: string) => fill[name] ?? "unknown");
}

function codeOf(answer: ActionAnswer): ActionOutcome | string {
  if (answer.kind === "redirect") return "allowed";
  if (answer.kind === "http") return `HTTP ${answer.status}`;
  const value = answer.value as { ok?: boolean; code?: string } | null;
  if (value?.ok === true) return "allowed";
  return value?.code ?? JSON.stringify(value);
}

interface Sessions {
  byRole: Record<MatrixRole, APIRequestContext>;
  admin: APIRequestContext;
  reviewer: APIRequestContext;
  staff: APIRequestContext;
}

let sessions: Sessions;
// The matrix publishes a report of its own for each year from 2060 up: other specs that count a
// year's published reports use years below it.
let year = 2060;
const failures: string[] = [];
const disagreements: string[] = [];
const counts = { routeCells: 0, actionCells: 0 };
const seconds: Record<string, number> = {};

/** Runs `each` over `items`, AT_ONCE at a time. */
async function inTurn<T>(items: readonly T[], each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await each(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
}

/** Runs one part of the matrix, timing it; its failures fail its test. */
async function part(name: string, body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  const before = failures.length;
  await body();
  seconds[name] = (Date.now() - started) / 1000;
  expect(failures.slice(before)).toEqual([]);
}

function passwordOf(who: Who): string {
  return (JSON.parse(fs.readFileSync(CREDENTIALS_FILE, "utf8")) as Record<Who, string>)[who];
}

async function signedIn(who: Who): Promise<APIRequestContext> {
  const session = await newSession();
  await signIn(session, E2E_ACCOUNTS[who].username, passwordOf(who));
  return session;
}

async function act(session: APIRequestContext, key: string, args: unknown[], fill: Record<string, string> = {}): Promise<ActionAnswer> {
  const action = ref(key);
  return callAction(session, action, pageOf(action, fill), args);
}

async function mustSucceed(session: APIRequestContext, key: string, args: unknown[], fill: Record<string, string> = {}): Promise<ActionAnswer> {
  const answer = await act(session, key, args, fill);
  expect(codeOf(answer), `${key} ${JSON.stringify(answer)}`).toBe("allowed");
  return answer;
}

function idFromRedirect(answer: ActionAnswer): string {
  if (answer.kind !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(answer)}`);
  return decodeURIComponent(answer.location.split("?")[0].split("/").pop() ?? "");
}

/** A new account made by the admin on the 新建用户 form, its 初始密码 changed by its owner unless `keepInitial`. */
async function newAccount(admin: APIRequestContext, username: string, role: string, orgSlug: string, keepInitial = false): Promise<APIRequestContext> {
  await mustSucceed(admin, "users.ts#createUserAction", [null, form({ username, displayName: username, role, orgSlug, password: INITIAL })]);
  const session = await newSession();
  await signIn(session, username, INITIAL);
  if (keepInitial) return session;
  await mustSucceed(session, "account.ts#changePasswordAction", [null, form({ currentPassword: INITIAL, newPassword: CHOSEN, confirmPassword: CHOSEN })]);
  return session;
}

// ----------------------------------------------------------------- reports in every state

interface Fixture {
  id: string;
  year: number;
  version: number;
  scope: Scope;
}

async function ownReport(state: MatrixState): Promise<Fixture> {
  const reportYear = year++;
  const { staff, reviewer } = sessions;
  const id = idFromRedirect(await mustSucceed(staff, "reports.ts#createReportAction", [null, form({ year: String(reportYear) })]));
  return advance({ id, year: reportYear, version: 1, scope: "own" }, state, staff, reviewer);
}

async function rollupReport(state: MatrixState): Promise<Fixture> {
  const unitReport = await ownReport("published");
  const { reviewer } = sessions;
  const id = idFromRedirect(await mustSucceed(reviewer, "rollups.ts#buildRollupAction", [null, form({ parent: COUNTY, year: String(unitReport.year) })]));
  const version = await versionOf(id);
  return advance({ id, year: unitReport.year, version, scope: "rollup" }, state, reviewer, reviewer);
}

/** Takes a new report through the workflow, the way its writer and its reviewer do. */
async function advance(report: Fixture, state: MatrixState, writer: APIRequestContext, reviewer: APIRequestContext): Promise<Fixture> {
  if (state === "draft") return report;
  const cells = report.scope === "own" ? CELLS : {};
  const submitted = await mustSucceed(writer, "reports.ts#submitReportAction", [{ reportId: report.id, version: report.version, cells, sections: {} }], { id: report.id });
  let version = (submitted as { value: { version: number } }).value.version;
  if (state === "returned") {
    await mustSucceed(reviewer, "review.ts#returnReportAction", [null, form({ reportId: report.id, version: String(version), comment: "请核对表三" })], { id: report.id });
    version += 1;
  }
  if (state === "published" || state === "correcting") {
    await mustSucceed(reviewer, "review.ts#publishReportAction", [null, form({ reportId: report.id, version: String(version) })], { id: report.id });
    version += 1;
  }
  if (state === "correcting") {
    await mustSucceed(writer, "reports.ts#startCorrectionAction", [null, form({ reportId: report.id, version: String(version), reason: "更正表三" })], { id: report.id });
    version += 1;
  }
  return { ...report, version };
}

async function versionOf(id: string): Promise<number> {
  const answer = await act(sessions.admin, "register.ts#previewDerivedAction", [{ reportId: id }], { id });
  const value = (answer as { value: { ok: boolean; preview?: { version: number } } }).value;
  if (!value.ok || !value.preview) throw new Error(`no version of ${id}: ${JSON.stringify(value)}`);
  return value.preview.version;
}

// ----------------------------------------------------------------- checking one cell

function record(name: string, expected: string, actual: string): void {
  counts[name.startsWith("/") ? "routeCells" : "actionCells"] += 1;
  const known = KNOWN_DISAGREEMENTS[name];
  if (known !== undefined) {
    if (actual === known) disagreements.push(`${name}: design ${expected}, code ${actual}`);
    else failures.push(`${name}: listed as a disagreement (code ${known}) but the code now answers ${actual} (design ${expected})`);
    return;
  }
  if (actual !== expected) failures.push(`${name}: expected ${expected}, got ${actual}`);
}

async function httpAnswer(session: APIRequestContext, url: string): Promise<string> {
  const response = await session.get(url);
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers().location ?? "", "http://x").pathname;
    return location === "/login" ? "login" : `redirect ${location}`;
  }
  return String(status);
}

function showHttp(expected: HttpExpectation): string {
  return typeof expected === "object" ? `redirect ${expected.redirect}` : String(expected);
}

// ----------------------------------------------------------------- set-up

const fixtures = { own: {}, rollup: {} } as Record<Scope, Record<MatrixState, Fixture>>;
/** A second draft of each scope: the workflow walk needs two drafts to submit. */
const spare = {} as Record<Scope, Fixture>;
const records = { unitId: "", requestId: "", eventId: "", caseId: "", channelId: "", noticeId: "" };
const victim = `mx${run}-victim`;

function idIn(html: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(html)?.[1] ?? "";
  expect(found, what).not.toBe("");
  return found;
}

async function htmlOf(session: APIRequestContext, url: string): Promise<string> {
  const response = await session.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

/** The latest event of the request, as its 撤销 form carries it. */
async function latestEvent(): Promise<string> {
  return idIn(await htmlOf(sessions.staff, `/register/${records.requestId}`), /name="eventId" value="([^"]+)"/, "the request's latest event");
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const started = Date.now();
  const admin = await signedIn("admin");
  await Promise.all(
    [
      [COUNTY, `矩阵区${run}`, "", "county"],
      [foreignSlug, `矩阵县${run}`, "", "county"],
    ].map(([slug, name, parentSlug, kind]) => mustSucceed(admin, "orgs.ts#createOrgAction", [null, form({ slug, name, parentSlug, kind })])),
  );
  await Promise.all(
    [
      [unitSlug, `矩阵镇${run}`, COUNTY, "township"],
      [siblingSlug, `矩阵乡${run}`, COUNTY, "township"],
    ].map(([slug, name, parentSlug, kind]) => mustSucceed(admin, "orgs.ts#createOrgAction", [null, form({ slug, name, parentSlug, kind })])),
  );
  const [reviewer, staff, sibling, foreign, disabled, pendingUser] = await Promise.all([
    newAccount(admin, `mx${run}-reviewer`, "reviewer", COUNTY),
    newAccount(admin, `mx${run}-staff`, "staff", unitSlug),
    newAccount(admin, `mx${run}-sibling`, "staff", siblingSlug),
    newAccount(admin, `mx${run}-foreign`, "reviewer", foreignSlug),
    newAccount(admin, `mx${run}-disabled`, "staff", unitSlug),
    newAccount(admin, `mx${run}-pending`, "staff", unitSlug, true),
  ]);
  await Promise.all([
    mustSucceed(admin, "users.ts#disableUserAction", [null, form({ username: `mx${run}-disabled` })]),
    mustSucceed(admin, "users.ts#createUserAction", [null, form({ username: victim, displayName: victim, role: "staff", orgSlug: unitSlug, password: INITIAL })]),
  ]);
  sessions = {
    admin,
    reviewer,
    staff,
    byRole: { anonymous: await newSession(), unitStaff: staff, siblingStaff: sibling, foreignReviewer: foreign, countyReviewer: reviewer, admin, disabled, pending: pendingUser },
  };

  // Every report in every state, a few at a time.
  const jobs: (() => Promise<void>)[] = [
    ...STATES.map((state) => async () => void (fixtures.own[state] = await ownReport(state))),
    ...STATES.map((state) => async () => void (fixtures.rollup[state] = await rollupReport(state))),
    async () => void (spare.own = await ownReport("draft")),
    async () => void (spare.rollup = await rollupReport("draft")),
  ];
  await inTurn(jobs, (job) => job());

  // The unit's register request (with two events), a 表四 case, a channel, and a calendar notice.
  // The unit's id, as its staff's 添加渠道 form carries it.
  records.unitId = idIn(await htmlOf(staff, "/channels"), /name="orgId" value="([^"]+)"/, "the unit's id");
  const request = await mustSucceed(staff, "register.ts#createRequestAction", [
    null,
    form({ channel: "online", receivedOn: "2025-06-02", applicantType: "natural", subject: "矩阵：本镇道路维修资金", orgId: records.unitId }),
  ]);
  records.requestId = idFromRedirect(request);
  await mustSucceed(staff, "register.ts#addRequestEventAction", [null, form({ requestId: records.requestId, kind: "extended", date: "2025-06-20", approvedBy: "王主任" })], { id: records.requestId });
  await mustSucceed(staff, "register.ts#addRequestEventAction", [null, form({ requestId: records.requestId, kind: "answered", date: "2025-06-25", outcome: "granted" })], { id: records.requestId });
  records.eventId = await latestEvent();
  await Promise.all([
    mustSucceed(staff, "register-cases.ts#createReviewCaseAction", [null, form({ block: caseShape().blocks[0].key, filedOn: "2025-06-03", orgId: records.unitId })]),
    mustSucceed(staff, "channels.ts#createChannelAction", [null, form({ orgId: records.unitId, name: "矩阵镇政府网站", kind: "website" })]),
  ]);
  records.caseId = idIn(await htmlOf(staff, "/cases"), /name="caseId"[^>]*>(?:<option[^>]*value=""[^>]*>[^<]*<\/option>)?<option[^>]*value="([^"]+)"/, "the case");
  records.channelId = idIn(await htmlOf(staff, "/channels"), /name="channelId" value="([^"]+)"/, "the channel");
  records.noticeId = idFromRedirect(await mustSucceed(admin, "calendar.ts#addNoticeFormAction", [null, noticeForm(2099)]));
  seconds["set-up"] = (Date.now() - started) / 1000;
});

/** A notice is known by its year and date of issue: a date of this run's own, a day later for each. */
let noticeDay = Date.now() % 200;
const issuedOn = () => new Date(Date.UTC(2026, 0, 1 + (noticeDay += 1))).toISOString().slice(0, 10);

function noticeForm(noticeYear: number): FormData {
  const data = form({ kind: "annual", title: `${noticeYear}年部分节假日安排`, docNo: `国办发明电〔${noticeYear - 1}〕1号`, issuedOn: issuedOn(), year: String(noticeYear) });
  for (const [name, value] of [["festival", "元旦"], ["from", `${noticeYear}-01-01`], ["to", `${noticeYear}-01-01`], ["makeup", ""]]) data.append(name, value);
  return data;
}

test.afterAll(async () => {
  const routesWalked = Object.keys(ROUTES).length;
  const actionsWalked = Object.keys(ACTIONS).length;
  console.log(
    [
      `access matrix: ${counts.routeCells} route cells (${routesWalked} routes × ${ROLES.length} roles, × ${STATES.length} report states × scope where the route names a report)`,
      `               ${counts.actionCells} action cells (${actionsWalked} actions × ${ROLES.length} roles, × ${STATES.length} report states × scope where the action acts on a report)`,
      `               ${disagreements.length} known disagreements with the design, ${failures.length} failures`,
      `               seconds: ${Object.entries(seconds).map(([name, s]) => `${name} ${s.toFixed(1)}`).join(", ")}`,
      ...disagreements.map((line) => `  disagreement: ${line}`),
      ...failures.map((line) => `  failure: ${line}`),
    ].join("\n"),
  );
  await Promise.all(Object.values(sessions?.byRole ?? {}).map((session) => session.dispose()));
});

// ----------------------------------------------------------------- the tests

test("the matrix lists every route and server action of the application", () => {
  const listed = new Set([...Object.keys(ROUTES), ...Object.keys(ROUTES_NOT_WALKED)]);
  expect(listRoutes().filter((route) => !listed.has(route)), "routes without expected answers").toEqual([]);
  expect(Object.keys(ROUTES).filter((route) => !listRoutes().includes(route)), "listed routes that do not exist").toEqual([]);
  const actions = new Set([...Object.keys(ACTIONS), ...Object.keys(ACTIONS_NOT_WALKED)]);
  expect(listActionExports().filter((key) => !actions.has(key)), "server actions without expected answers").toEqual([]);
  expect([...refs.keys()].filter((key) => !actions.has(key)), "server actions of the build without expected answers").toEqual([]);
  expect([...actions].filter((key) => !refs.has(key)), "listed actions that the build does not have").toEqual([]);
});

test("every page and download answers every visitor, in every report state", async () => {
  test.setTimeout(300_000);
  await part("pages", async () => {
    const fixed = (route: string, fixture: Fixture | null): string => {
      const url = route
        .replace("[org]", fixture?.scope === "rollup" ? COUNTY : unitSlug)
        .replace("[year]", String(fixture?.year ?? year))
        .replace("[slug]", siblingSlug)
        .replace("[n]", "1")
        .replace("[id]", fixture?.id ?? (route.startsWith("/calendar") ? records.noticeId : records.requestId));
      if (route === "/review/rollup/workbook.xlsx") return `${url}?parent=${COUNTY}&year=${fixtures.rollup.published.year}`;
      if (route === "/register/export.csv") return `${url}?org=${unitSlug}`;
      if (route === "/review/tracker/tracker.csv") return `${url}?parent=${COUNTY}&year=${fixtures.own.draft.year}`;
      return url;
    };
    const cells = Object.entries(ROUTES).flatMap(([route, routeCase]) =>
      ROLES.flatMap((role) =>
        (routeCase.scopes ? routeCase.scopes.flatMap((scope) => STATES.map((state) => ({ state, scope }))) : [{ state: null, scope: null }]).map(
          ({ state, scope }: { state: MatrixState | null; scope: Scope | null }) => ({ route, role, state, scope, expected: routeCase.expect(role, state, scope) }),
        ),
      ),
    );
    await inTurn(cells, async ({ route, role, state, scope, expected }) => {
      const fixture = state && scope ? fixtures[scope][state] : null;
      const actual = await httpAnswer(sessions.byRole[role], fixed(route, fixture));
      record(cellName(route, role, state, scope), showHttp(expected), actual);
    });
  });
});

// ----------------------------------------------------------------- actions on reports

function reportInput(key: string, fixture: Fixture): unknown[] {
  const base = { reportId: fixture.id, version: fixture.version };
  switch (key) {
    case "reports.ts#saveReportAction":
    case "reports.ts#submitReportAction":
      return [{ ...base, cells: fixture.scope === "own" ? CELLS : {}, sections: {} }];
    case "register.ts#previewDerivedAction":
    case "reports.ts#loadReportContentAction":
      return [{ reportId: fixture.id }];
    case "register.ts#applyDerivedAction":
      return [base];
    case "reports.ts#startCorrectionAction":
      return [null, form({ reportId: fixture.id, version: String(fixture.version), reason: "更正" })];
    case "review.ts#returnReportAction":
      return [null, form({ reportId: fixture.id, version: String(fixture.version), comment: "请修改" })];
    default:
      return [null, form({ reportId: fixture.id, version: String(fixture.version) })];
  }
}

/** Calls one report action as `role` on `fixture` and records the answer; returns it. */
async function reportCell(key: string, role: MatrixRole, state: MatrixState, fixture: Fixture): Promise<ActionAnswer> {
  const answer = await act(sessions.byRole[role], key, reportInput(key, fixture), { id: fixture.id });
  record(cellName(key, role, state, fixture.scope), String(ACTIONS[key].expect(role, state, fixture.scope)), String(codeOf(answer)));
  return answer;
}

const reportActions = Object.entries(ACTIONS).filter(([, actionCase]) => actionCase.scopes);

test("report actions that change nothing (refused, or read-only) leave every report as it was", async () => {
  test.setTimeout(300_000);
  await part("refused report actions", async () => {
    const cells = reportActions.flatMap(([key, actionCase]) =>
      (actionCase.scopes ?? []).flatMap((scope) =>
        STATES.flatMap((state) => ROLES.map((role) => ({ key, scope, state, role, expected: actionCase.expect(role, state, scope) }))),
      ),
    );
    const unchanged = cells.filter((cell) => !(ACTIONS[cell.key].mutates && cell.expected === "allowed"));
    const before = new Map(await Promise.all([...STATES.flatMap((state) => [fixtures.own[state], fixtures.rollup[state]])].map(async (f) => [f.id, await versionOf(f.id)] as const)));
    await inTurn(unchanged, async ({ key, scope, state, role }) => void (await reportCell(key, role, state, fixtures[scope][state])));
    for (const scope of ["own", "rollup"] as const) {
      for (const state of STATES) {
        const fixture = fixtures[scope][state];
        const after = await versionOf(fixture.id);
        if (after !== before.get(fixture.id)) failures.push(`${scope} report in state ${state}: changed by an action that should change nothing (v${before.get(fixture.id)} → v${after})`);
      }
    }
  });
});

test("allowed report actions: saves in each editable state, then the workflow walked step by step by each role allowed", async () => {
  test.setTimeout(300_000);
  await part("allowed report actions", async () => {
    const step = async (key: string, role: MatrixRole, state: MatrixState, fixture: Fixture): Promise<Fixture> => {
      const answer = await reportCell(key, role, state, fixture);
      if (codeOf(answer) !== "allowed") throw new Error(`${cellName(key, role, state, fixture.scope)} refused: ${JSON.stringify(answer)}; the walk stops here`);
      const version = await versionOf(fixture.id);
      if (version === fixture.version) failures.push(`${cellName(key, role, state, fixture.scope)}: allowed, yet the report did not change`);
      return { ...fixture, version };
    };
    const writers: Record<Scope, [MatrixRole, MatrixRole]> = { own: ["unitStaff", "admin"], rollup: ["countyReviewer", "admin"] };
    const reviewers: [MatrixRole, MatrixRole] = ["countyReviewer", "admin"];
    await Promise.all(
      (["own", "rollup"] as const).map(async (scope) => {
        const [w1, w2] = writers[scope];
        const [r1, r2] = reviewers;
        // Saves (and 从登记簿生成) where allowed: they change the content, not the state.
        for (const state of ["draft", "returned", "correcting"] as const) {
          let fixture = fixtures[scope][state];
          for (const [key, actionCase] of reportActions) {
            if (key === "reports.ts#submitReportAction" || !actionCase.mutates) continue;
            for (const role of ROLES) if ((actionCase.scopes ?? []).includes(scope) && actionCase.expect(role, state, scope) === "allowed") fixture = await step(key, role, state, fixture);
          }
          fixtures[scope][state] = fixture;
        }
        // 提交 from a draft, by each writer.
        fixtures[scope].draft = await step("reports.ts#submitReportAction", w1, "draft", fixtures[scope].draft);
        spare[scope] = await step("reports.ts#submitReportAction", w2, "draft", spare[scope]);
        // 退回 and 提交 again, by each reviewer and each writer; 发布, 更正 and 提交 of the correction, by each.
        let walk = fixtures[scope].submitted;
        walk = await step("review.ts#returnReportAction", r1, "submitted", walk);
        walk = await step("reports.ts#submitReportAction", w1, "returned", walk);
        walk = await step("review.ts#returnReportAction", r2, "submitted", walk);
        walk = await step("reports.ts#submitReportAction", w2, "returned", walk);
        walk = await step("review.ts#publishReportAction", r1, "submitted", walk);
        walk = await step("reports.ts#startCorrectionAction", w1, "published", walk);
        walk = await step("reports.ts#submitReportAction", w1, "correcting", walk);
        walk = await step("review.ts#publishReportAction", r2, "submitted", walk);
        walk = await step("reports.ts#startCorrectionAction", w2, "published", walk);
        await step("reports.ts#submitReportAction", w2, "correcting", walk);
      }),
    );
  });
});

// ----------------------------------------------------------------- actions on units, accounts and the unit's records

interface OtherCell {
  key: string;
  role: MatrixRole;
  expected: string;
}

let counter = 0;
const unique = () => `${run}-${(counter += 1)}`;

function registerCsv(): File {
  const number = `2025-${String(5000 + (counter += 1))}`;
  const text = ["编号,收到日期,渠道,申请人类型,办结日期,办理结果", `${number},2025-03-03,网络,自然人,2025-03-10,予以公开`].join("\n");
  return new File([text], "register.csv", { type: "text/csv" });
}

/** A published report's text, as 导入报告 reads it: a title and one row of 表三. */
function reportText(): File {
  const text = ["矩阵镇2021年度政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1"].join("\n");
  return new File([text], "report.txt", { type: "text/plain" });
}

function holidayCnFile(fileYear: number): File {
  const text = JSON.stringify({ year: fileYear, papers: [], days: [{ name: "元旦", date: `${fileYear}-01-01`, isOffDay: true }] });
  return new File([text], `${fileYear}.json`, { type: "application/json" });
}

/** Arguments of each action that acts on something other than a report; made anew for every call. */
const otherInputs: Record<string, (role: MatrixRole) => unknown[] | Promise<unknown[]>> = {
  "account.ts#changePasswordAction": () => [null, form({ currentPassword: CHOSEN, newPassword: CHOSEN, confirmPassword: CHOSEN })],
  "reports.ts#createReportAction": () => [null, form({ year: String(year++), orgId: records.unitId })],
  "rollups.ts#buildRollupAction": () => [null, form({ parent: COUNTY, year: String(year++) })],
  "users.ts#createUserAction": () => [null, form({ username: `mx${unique()}`, displayName: "新用户", role: "staff", orgSlug: unitSlug, password: INITIAL })],
  "users.ts#disableUserAction": () => [null, form({ username: victim })],
  "users.ts#enableUserAction": () => [null, form({ username: victim })],
  "users.ts#resetPasswordAction": () => [null, form({ username: victim })],
  "orgs.ts#createOrgAction": () => [null, form({ slug: `mx${unique()}`, name: `矩阵村${unique()}`, parentSlug: siblingSlug, kind: "other" })],
  "orgs.ts#renameOrgAction": () => [null, form({ slug: siblingSlug, name: `矩阵乡${run}` })],
  "orgs.ts#moveOrgAction": () => [null, form({ slug: siblingSlug, parentSlug: COUNTY })],
  "register.ts#createRequestAction": () => [
    null,
    form({ channel: "post", receivedOn: "2025-07-01", applicantType: "natural", subject: `矩阵申请${unique()}`, orgId: records.unitId }),
  ],
  // The two events of the set-up are withdrawn (by the unit's staff, then an admin) and recorded again, in that order.
  "register.ts#withdrawRequestEventAction": async (role) => [null, form({ requestId: records.requestId, eventId: role === "admin" || role === "unitStaff" ? await latestEvent() : records.eventId })],
  "register.ts#addRequestEventAction": (role) => [
    null,
    role === "unitStaff"
      ? form({ requestId: records.requestId, kind: "extended", date: "2025-06-20", approvedBy: "王主任" })
      : form({ requestId: records.requestId, kind: "answered", date: "2025-06-25", outcome: "granted" }),
  ],
  "register.ts#importRegisterAction": () => [null, form({ org: unitSlug, file: registerCsv() })],
  "report-import.ts#importReportFileAction": () => [null, form({ org: unitSlug, intent: "read", file: reportText() })],
  "register-cases.ts#createReviewCaseAction": () => [null, form({ block: caseShape().blocks[0].key, filedOn: "2025-07-02", orgId: records.unitId })],
  "register-cases.ts#closeReviewCaseAction": () => [null, form({ caseId: records.caseId, result: caseShape().resultColumns[0].key, closedOn: "2025-08-01" })],
  "channels.ts#createChannelAction": () => [null, form({ orgId: records.unitId, name: `矩阵微博${unique()}`, kind: "weibo" })],
  "channels.ts#setChannelCountAction": () => [null, form({ channelId: records.channelId, year: "2025", count: String(counter += 1) })],
  "channels.ts#addChannelItemAction": () => [null, form({ channelId: records.channelId, publishedOn: "2025-05-01", title: `矩阵公告${unique()}` })],
  "notifications.ts#saveNotificationRecipientsAction": () => [null, form({ orgId: records.unitId, recipients: `matrix${unique()}@example.gov.cn` })],
  "notifications.ts#saveNotificationTemplateAction": () => [
    null,
    form({ orgId: records.unitId, kind: "new_request", subject: `矩阵新申请 {编号} ${unique()}`, body: "{单位名称}收到申请 {编号}。" }),
  ],
  "notifications.ts#resetNotificationTemplateAction": () => [null, form({ orgId: records.unitId, kind: "new_request" })],
  // The guide's version as the unit's staff see it now: each allowed save makes the next one.
  "guides.ts#saveGuideAction": async () => [
    null,
    form({ orgId: records.unitId, version: idIn(await htmlOf(sessions.staff, "/unit-guide"), /name="version" value="(\d+)"/, "the guide's version"), office: `矩阵镇党政办公室${unique()}` }),
  ],
  "calendar.ts#addNoticeFormAction": () => [null, noticeForm(2090 + (counter++ % 8))],
  "calendar.ts#addNoticeFileAction": () => [null, (() => {
    const data = form({ kind: "annual", docNo: "国办发明电〔2088〕1号", issuedOn: issuedOn() });
    data.append("file", holidayCnFile(2089));
    return data;
  })()],
  "calendar.ts#activateNoticeAction": () => [null, form({ noticeId: records.noticeId, acknowledge: "on" })],
};

/** Actions whose allowed calls depend on the one before (an event withdrawn, then recorded again; a guide's version): called one at a time, in this order. */
const IN_ORDER = ["register.ts#withdrawRequestEventAction", "register.ts#addRequestEventAction", "guides.ts#saveGuideAction"];

test("actions on units, accounts, the register, cases, channels and the calendar answer every visitor", async () => {
  test.setTimeout(300_000);
  await part("other actions", async () => {
    const cells: OtherCell[] = Object.keys(otherInputs).flatMap((key) => ROLES.map((role) => ({ key, role, expected: ACTIONS[key].expect(role, null, null) })));
    const call = async ({ key, role, expected }: OtherCell) => {
      const fill = { id: records.requestId, slug: siblingSlug };
      const answer = await act(sessions.byRole[role], key, await otherInputs[key](role), fill);
      let actual = String(codeOf(answer));
      // A sibling unit's staff register a request in their own unit, never in the unit named in the form.
      if (key === "register.ts#createRequestAction" && role === "siblingStaff" && actual === "allowed") {
        const status = (await sessions.staff.get(`/register/${idFromRedirect(answer)}`)).status();
        if (status !== 404) failures.push(`${cellName(key, role, null, null)}: the request landed in the unit (its staff open it: ${status})`);
      }
      // 修改密码 to the current password: refused as input, which only happens after the session check.
      if (key === "account.ts#changePasswordAction" && actual === "INVALID_INPUT") actual = "allowed";
      record(cellName(key, role, null, null), expected, actual);
    };
    const ordered = (cell: OtherCell) => IN_ORDER.includes(cell.key) && cell.expected === "allowed";
    await inTurn(cells.filter((cell) => !ordered(cell)), call);
    for (const cell of IN_ORDER.flatMap((key) => cells.filter((c) => c.key === key && ordered(c)))) await call(cell);
  });
});
