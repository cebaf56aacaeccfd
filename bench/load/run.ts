// npm run bench:load [-- --seconds 60] [--readers 200] [--writers 10]
//
// Starts the built site (`next start`, the build in .next) on a fresh embedded database in a
// temporary folder and, when DATABASE_URL is a postgresql:// URL, again on a new database on
// that server (dropped afterwards). Then for --seconds: --readers concurrent public readers
// loop over the public pages and downloads, and --writers staff of as many units save cells
// through the report editor's server action; every tenth save is a 提交审核 that the county's
// reviewer then returns (退回), so the report is editable again. Prints per route: requests,
// errors, p50/p95/p99 and throughput. See bench/README.md.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { withScratchPostgres } from "../postgres";
import {
  actionId,
  callAction,
  callFormAction,
  ensureBuild,
  filledReport,
  freePort,
  prepareSite,
  serverActionIds,
  signIn,
  startServer,
  type CookieJar,
  type PreparedSite,
  type Server,
} from "../site";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    readers: { type: "string", default: "200" },
    writers: { type: "string", default: "10" },
    port: { type: "string", default: "3401" },
  },
});
const SECONDS = Number(values.seconds);
const READERS = Number(values.readers);
const WRITERS = Number(values.writers);
// Every fifth save of a writer is 提交审核, followed by the reviewer's 退回 (a form action).
const SUBMIT_EVERY = 5;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

class Route {
  readonly times: number[] = [];
  errors = 0;
  readonly samples: string[] = [];

  constructor(readonly name: string) {}

  async time(fn: () => Promise<string | null>): Promise<void> {
    const started = performance.now();
    let problem: string | null;
    try {
      problem = await fn();
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    this.times.push(performance.now() - started);
    if (problem !== null) {
      this.errors += 1;
      if (this.samples.length < 3) this.samples.push(problem.slice(0, 300));
    }
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function page(base: string, url: string, expect: string): Promise<string | null> {
  const response = await fetch(`${base}${url}`);
  const body = await response.text();
  if (response.status !== 200) return `${url}: HTTP ${response.status}`;
  if (!body.includes(expect)) return `${url}: the answer lacks “${expect}”`;
  return null;
}

interface Outcome {
  ok: boolean;
  version?: number;
  code?: string;
  message?: string;
}

function actionProblem(result: { status: number; value: Outcome | null }): string | null {
  if (result.status !== 200 || !result.value) return `HTTP ${result.status}, no result`;
  if (!result.value.ok) return `${result.value.code}: ${result.value.message}`;
  return null;
}

interface Run {
  label: string;
  routes: Route[];
  seconds: number;
  saves: number;
  cycles: number;
  load: [number, number];
}

async function drive(label: string, site: PreparedSite, server: Server): Promise<Run> {
  const base = server.base;
  const ids = serverActionIds();
  const save = actionId(ids, "app/_actions/reports.ts#saveReportAction");
  const submit = actionId(ids, "app/_actions/reports.ts#submitReportAction");
  const giveBack = actionId(ids, "app/_actions/review.ts#returnReportAction");

  const staff: CookieJar[] = [];
  for (const report of site.reports) staff.push(await signIn(base, report.staff));
  const reviewer = await signIn(base, site.reviewer);

  const routes = {
    list: new Route("GET /reports"),
    report: new Route("GET /reports/{unit}/{year}"),
    json: new Route("GET …/data.json"),
    csv: new Route("GET …/data.csv"),
    save: new Route("保存 (saveReportAction)"),
    submit: new Route("提交审核 (submitReportAction)"),
    giveBack: new Route("退回 (returnReportAction)"),
  };
  const pick = () => site.published[Math.floor(Math.random() * site.published.length)];
  let stopAt = Infinity;

  async function reader(offset: number): Promise<void> {
    for (let i = offset; performance.now() < stopAt; i++) {
      const { org, year } = pick();
      const path = `/reports/${org}/${year}`;
      switch (i % 4) {
        case 0:
          await routes.list.time(() => page(base, "/reports", "年度报告"));
          break;
        case 1:
          await routes.report.time(() => page(base, path, String(year)));
          break;
        case 2:
          await routes.json.time(() => page(base, `${path}/data.json`, '"cells"'));
          break;
        default:
          await routes.csv.time(() => page(base, `${path}/data.csv`, ","));
      }
    }
  }

  let saves = 0;
  let cycles = 0;
  const versions = site.reports.map(() => 1);
  async function writer(index: number): Promise<void> {
    const report = site.reports[index];
    const jar = staff[index];
    const editor = `/work/${report.id}`;
    for (let n = 1; performance.now() < stopAt; n++) {
      const version = versions[index];
      const input = { reportId: report.id, version, ...filledReport(report, Math.floor(Math.random() * 1000), `负载测试第 ${n} 次保存。`) };
      if (n % SUBMIT_EVERY !== 0) {
        await routes.save.time(async () => {
          const result = await callAction<Outcome>(base, jar, editor, save, [input]);
          if (result.value?.ok) {
            versions[index] = result.value.version!;
            saves += 1;
          }
          return actionProblem(result);
        });
        continue;
      }
      let submitted = false;
      await routes.submit.time(async () => {
        const result = await callAction<Outcome>(base, jar, editor, submit, [input]);
        if (result.value?.version !== undefined) versions[index] = result.value.version;
        submitted = Boolean(result.value?.ok);
        return actionProblem(result);
      });
      if (!submitted) continue;
      await routes.giveBack.time(async () => {
        const comment = `负载测试第 ${n} 次退回`;
        const result = await callFormAction(base, reviewer, `/review/${report.id}`, giveBack, {
          reportId: report.id,
          version: String(versions[index]),
          comment,
        });
        // A form action that succeeds redirects (to the review page); a refusal answers its message.
        if (!result.redirect) return `HTTP ${result.status}: ${result.text.slice(0, 200)}`;
        versions[index] += 1;
        cycles += 1;
        return null;
      });
    }
  }

  // Warm-up: each route once, so that the first requests do not time the compilation of nothing
  // and the opening of the database.
  stopAt = performance.now() + 3_000;
  await Promise.all([reader(0), reader(1), reader(2), reader(3), writer(0)]);
  for (const route of Object.values(routes)) route.times.length = route.errors = 0;
  for (const route of Object.values(routes)) route.samples.length = 0;
  saves = cycles = 0;

  log(`  ${label}: ${READERS} readers and ${WRITERS} writers for ${SECONDS} s`);
  const loadBefore = os.loadavg()[0];
  const started = performance.now();
  stopAt = started + SECONDS * 1000;
  await Promise.all([
    ...Array.from({ length: READERS }, (_, i) => reader(i)),
    ...Array.from({ length: WRITERS }, (_, i) => writer(i)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  return { label, routes: Object.values(routes), seconds, saves, cycles, load: [loadBefore, os.loadavg()[0]] };
}

function print(run: Run): void {
  const lines = [
    ``,
    `${run.label} (${run.seconds.toFixed(1)} s; load ${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)}; ${run.saves} saves, ${run.cycles} submit/return cycles)`,
    ``,
    `| route | requests | errors | p50 | p95 | p99 | per second |`,
    `|---|---|---|---|---|---|---|`,
  ];
  let total = 0;
  let errors = 0;
  for (const route of run.routes) {
    const sorted = [...route.times].sort((a, b) => a - b);
    total += sorted.length;
    errors += route.errors;
    const ms = (p: number) => `${percentile(sorted, p).toFixed(0)} ms`;
    lines.push(`| ${route.name} | ${sorted.length} | ${route.errors} | ${ms(50)} | ${ms(95)} | ${ms(99)} | ${(sorted.length / run.seconds).toFixed(1)} |`);
  }
  lines.push(`| all | ${total} | ${errors} | | | | ${(total / run.seconds).toFixed(1)} |`);
  process.stdout.write(`${lines.join("\n")}\n`);
  for (const route of run.routes) for (const sample of route.samples) log(`  ${route.name}: ${sample}`);
}

async function benchDatabase(label: string, databaseUrl: string): Promise<Run> {
  const started = performance.now();
  const site = await prepareSite(databaseUrl, WRITERS, { sample: true });
  log(`  ${label}: database prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const port = await freePort(Number(values.port));
  const server = await startServer({ port, databaseUrl, secret: crypto.randomBytes(32).toString("hex") });
  try {
    const run = await drive(label, site, server);
    const failed = server.output().split("\n").filter((line) => line.includes("failed") || line.includes("Error"));
    if (failed.length > 0) log(`  ${label}: the server logged ${failed.length} errors, the first:\n${failed.slice(0, 5).join("\n")}`);
    return run;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const serverUrl = process.env.DATABASE_URL;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-load-"));
  const runs: Run[] = [];
  try {
    runs.push(await benchDatabase("PGlite (temporary folder)", `file:${path.join(scratch, "pglite")}`));
    if (serverUrl?.startsWith("postgres")) {
      runs.push(await withScratchPostgres(serverUrl, (url) => benchDatabase("PostgreSQL", url)));
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`\nMachine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}\n`);
  for (const run of runs) print(run);
  const errors = runs.reduce((sum, run) => sum + run.routes.reduce((s, r) => s + r.errors, 0), 0);
  if (errors > 0) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
