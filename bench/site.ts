// The built site as the load bench and the fault tests drive it: a database prepared with
// units, staff and draft reports; `next start` in a process group of its own; signing in as
// the login page does; the report editor's server actions called over plain HTTP, as the
// browser calls them.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { closeDatabase, getDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/prepare";
import { createOrg } from "@/lib/data/orgs";
import { createReport } from "@/lib/data/reports";
import { createUser } from "@/lib/data/users";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import { formatOfStored } from "@/lib/data/report-format";
import { loadSampleData } from "@/lib/sample/load";

export const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules/.bin/next");

export interface Account {
  username: string;
  password: string;
}

export interface DraftReport {
  id: string;
  orgSlug: string;
  /** cells the writers fill: 表二's rows after 规章 (which townships do not issue), counts only */
  cells: string[];
  /** every cell of the report's format: a report is submitted with all of them filled */
  allCells: string[];
  /** the narrative parts of the format */
  sections: string[];
  staff: Account;
}

export interface PreparedSite {
  reports: DraftReport[];
  reviewer: Account;
  /** the published reports of the sample data: [unit, year] */
  published: { org: string; year: number }[];
}

const PARENT = "load-county";
const YEAR = 2025;

/**
 * Opens the database of DATABASE_URL, applies the migrations, loads the sample data and adds
 * a county with `units` units below it, each with a staff account and a draft report, and
 * one reviewer of the county; then closes the database so that a server may open it.
 */
export async function prepareSite(databaseUrl: string, units: number, options: { sample: boolean }): Promise<PreparedSite> {
  process.env.DATABASE_URL = databaseUrl;
  const database = getDatabase();
  try {
    await prepareDatabase(database);
    if (options.sample) await loadSampleData({ actor: CLI_ACTOR });
    await createOrg({ actor: CLI_ACTOR, slug: PARENT, name: "负载测试县", kind: "county" });
    const reviewer = { username: "load-reviewer", password: newPassword() };
    await createUser({ actor: CLI_ACTOR, username: reviewer.username, password: reviewer.password, role: "reviewer", orgSlug: PARENT });
    const reports: DraftReport[] = [];
    for (let i = 1; i <= units; i++) {
      const slug = `load-unit-${i}`;
      const { id: orgId } = await createOrg({ actor: CLI_ACTOR, slug, name: `负载测试${i}镇`, parentSlug: PARENT });
      const staff = { username: `load-staff-${i}`, password: newPassword() };
      await createUser({ actor: CLI_ACTOR, username: staff.username, password: staff.password, role: "staff", orgSlug: slug });
      const { id } = await createReport({ actor: CLI_ACTOR, orgId, year: YEAR });
      const report = await database.prisma.report.findUniqueOrThrow({ where: { id }, select: { format: true } });
      const format = getFormat(formatOfStored(report.format));
      const cells = listCells(format)
        .filter((cell) => cell.table === "t2" && cell.row !== "rules" && cell.kind !== "money")
        .map((cell) => cell.key);
      const allCells = listCells(format).map((cell) => cell.key);
      reports.push({ id, orgSlug: slug, cells, allCells, sections: format.sections.map((section) => section.key), staff });
    }
    const revisions = await database.prisma.reportRevision.findMany({
      where: { report: { scope: "own" } },
      select: { year: true, report: { select: { org: { select: { slug: true } } } } },
      distinct: ["reportId"],
    });
    const published = revisions.map((r) => ({ org: r.report.org.slug, year: r.year }));
    return { reports, reviewer, published };
  } finally {
    await closeDatabase();
  }
}

function newPassword(): string {
  return `${crypto.randomBytes(12).toString("base64url")}-Aa1`;
}

// ---------------------------------------------------------------- the server

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

export interface Server {
  base: string;
  child: ChildProcess;
  /** everything the server printed, for when it fails */
  output(): string;
  /** SIGKILL to the whole process group: no clean-up of any kind */
  kill(): Promise<void>;
  /** SIGTERM, as an operator would stop it */
  stop(): Promise<void>;
}

export function ensureBuild(): void {
  if (!fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("no build in .next: run `npm run build` first");
  }
}

/** `next start` of the existing build, in a process group of its own; resolves once /login answers. */
export async function startServer(options: { port: number; databaseUrl: string; secret: string; env?: Record<string, string> }): Promise<Server> {
  const base = `http://127.0.0.1:${options.port}`;
  const child = spawn(NEXT_BIN, ["start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: options.secret,
      PORT: String(options.port),
      NODE_ENV: "production",
      ...options.env,
    },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    await exited;
  };
  const server: Server = {
    base,
    child,
    output: () => output,
    kill: () => signalGroup("SIGKILL"),
    stop: async () => {
      const timer = setTimeout(() => void signalGroup("SIGKILL"), 15_000);
      await signalGroup("SIGTERM");
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${base}/login`);
      await response.arrayBuffer();
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.kill();
  throw new Error(`next start did not answer within 120 s:\n${output}`);
}

// ---------------------------------------------------------------- a signed-in client

/** Cookies by name, as a browser keeps them for one site. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** Signs in as the login form does (next-auth's credentials callback); the jar keeps the session. */
export async function signIn(base: string, account: Account, jar = new CookieJar()): Promise<CookieJar> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, username: account.username, password: account.password, callbackUrl: `${base}/dashboard`, json: "true" }),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!SESSION_COOKIE_NAMES.some((name) => jar.has(name))) throw new Error(`could not sign in as ${account.username} (HTTP ${response.status})`);
  return jar;
}

/** The ids of the server actions in the build, by "file#export". */
export function serverActionIds(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

export function actionId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`server action ${key} is not in the build`);
  return id;
}

/**
 * Calls a server action the way the browser calls one with plain values (the report editor's):
 * a POST to the page with the action's id and the arguments as JSON; the answer is the
 * action's return value in React's stream format (row 1).
 */
export async function callAction<T>(base: string, jar: CookieJar, page: string, id: string, args: unknown[]): Promise<{ status: number; value: T | null }> {
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: { accept: "text/x-component", "next-action": id, "content-type": "text/plain;charset=UTF-8", cookie: jar.header() },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  return { status: response.status, value: row ? (JSON.parse(row.slice(2)) as T) : null };
}

/** React's client for server actions, as Next ships it: it encodes arguments as the browser does. */
const flight = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply(value: unknown): Promise<string | FormData>;
};

/**
 * Calls a server action of a form (useActionState: the previous state and the form's fields).
 * The arguments are encoded by React's own encodeReply, so a FormData argument is posted as
 * the browser posts it (multipart, the fields under the argument's prefix).
 */
export async function callFormAction(
  base: string,
  jar: CookieJar,
  page: string,
  id: string,
  fields: Record<string, string>,
): Promise<{ status: number; text: string; redirect: string | null }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const body = await flight.encodeReply([null, form]);
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "next-action": id,
      cookie: jar.header(),
      ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
    },
    body,
    redirect: "manual",
  });
  // Where the action redirected to: Next names it in a header when the caller runs JavaScript.
  const redirect = response.headers.get("x-action-redirect") ?? (response.status === 303 ? response.headers.get("location") : null);
  return { status: response.status, text: await response.text(), redirect };
}

/** What a writer sends: every cell 0 but its own cells, which hold `value`; every section written. */
export function filledReport(report: DraftReport, value: number, text: string): { cells: Record<string, number>; sections: Record<string, string> } {
  const cells = Object.fromEntries(report.allCells.map((key) => [key, 0]));
  for (const key of report.cells) cells[key] = value;
  return { cells, sections: Object.fromEntries(report.sections.map((key) => [key, text])) };
}
