// npm run test:faults [-- --rounds 3] [--writers 4]
//
// Two checks of the built site (`next start`, the build in .next), on a fresh embedded
// database and, when DATABASE_URL is a postgresql:// URL, on a new database on that server:
//
// 1. Crash: staff save continuously through the editor's server action, each save writing
//    the same new number into several cells; at a random moment the server's whole process
//    group gets SIGKILL. The database is then opened again and every report is checked: each
//    acknowledged save is there (the last acknowledged number, or the one still in flight when
//    the server died), the report's version is the one that save answered (or one more), and
//    no report is half-written (its cells all hold the same number). Then the server starts
//    again on the same database, and the next round begins.
// 2. Two instances (PostgreSQL only): two servers on two ports share the database and the
//    session secret. A save through one is read through the other; a session signed in on one
//    is valid on the other; a report submitted through one and then published is on both
//    instances' public pages, which answered 404 for it just before (published by the
//    reviewer through the first instance's form action).
// 3. Mail (PostgreSQL only): two servers configured with an SMTP server (a local sink) share
//    an outbox of pending messages; their minute timers (instrumentation.ts) send every
//    message exactly once, and the outbox says so.
//
// Exits 1 on the first broken promise. See bench/README.md.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDatabase, getDatabase } from "@/lib/db";
import { OUTBOX_INTERVAL_MS } from "@/lib/notify/schedule";
import { startSmtpSink } from "@/lib/notify/testing";
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
  type Server,
  type DraftReport,
  type PreparedSite,
} from "../site";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    writers: { type: "string", default: "4" },
    port: { type: "string", default: "3401" },
  },
});
const ROUNDS = Number(values.rounds);
const WRITERS = Number(values.writers);

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

class Broken extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function check(condition: boolean, message: string): void {
  if (!condition) throw new Broken(message);
}

interface Outcome {
  ok: boolean;
  version?: number;
  code?: string;
  message?: string;
}

/** What one writer knows of its report: its last acknowledged save and the one in flight. */
interface Ledger {
  report: DraftReport;
  acknowledged: { value: number | null; version: number } | null;
  inFlight: { value: number; version: number } | null;
  next: number;
  saves: number;
}

async function writeUntilKilled(base: string, jars: CookieJar[], ledgers: Ledger[], saveId: string, killed: () => boolean): Promise<void> {
  await Promise.all(
    ledgers.map(async (ledger, index) => {
      while (!killed()) {
        const value = ledger.next++;
        const version = ledger.acknowledged?.version ?? 1;
        ledger.inFlight = { value, version: version + 1 };
        const cells = Object.fromEntries(ledger.report.cells.map((key) => [key, value]));
        let result: { status: number; value: Outcome | null };
        try {
          result = await callAction<Outcome>(base, jars[index], `/work/${ledger.report.id}`, saveId, [
            { reportId: ledger.report.id, version, cells, sections: {} },
          ]);
        } catch {
          return; // the server died under this save: it stays in flight
        }
        if (killed() && !result.value) return;
        check(result.status === 200 && result.value?.ok === true, `save of ${ledger.report.orgSlug} failed: ${JSON.stringify(result.value)}`);
        ledger.acknowledged = { value, version: result.value!.version! };
        ledger.inFlight = null;
        ledger.saves += 1;
      }
    }),
  );
}

/** Opens the database in this process and checks every report against its writer's ledger. */
async function verify(databaseUrl: string, ledgers: Ledger[]): Promise<number> {
  process.env.DATABASE_URL = databaseUrl;
  let verified = 0;
  try {
    const prisma = getDatabase().prisma;
    for (const ledger of ledgers) {
      const { report } = ledger;
      const row = await prisma.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true, cells: { where: { key: { in: report.cells } } } } });
      const stored = new Set(row.cells.map((cell) => (cell.value === null ? null : Number(cell.value))));
      check(stored.size === 1, `${report.orgSlug} is half-written: its cells hold ${[...stored].join(", ")}`);
      const [value] = [...stored];
      // Before any acknowledged save, the report is as it was created: blank, version 1.
      const base = ledger.acknowledged ?? { value: null, version: 1 };
      const allowed = [base, ...(ledger.inFlight ? [ledger.inFlight] : [])];
      const match = allowed.find((s) => s.value === value);
      const expected = allowed.map((s) => `${s.value} (version ${s.version})`).join(" or ");
      check(match !== undefined, `${report.orgSlug} holds ${value} at version ${row.version}, expected ${expected}: an acknowledged save is lost`);
      check(row.version === match!.version, `${report.orgSlug} holds ${value} at version ${row.version}, expected version ${match!.version}`);
      if (ledger.acknowledged) verified += 1;
      // What is stored is now the last acknowledged save; the in-flight one either landed or not.
      if (value !== null) ledger.acknowledged = { value, version: row.version };
      ledger.inFlight = null;
    }
  } finally {
    await closeDatabase();
  }
  return verified;
}

/**
 * The crash rounds on one database. Each round's server is the restart after the previous
 * round's kill; with `restart`, the server is started once more after the last round and
 * returned (running), so that the next check needs no start of its own.
 */
async function crashRounds(label: string, databaseUrl: string, site: PreparedSite, secret: string, restart = false): Promise<Server | null> {
  const saveId = actionId(serverActionIds(), "app/_actions/reports.ts#saveReportAction");
  const ledgers: Ledger[] = site.reports.map((report) => ({ report, acknowledged: null, inFlight: null, next: 1, saves: 0 }));
  let acknowledged = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const port = await freePort(Number(values.port));
    const server = await startServer({ port, databaseUrl, secret });
    const jars = await Promise.all(site.reports.map((report) => signIn(server.base, report.staff)));
    const before = ledgers.reduce((sum, l) => sum + l.saves, 0);
    let killed = false;
    // The kill falls at a random moment once every writer has been acknowledged at least once
    // in this round (the first requests after a start are slow: the server loads its modules).
    const after = 500 + Math.random() * 2500;
    const startCounts = ledgers.map((l) => l.saves);
    const killer = (async () => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && ledgers.some((l, i) => l.saves === startCounts[i])) await sleep(50);
      await sleep(after);
      killed = true;
      await server.kill();
    })();
    await Promise.all([writeUntilKilled(server.base, jars, ledgers, saveId, () => killed), killer]);
    const saves = ledgers.reduce((sum, l) => sum + l.saves, 0) - before;
    const inFlight = ledgers.filter((l) => l.inFlight).length;
    const verified = await verify(databaseUrl, ledgers);
    acknowledged += saves;
    log(`  ${label}, round ${round}: killed ${(after / 1000).toFixed(1)} s into the saves, ${saves} acknowledged saves (${inFlight} in flight); all ${verified} reports hold their last acknowledged save, none half-written`);
    check(saves > 0, "no save was acknowledged before the kill");
  }
  log(`  ${label}: ${ROUNDS} rounds, ${acknowledged} acknowledged saves, none lost`);
  return restart ? await startServer({ port: await freePort(Number(values.port)), databaseUrl, secret }) : null;
}

/** Two instances on one database: `first` is already running (the restart after the crash rounds). */
async function twoInstances(databaseUrl: string, site: PreparedSite, secret: string, first: Server): Promise<void> {
  const ids = serverActionIds();
  const second = await startServer({ port: await freePort(Number(new URL(first.base).port) + 1), databaseUrl, secret });
  try {
    const [report] = site.reports;
    // A session signed in on one instance is valid on the other.
    const jar = await signIn(first.base, report.staff);
    const other = await fetch(`${second.base}/work/${report.id}`, { headers: { cookie: jar.header() }, redirect: "manual" });
    const page = await other.text();
    check(other.status === 200 && page.includes("负载测试"), `the editor on the second instance answered ${other.status} to the first's session`);
    log(`  two instances: a session signed in on ${first.base} opens the editor on ${second.base}`);

    // A save through one is what the other reads.
    const current = await verifyVersion(databaseUrl, report.id);
    const { cells, sections } = filledReport(report, 4242, "两台实例共用一个数据库。");
    const saved = await callAction<Outcome>(first.base, jar, `/work/${report.id}`, actionId(ids, "app/_actions/reports.ts#saveReportAction"), [
      { reportId: report.id, version: current, cells, sections },
    ]);
    check(saved.value?.ok === true, `save through the first instance failed: ${JSON.stringify(saved.value)}`);
    const reread = await fetch(`${second.base}/work/${report.id}`, { headers: { cookie: jar.header() } }).then((r) => r.text());
    check(reread.includes("两台实例共用一个数据库。") && reread.includes("4242"), "the second instance does not show the save made through the first");
    log("  two instances: a save through the first is shown by the second");

    // Submitted through the second, published by the reviewer through the first: the public
    // pages of both show it.
    const submitted = await callAction<Outcome>(second.base, jar, `/work/${report.id}`, actionId(ids, "app/_actions/reports.ts#submitReportAction"), [
      { reportId: report.id, version: saved.value!.version, cells, sections },
    ]);
    check(submitted.value?.ok === true, `submit through the second instance failed: ${JSON.stringify(submitted.value)}`);
    const publicPath = `/reports/${report.orgSlug}/2025`;
    const beforePublish = await fetch(`${second.base}${publicPath}`);
    await beforePublish.arrayBuffer();
    check(beforePublish.status === 404, `the public page answered ${beforePublish.status} before publication`);
    const firstBefore = await fetch(`${first.base}${publicPath}`);
    await firstBefore.arrayBuffer();
    check(firstBefore.status === 404, `the first instance's public page answered ${firstBefore.status} before publication`);
    // Published by the county's reviewer through the first instance's 发布 form action:
    // neither instance may keep serving what it answered before.
    const reviewerJar = await signIn(first.base, site.reviewer);
    const published = await callFormAction(first.base, reviewerJar, `/review/${report.id}`, actionId(ids, "app/_actions/review.ts#publishReportAction"), {
      reportId: report.id,
      version: String(submitted.value!.version!),
    });
    check(published.redirect !== null, `publish through the first instance failed: HTTP ${published.status} ${published.text.slice(0, 200)}`);
    for (const server of [first, second]) {
      const response = await fetch(`${server.base}${publicPath}`);
      const html = await response.text();
      check(response.status === 200 && html.includes("两台实例共用一个数据库。"), `${server.base}${publicPath} does not show the report published through the first instance`);
      const index = await fetch(`${server.base}/reports`).then((r) => r.text());
      check(index.includes(publicPath), `${server.base}/reports does not list the report published through the first instance`);
    }
    log("  two instances: a report published after both answered 404 is on both instances' public pages and index");
  } catch (error) {
    for (const server of [first, second]) log(`--- ${server.base} printed:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
}

const OUTBOX_MESSAGES = 8;

/** Two servers with an SMTP server configured, one outbox: every message sent once, by the timers alone. */
async function outboxTimers(databaseUrl: string, site: PreparedSite, secret: string): Promise<void> {
  const sink = await startSmtpSink();
  process.env.DATABASE_URL = databaseUrl;
  try {
    const prisma = getDatabase().prisma;
    const org = await prisma.org.findUniqueOrThrow({ where: { slug: site.reports[0].orgSlug }, select: { id: true } });
    await prisma.outboxMessage.createMany({
      data: Array.from({ length: OUTBOX_MESSAGES }, (_, i) => ({
        orgId: org.id,
        kind: "receipt",
        toAddress: `applicant${i + 1}@example.cn`,
        subject: `受理回执 ${i + 1}`,
        body: `第 ${i + 1} 封`,
      })),
    });
  } finally {
    await closeDatabase();
  }
  const env = { SMTP_URL: sink.url, MAIL_FROM: "gongkai@example.gov.cn" };
  const first = await startServer({ port: await freePort(Number(values.port) + 10), databaseUrl, secret, env });
  const second = await startServer({ port: await freePort(Number(new URL(first.base).port) + 1), databaseUrl, secret, env });
  const started = performance.now();
  try {
    // Each timer first fires a minute after its server started; allow two rounds and a margin.
    while (sink.received.length < OUTBOX_MESSAGES && performance.now() - started < 2 * OUTBOX_INTERVAL_MS + 30_000) await sleep(500);
    const seconds = (performance.now() - started) / 1000;
    await sleep(3_000); // a duplicate would come now
    const addresses = sink.received.flatMap((mail) => mail.to).sort();
    const expected = Array.from({ length: OUTBOX_MESSAGES }, (_, i) => `applicant${i + 1}@example.cn`).sort();
    check(JSON.stringify(addresses) === JSON.stringify(expected), `the sink received ${addresses.length} mails (${addresses.join(", ")}), not one to each of the ${OUTBOX_MESSAGES} addresses`);
    check(sink.received.every((mail) => mail.subject.startsWith("受理回执")), "a mail arrived with a subject other than the one queued");
    process.env.DATABASE_URL = databaseUrl;
    try {
      const rows = await getDatabase().prisma.outboxMessage.findMany({ select: { status: true, attempts: true } });
      check(rows.every((row) => row.status === "sent" && row.attempts === 1), `the outbox does not say each message was sent at its first attempt: ${JSON.stringify(rows)}`);
    } finally {
      await closeDatabase();
    }
    log(`  mail: ${OUTBOX_MESSAGES} queued messages sent by two servers' minute timers ${seconds.toFixed(0)} s after they started: ${sink.received.length} mails, 0 duplicates, all marked sent`);
  } catch (error) {
    for (const server of [first, second]) log(`--- ${server.base} printed:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    await sink.close();
  }
}

async function verifyVersion(databaseUrl: string, reportId: string): Promise<number> {
  process.env.DATABASE_URL = databaseUrl;
  try {
    return (await getDatabase().prisma.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } })).version;
  } finally {
    await closeDatabase();
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const started = performance.now();
  const serverUrl = process.env.DATABASE_URL;
  const secret = crypto.randomBytes(32).toString("hex");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-faults-"));
  try {
    const pglite = `file:${path.join(scratch, "pglite")}`;
    await crashRounds("PGlite", pglite, await prepareSite(pglite, WRITERS, { sample: false }), secret);
    if (serverUrl?.startsWith("postgres")) {
      await withScratchPostgres(serverUrl, async (url) => {
        const site = await prepareSite(url, WRITERS, { sample: false });
        const restarted = await crashRounds("PostgreSQL", url, site, secret, true);
        await twoInstances(url, site, secret, restarted!);
        await outboxTimers(url, site, secret);
      });
    } else {
      log("  DATABASE_URL is not a postgresql:// URL: PostgreSQL, the two instances and the mail timers not tried");
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  log(`  took ${((performance.now() - started) / 1000).toFixed(0)} s (1-minute load average ${os.loadavg()[0].toFixed(1)})`);
}

main().catch((error) => {
  process.stdout.write(`${error instanceof Broken ? `FAILED: ${error.message}` : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
