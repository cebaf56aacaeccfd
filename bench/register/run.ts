// npm run bench:register [-- --requests N] [--units N] [--runs N]
//
// Generates a register (default 1,000,000 requests, 5 years, 100 units) into a fresh embedded
// database (PGlite, in memory) and, when DATABASE_URL is a postgresql:// URL, into a new
// database on that server (dropped afterwards), then measures in one run:
//   - 表三 of one unit-year through the application (deriveRequestCells) vs the bare SQL aggregate;
//   - 表三 of all units of a year (deriveRequestCellsForYear) vs the bare SQL aggregate;
//   - the list of a unit's open requests (listRequests), p95.
// See bench/README.md for how to read the table.
import os from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { CLI_ACTOR, type Actor } from "@/lib/auth/actor";
import { closeDatabase, getDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/database/migrate";
import { loadCalendar, seedHolidayNotices } from "@/lib/data/calendar";
import { listRequests } from "@/lib/data/register";
import { deriveRequestCells, deriveRequestCellsForYear } from "@/lib/data/register-derive";
import { yearBounds } from "@/lib/register/derive";
import { generate, unitId, type GenerateSpec } from "./generate";
import { ms, time, type Timing } from "./measure";
import { withScratchPostgres } from "../postgres";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "1000000" },
    units: { type: "string", default: "100" },
    runs: { type: "string", default: "30" },
  },
});

const spec: GenerateSpec = { requests: Number(values.requests), units: Number(values.units), firstYear: 2021, years: 5, seed: 20251126 };
const RUNS = Number(values.runs);
const YEAR = 2024;

interface Row {
  what: string;
  app: Timing;
  sql?: Timing;
}

/** The aggregate a person would write by hand: the same groups, no rights, no mapping to cells. */
function bareSql(byOrg: boolean): string {
  return `SELECT ${byOrg ? `"orgId", ` : ""}"applicantType", ("receivedOn" >= $1) AS "isNew",
      CASE WHEN "closedOn" <= $2 THEN "outcome" END AS "outcome", count(*)::int AS "count"
    FROM "InfoRequest"
    WHERE ${byOrg ? "TRUE" : `"orgId" = $3`} AND "receivedOn" <= $2 AND ("closedOn" IS NULL OR "closedOn" >= $1)
    GROUP BY ${byOrg ? "1, 2, 3, 4" : "1, 2, 3"}`;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function benchDatabase(label: string): Promise<Row[]> {
  const database = getDatabase();
  await applyMigrations(database.sql);
  await seedHolidayNotices({ actor: CLI_ACTOR });
  const { calendar, version } = await loadCalendar();
  const started = performance.now();
  const { open } = await generate(database.sql, spec, calendar, version, (done) => {
    if (done % 100_000 === 0) log(`  ${label}: ${done.toLocaleString("en")} 条 (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  });
  log(`  ${label}: 生成 ${spec.requests.toLocaleString("en")} 条申请（${open.toLocaleString("en")} 条未办结）用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const { start, end } = yearBounds(YEAR);
  const unit = (i: number) => unitId(i % spec.units);
  const staff = (i: number): Actor => ({ kind: "user", id: "bench", username: "bench", role: "staff", orgId: unit(i) });

  // The application's answer must be the bare SQL's: compare one unit's grand totals.
  const check = await deriveRequestCells({ actor: CLI_ACTOR, orgId: unit(0), year: YEAR, withSources: false });
  const bare = await database.sql.query<{ count: number }>(bareSql(false), [start, end, unit(0)]);
  const bareTotal = bare.reduce((sum, r) => sum + Number(r.count), 0);
  const appTotal = (check.cells["t3.new.total"] ?? 0) + (check.cells["t3.carried_in.total"] ?? 0);
  if (appTotal !== bareTotal) throw new Error(`derive and SQL disagree: ${appTotal} ≠ ${bareTotal}`);

  const rows: Row[] = [
    {
      what: "表三，一个单位一年",
      app: await time(RUNS, (i) => deriveRequestCells({ actor: staff(i), orgId: unit(i), year: YEAR, withSources: false })),
      sql: await time(RUNS, (i) => database.sql.query(bareSql(false), [start, end, unit(i)])),
    },
    {
      what: "表三，一个单位一年（含每个数对应的申请）",
      app: await time(RUNS, (i) => deriveRequestCells({ actor: staff(i), orgId: unit(i), year: YEAR, withSources: true })),
    },
    {
      what: `表三，全部 ${spec.units} 个单位一年`,
      app: await time(Math.max(5, Math.floor(RUNS / 3)), () => deriveRequestCellsForYear({ actor: CLI_ACTOR, year: YEAR }), 1),
      sql: await time(Math.max(5, Math.floor(RUNS / 3)), () => database.sql.query(bareSql(true), [start, end]), 1),
    },
    {
      what: "一个单位的未办结申请列表（前 100 条及总数）",
      app: await time(Math.max(RUNS, 100), (i) => listRequests({ actor: staff(i), orgId: unit(i), filters: { status: "open" }, limit: 100 })),
    },
  ];
  return rows;
}

function table(label: string, rows: Row[]): string {
  const lines = [
    `${label}`,
    "| 项目 | 应用 中位数 | 应用 p95 | 裸 SQL 中位数 | 裸 SQL p95 | 倍数（中位数） |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) =>
      [r.what, ms(r.app.median), ms(r.app.p95), r.sql ? ms(r.sql.median) : "—", r.sql ? ms(r.sql.p95) : "—", r.sql ? `${(r.app.median / r.sql.median).toFixed(2)}×` : "—"].join(" | "),
    ).map((l) => `| ${l} |`),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}，${os.cpus().length} 核，内存 ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB，Node ${process.version}`;
  log(`机器：${machine}`);
  log(`数据：${spec.requests.toLocaleString("en")} 条申请，${spec.units} 个单位，${spec.firstYear}–${spec.firstYear + spec.years - 1} 年；测量 ${YEAR} 年，每项 ${RUNS} 次（预热后）`);
  const outputs: string[] = [];

  process.env.DATABASE_URL = "memory://";
  try {
    outputs.push(table("PGlite 0.3（内存）", await benchDatabase("PGlite")));
  } finally {
    await closeDatabase();
  }
  if (serverUrl) {
    outputs.push(table(`PostgreSQL（${new URL(serverUrl).host}）`, await withScratchPostgres(serverUrl, (url) => {
      process.env.DATABASE_URL = url;
      return benchDatabase("PostgreSQL");
    })));
  }
  process.stdout.write(`机器：${machine}\n数据：${spec.requests.toLocaleString("en")} 条申请，${spec.units} 个单位，${spec.years} 年\n\n${outputs.join("\n\n")}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`基准测试失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
