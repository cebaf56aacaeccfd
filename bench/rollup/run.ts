// npm run bench:rollup [-- --units N] [--runs N] [--per-county N] [--explain] [--libreoffice]
//
// Generates a province (default 10,000 units in its subtree, each with a published gov-2021
// report of one year) into an embedded database in a temporary folder and, when DATABASE_URL
// is a postgresql:// URL, into a new database on that server (dropped afterwards); checks
// that the application's roll-up equals a bare SQL GROUP BY and the generator's own sums,
// cell by cell; then measures in one run:
//   - the roll-up through the application (computeRollup as an admin) vs the bare SQL, and as
//     the parent's reviewer (whose rights are the parent's subtree);
//   - the all-units workbook written by the command line in a process of its own: time,
//     bytes, peak RSS, against the same process exporting one unit and the roll-up as JSON.
// See bench/README.md for how to read the tables.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/actor";
import { closeDatabase, getDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/prepare";
import { computeRollup } from "@/lib/data/rollups";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";
import { validateCells } from "@/lib/rules";
import { ms, type Timing } from "../register/measure";
import { FORMAT, generate, PARENT_SLUG, type RollupSpec } from "./generate";
import { BARE_SQL, bareRollup, differences, timeInTurn } from "./measure";
import { checkTimeCommand, libreOfficeRows, readBack, runCli, type ChildRun, type WorkbookShape } from "./workbook";
import { withScratchPostgres } from "../postgres";

const { values } = parseArgs({
  options: {
    units: { type: "string", default: "10000" },
    "per-county": { type: "string", default: "100" },
    runs: { type: "string", default: "20" },
    sample: { type: "string", default: "200" },
    explain: { type: "boolean", default: false },
    libreoffice: { type: "boolean", default: false },
  },
});

const spec: RollupSpec = {
  units: Number(values.units),
  perCounty: Number(values["per-county"]),
  year: 2024,
  seed: 20261126,
  blankShare: 0.03,
  correctedShare: 0.02,
};
const RUNS = Number(values.runs);
const ADMIN: Actor = { kind: "user", id: "bench-admin", username: "bench-admin", role: "admin", orgId: null };

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

interface Result {
  label: string;
  generation: string;
  snapshotBytes: number;
  revisions: number;
  sampleErrors: number;
  sample: number;
  app: Timing;
  bare: Timing;
  reviewer: Timing;
  /** 1-minute load average before and after the timings: the machine may be shared */
  load: [number, number];
  children: ChildRun[];
  workbookBytes: number;
  shape: WorkbookShape;
  /** rows of the first sheet as LibreOffice converted it; null when not asked or it could not */
  libreOffice: number | null;
}

/** Validates the stored snapshots of a sample of reports: the generated data must hold every identity. */
async function validateSample(size: number): Promise<{ sample: number; errors: number }> {
  const format = getFormat(FORMAT);
  const rows = await getDatabase().sql.query<{ cells: Cells; kind: string }>(
    `SELECT rv.snapshot -> 'cells' AS cells, o.kind FROM "ReportRevision" rv JOIN "Report" r ON r.id = rv."reportId" JOIN "Org" o ON o.id = r."orgId"
     ORDER BY md5(rv.id) LIMIT $1`,
    [size],
  );
  let errors = 0;
  for (const row of rows) {
    for (const finding of validateCells({ format, cells: row.cells, orgKind: row.kind })) {
      if (finding.severity !== "error") continue;
      errors += 1;
      log(`  ${finding.rule} ${finding.message}`);
    }
  }
  return { sample: rows.length, errors };
}

async function explain(label: string, parentId: string): Promise<void> {
  const sql = getDatabase().sql;
  const plan = await sql.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${BARE_SQL}`, [parentId, spec.year]);
  log(`  ${label}: EXPLAIN ANALYZE of the bare SQL\n${plan.map((r) => Object.values(r)[0]).join("\n")}`);
}

async function benchDatabase(label: string, databaseUrl: string, scratch: string): Promise<Result> {
  process.env.DATABASE_URL = databaseUrl;
  const database = getDatabase();
  await prepareDatabase(database);
  const started = performance.now();
  const { parentId, expected } = await generate(database.sql, spec, (done) => {
    if (done % 1000 === 0 || done === spec.units) log(`  ${label}: ${done.toLocaleString("en")} 个单位 (${seconds(started)})`);
  });
  const generation = seconds(started);
  log(`  ${label}: 生成 ${expected.units.toLocaleString("en")} 个单位的报告（${expected.revisions.toLocaleString("en")} 个版本）用时 ${generation}`);

  const { sample, errors } = await validateSample(Number(values.sample));
  log(`  ${label}: 抽查 ${sample} 个版本，错误 ${errors} 个`);
  if (errors > 0) throw new Error("generated reports break the format's identities");

  const rollup = await computeRollup({ actor: ADMIN, parentId, year: spec.year });
  const problems = differences(rollup, await bareRollup(database.sql, parentId, spec.year), expected);
  if (problems.length > 0) throw new Error(`roll-up and bare SQL disagree:\n${problems.slice(0, 20).join("\n")}`);
  log(`  ${label}: 应用汇总 = 裸 SQL = 生成时的合计（${listCells(getFormat(FORMAT)).length} 个单元格，汇总数和留空单位数）`);
  if (values.explain) await explain(label, parentId);

  const loadBefore = os.loadavg()[0];
  const reviewerOfParent: Actor = { kind: "user", id: "bench-reviewer", username: "bench-reviewer", role: "reviewer", orgId: parentId };
  const [app, bare, reviewer] = await timeInTurn(RUNS, 2, [
    () => computeRollup({ actor: ADMIN, parentId, year: spec.year }),
    () => bareRollup(database.sql, parentId, spec.year),
    () => computeRollup({ actor: reviewerOfParent, parentId, year: spec.year }),
  ]);
  log(`  ${label}: 应用 中位数 ${ms(app.median)}，裸 SQL 中位数 ${ms(bare.median)}，审核人员 中位数 ${ms(reviewer.median)}`);
  const load: [number, number] = [loadBefore, os.loadavg()[0]];

  // The embedded database admits one process at a time: the command line opens it after this
  // one closes it. PostgreSQL serves both, and this process keeps its database to drop it.
  if (database.config.kind !== "postgres") await closeDatabase();
  const file = path.join(scratch, "rollup.xlsx");
  const children = [
    runCli("一个单位的报告导出为 JSON（基线）", ["export", "--org", "bench-c0000", "--year", String(spec.year), "--as", "json", "-o", path.join(scratch, "unit.json")], databaseUrl, scratch),
    runCli("汇总导出为 JSON", ["rollup", "--parent", PARENT_SLUG, "--year", String(spec.year), "--as", "json", "-o", path.join(scratch, "rollup.json")], databaseUrl, scratch),
    runCli("全部单位工作簿 XLSX", ["rollup", "--parent", PARENT_SLUG, "--year", String(spec.year), "--as", "xlsx", "-o", file], databaseUrl, scratch),
  ];
  for (const child of children) log(`  ${label}: ${child.what} ${child.seconds.toFixed(1)} s，峰值 RSS ${mb(child.peakRss)}`);
  const workbookBytes = fs.statSync(file).size;
  let shape = await readBack(file);
  if (shape.sheets[0]?.name !== "汇总") {
    // Seen once under heavy load: the streaming reader gave its default names (Sheet1, …) instead
    // of those in workbook.xml, the zip's last entry. A second read tells a slip from a broken file.
    log(`  ${label}: 读回时没有得到工作表名称，重读一次`);
    shape = await readBack(file);
  }
  log(`  ${label}: 读回工作簿 ${shape.sheets.map((s) => `${s.name} ${s.rows.toLocaleString("en")} 行`).join("，")}（${shape.seconds.toFixed(1)} s）`);
  const longRows = shape.sheets.filter((s) => s.name.startsWith("逐单位明细")).reduce((sum, s) => sum + s.rows - 1, 0);
  const expectedLong = expected.units * listCells(getFormat(FORMAT)).length;
  if (longRows !== expectedLong) throw new Error(`long sheet has ${longRows} rows, expected ${expectedLong}`);
  const libreOffice = values.libreoffice ? libreOfficeRows(file, scratch) : null;
  if (values.libreoffice) log(`  ${label}: LibreOffice ${libreOffice === null ? "打不开" : `转换首个工作表为 CSV：${libreOffice} 行`}`);
  fs.rmSync(file);
  return { label, generation, snapshotBytes: expected.snapshotBytes, revisions: expected.revisions, sample, sampleErrors: errors, app, bare, reviewer, load, children, workbookBytes, shape, libreOffice };
}

function tables(result: Result, goal: number): string {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const [baseline, json, xlsx] = result.children;
  const met = (ok: boolean) => (ok ? "达到" : "未达到");
  const workbookShare = xlsx.peakRss - json.peakRss;
  return [
    `${result.label}（计时期间 1 分钟平均负载 ${result.load[0].toFixed(1)} → ${result.load[1].toFixed(1)}）`,
    "",
    "| 项目 | 应用 中位数 | 应用 p95 | 裸 SQL 中位数 | 裸 SQL p95 | 倍数（中位数） | 倍数（p95） |",
    "|---|---|---|---|---|---|---|",
    `| 汇总 ${spec.units.toLocaleString("en")} 个单位（系统管理员） | ${ms(result.app.median)} | ${ms(result.app.p95)} | ${ms(result.bare.median)} | ${ms(result.bare.p95)} | ${ratio(result.app.median, result.bare.median)} | ${ratio(result.app.p95, result.bare.p95)} |`,
    `| 同上（上级单位的审核人员，含其权限范围） | ${ms(result.reviewer.median)} | ${ms(result.reviewer.p95)} | — | — | — | — |`,
    "",
    `目标：应用 ≤ 2 × 裸 SQL：${met(result.app.median <= 2 * result.bare.median)}；应用 ≤ ${goal / 1000} s（中位数）：${met(result.app.median <= goal)}，p95：${met(result.app.p95 <= goal)}。`,
    "",
    "| 独立进程（命令行） | 用时 | 峰值 RSS | 比“一个单位”多 |",
    "|---|---|---|---|",
    ...result.children.map((c) => `| ${c.what} | ${c.seconds.toFixed(1)} s | ${mb(c.peakRss)} | ${c === baseline ? "—" : mb(c.peakRss - baseline.peakRss)} |`),
    "",
    `工作簿 ${mb(result.workbookBytes)}（${result.workbookBytes.toLocaleString("en")} 字节），写出比汇总 JSON 多用 ${(xlsx.seconds - json.seconds).toFixed(1)} s、多占 ${mb(workbookShare)}；` +
      `峰值 RSS ≤ 500 MB：${met(xlsx.peakRss <= 500 * 2 ** 20)}。` +
      `读回（exceljs 流式读取 ${result.shape.seconds.toFixed(1)} s）：${result.shape.sheets.map((s) => `${s.name} ${s.rows.toLocaleString("en")} 行`).join("，")}` +
      (values.libreoffice ? `；LibreOffice ${result.libreOffice === null ? "打不开" : `打开并转换首个工作表为 CSV（${result.libreOffice} 行）`}` : "") +
      `。生成 ${result.generation}，快照平均 ${(result.snapshotBytes / result.revisions / 1024).toFixed(1)} KB，抽查 ${result.sample} 个版本错误 ${result.sampleErrors} 个。`,
  ].join("\n");
}

async function main(): Promise<void> {
  checkTimeCommand();
  const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}，${os.cpus().length} 核，内存 ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB，Node ${process.version}`;
  const data = `${spec.units.toLocaleString("en")} 个单位（${Math.ceil(spec.units / spec.perCounty)} 个县级政府及其下属乡镇、街道和部门，都在一个省级上级单位之下），各有 ${spec.year} 年 gov-2021 已发布报告（约 ${spec.correctedShare * 100}% 更正为第 2 版），约 ${spec.blankShare * 100}% 单元格空白；每项 ${RUNS} 次（预热 2 次后）`;
  log(`机器：${machine}`);
  log(`数据：${data}`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-rollup-"));
  const outputs: string[] = [];
  try {
    outputs.push(tables(await benchDatabase("PGlite 0.3（临时文件夹）", `file:${path.join(scratch, "pglite")}`, scratch), 2000));
    if (serverUrl) {
      const host = new URL(serverUrl).host;
      outputs.push(tables(await withScratchPostgres(serverUrl, (url) => benchDatabase(`PostgreSQL（${host}）`, url, scratch)), 1000));
    }
  } finally {
    await closeDatabase();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`机器：${machine}\n数据：${data}\n\n${outputs.join("\n\n")}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`基准测试失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
