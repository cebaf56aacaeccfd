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
  ROUTES_PENDING,
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

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const FORMAT = getFormat("gov-2021");
const CELLS = consistentCells(FORMAT);
const COUNTY = "shapotou";
const run = Date.now().toString(36);
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
let year = 2060;
const failures: string[] = [];
const disagreements: string[] = [];
const counts = { routeCells: 0, actionCells: 0 };

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

/** A new account made by the admin on the 新建用户 form, its 初始密码 changed by its owner. */
async function newAccount(admin: APIRequestContext, username: string, role: string, orgSlug: string): Promise<APIRequestContext> {
  await mustSucceed(admin, "users.ts#createUserAction", [null, form({ username, displayName: username, role, orgSlug, password: INITIAL })]);
  const session = await newSession();
  await signIn(session, username, INITIAL);
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

/** The report's version and status as the admin reads them: what a refused action must leave alone. */
async function fingerprint(id: string): Promise<string> {
  const page = await sessions.admin.get(`/work/${id}`);
  const html = await page.text();
  const status = ["草稿", "已提交", "已退回", "已发布"].filter((label) => html.includes(`>${label}<`)).join(",");
  return `v${await versionOf(id)} ${status}`;
}

async function versionOf(id: string): Promise<number> {
  const answer = await act(sessions.admin, "register.ts#previewDerivedAction", [{ reportId: id }], { id });
  const value = (answer as { value: { ok: boolean; preview?: { version: number } } }).value;
  if (!value.ok || !value.preview) throw new Error(`no version of ${id}: ${JSON.stringify(value)}`);
  return value.preview.version;
}

// ----------------------------------------------------------------- checking one cell

function record(name: string, expected: string, actual: string): void {
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

// ----------------------------------------------------------------- the test

test("every route and server action answers every visitor in every report state as the design says", async () => {
  const started = Date.now();

  await test.step("the matrix lists every route and server action of the application", () => {
    const listed = new Set([...Object.keys(ROUTES), ...Object.keys(ROUTES_NOT_WALKED)]);
    expect(listRoutes().filter((route) => !listed.has(route)), "routes without expected answers").toEqual([]);
    expect([...listed].filter((route) => !listRoutes().includes(route)), "listed routes that do not exist").toEqual([]);
    const actions = new Set(Object.keys(ACTIONS));
    expect(listActionExports().filter((key) => !actions.has(key)), "server actions without expected answers").toEqual([]);
    expect([...refs.keys()].filter((key) => !actions.has(key)), "server actions of the build without expected answers").toEqual([]);
    expect([...actions].filter((key) => !refs.has(key)), "listed actions that the build does not have").toEqual([]);
  });

  await test.step("set-up: units and accounts made through the admin's own forms", async () => {
    const admin = await signedIn("admin");
    const reviewer = await signedIn("reviewer");
    for (const [slug, name, parentSlug, kind] of [
      [unitSlug, `矩阵镇${run}`, COUNTY, "township"],
      [siblingSlug, `矩阵乡${run}`, COUNTY, "township"],
      [foreignSlug, `矩阵县${run}`, "", "county"],
    ]) {
      await mustSucceed(admin, "orgs.ts#createOrgAction", [null, form({ slug, name, parentSlug, kind })]);
    }
    const staff = await newAccount(admin, `mx${run}-staff`, "staff", unitSlug);
    const sibling = await newAccount(admin, `mx${run}-sibling`, "staff", siblingSlug);
    const foreign = await newAccount(admin, `mx${run}-foreign`, "reviewer", foreignSlug);
    const disabled = await newAccount(admin, `mx${run}-disabled`, "staff", unitSlug);
    await mustSucceed(admin, "users.ts#disableUserAction", [null, form({ username: `mx${run}-disabled` })]);
    sessions = {
      admin,
      reviewer,
      staff,
      byRole: {
        anonymous: await newSession(),
        unitStaff: staff,
        siblingStaff: sibling,
        foreignReviewer: foreign,
        countyReviewer: reviewer,
        admin,
        disabled,
      },
    };
  });

  const fixtures: Record<Scope, Record<MatrixState, Fixture>> = { own: {} as Record<MatrixState, Fixture>, rollup: {} as Record<MatrixState, Fixture> };
  await test.step("set-up: a report and a roll-up in every state", async () => {
    for (const state of STATES) {
      fixtures.own[state] = await ownReport(state);
      fixtures.rollup[state] = await rollupReport(state);
    }
  });

  await test.step("pages and downloads", async () => {
    const fixed = (route: string, fixture: Fixture | null): string => {
      const url = route
        .replace("[org]", fixture?.scope === "rollup" ? COUNTY : unitSlug)
        .replace("[year]", String(fixture?.year ?? year))
        .replace("[id]", fixture?.id ?? "unknown")
        .replace("[slug]", siblingSlug);
      if (route === "/review/rollup/workbook.xlsx") return `${url}?parent=${COUNTY}&year=${fixtures.rollup.published.year}`;
      if (route === "/register/export.csv") return `${url}?org=${unitSlug}`;
      if (route === "/review/tracker/tracker.csv") return `${url}?parent=${COUNTY}&year=${fixtures.own.draft.year}`;
      return url;
    };
    for (const [route, routeCase] of Object.entries(ROUTES)) {
      if (ROUTES_PENDING.includes(route)) continue;
      for (const role of ROLES) {
        const cells: [MatrixState | null, Scope | null][] = routeCase.scopes
          ? routeCase.scopes.flatMap((scope) => STATES.map((state): [MatrixState, Scope] => [state, scope]))
          : [[null, null]];
        for (const [state, scope] of cells) {
          const fixture = state && scope ? fixtures[scope][state] : null;
          const actual = await httpAnswer(sessions.byRole[role], fixed(route, fixture));
          record(cellName(route, role, state, scope), showHttp(routeCase.expect(role, state, scope)), actual);
          counts.routeCells += 1;
        }
      }
    }
  });

  await test.step("server actions on reports, in every state", async () => {
    const input = (key: string, fixture: Fixture): unknown[] => {
      const base = { reportId: fixture.id, version: fixture.version };
      switch (key) {
        case "reports.ts#saveReportAction":
        case "reports.ts#submitReportAction":
          return [{ ...base, cells: fixture.scope === "own" ? CELLS : {}, sections: {} }];
        case "register.ts#previewDerivedAction":
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
    };
    for (const [key, actionCase] of Object.entries(ACTIONS)) {
      if (!actionCase.scopes) continue;
      for (const scope of actionCase.scopes) {
        for (const state of STATES) {
          for (const role of ROLES) {
            const expected = actionCase.expect(role, state, scope);
            const writes = actionCase.mutates && expected === "allowed";
            const fixture = writes ? await (scope === "own" ? ownReport(state) : rollupReport(state)) : fixtures[scope][state];
            const before = await fingerprint(fixture.id);
            const actual = codeOf(await act(sessions.byRole[role], key, input(key, fixture), { id: fixture.id }));
            const name = cellName(key, role, state, scope);
            record(name, expected, String(actual));
            const after = await fingerprint(fixture.id);
            if (actual !== "allowed" && after !== before) failures.push(`${name}: refused, yet the report changed (${before} → ${after})`);
            if (writes && actual === "allowed" && after === before) failures.push(`${name}: allowed, yet the report did not change (${before})`);
            counts.actionCells += 1;
          }
        }
      }
    }
  });

  await test.step("server actions on units and accounts", async () => {
    let n = 0;
    const unique = () => `${run}-${(n += 1)}`;
    const victim = `mx${run}-victim`;
    // The unit's id, as the admin's editor of one of its reports carries it.
    const editor = await (await sessions.admin.get(`/work/${fixtures.own.draft.id}`)).text();
    const unitId = /\\?"orgId\\?":\\?"([a-z0-9]+)/.exec(editor)?.[1] ?? "";
    expect(unitId, "the unit's id").not.toBe("");
    await mustSucceed(sessions.admin, "users.ts#createUserAction", [null, form({ username: victim, displayName: victim, role: "staff", orgSlug: unitSlug, password: INITIAL })]);
    const inputs: Record<string, () => unknown[]> = {
      "account.ts#changePasswordAction": () => [null, form({ currentPassword: CHOSEN, newPassword: CHOSEN, confirmPassword: CHOSEN })],
      "reports.ts#createReportAction": () => [null, form({ year: String(year++), orgId: unitId })],
      "rollups.ts#buildRollupAction": () => [null, form({ parent: COUNTY, year: String(year++) })],
      "users.ts#createUserAction": () => [null, form({ username: `mx${unique()}`, displayName: "新用户", role: "staff", orgSlug: unitSlug, password: INITIAL })],
      "users.ts#disableUserAction": () => [null, form({ username: victim })],
      "users.ts#enableUserAction": () => [null, form({ username: victim })],
      "users.ts#resetPasswordAction": () => [null, form({ username: victim })],
      "orgs.ts#createOrgAction": () => [null, form({ slug: `mx${unique()}`, name: `矩阵村${unique()}`, parentSlug: siblingSlug, kind: "other" })],
      "orgs.ts#renameOrgAction": () => [null, form({ slug: siblingSlug, name: `矩阵乡${run}` })],
      "orgs.ts#moveOrgAction": () => [null, form({ slug: siblingSlug, parentSlug: COUNTY })],
    };
    for (const [key, makeInput] of Object.entries(inputs)) {
      const actionCase = ACTIONS[key];
      for (const role of ROLES) {
        const expected = actionCase.expect(role, null, null);
        const answer = await act(sessions.byRole[role], key, makeInput(), { slug: siblingSlug });
        let actual = String(codeOf(answer));
        // 修改密码 to the current password: refused as input, which only happens after the session check.
        if (key === "account.ts#changePasswordAction" && actual === "INVALID_INPUT") actual = "allowed";
        record(cellName(key, role, null, null), expected, actual);
        counts.actionCells += 1;
      }
    }
  });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const routesWalked = Object.keys(ROUTES).length;
  const actionsWalked = Object.keys(ACTIONS).length - Object.keys(ACTIONS_NOT_WALKED).length;
  console.log(
    [
      `access matrix: ${counts.routeCells} route cells (${routesWalked} routes × ${ROLES.length} roles × report states where the route names a report)`,
      `               ${counts.actionCells} action cells (${actionsWalked} actions × ${ROLES.length} roles × report states where the action acts on a report)`,
      `               ${disagreements.length} known disagreements with the design, ${failures.length} failures, ${seconds} s`,
      ...disagreements.map((line) => `  disagreement: ${line}`),
    ].join("\n"),
  );
  expect(failures).toEqual([]);
});
