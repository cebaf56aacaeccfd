// npm run bench:uploads [-- --strings N] [--rows N]
//
// Reads hostile and large register files the way an import does (readSheet, then the header
// and every row checked; nothing written to a database), each in a process of its own, and
// prints per file: its size, the answer, the time, the peak RSS of the process, and the longest
// stall of the event loop while reading (what every other request of the server waits).
// Files: an XLSX of 24 million shared strings under 1 MB, a CSV of 100,000 valid requests,
// and for comparison a CSV and an XLSX of 20,000 requests (the limit). See bench/README.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkRegisterRows, readSheet, registerFileKind, registerRows } from "@/lib/register/import";
import { registerCsv, sharedStringsBomb } from "@/lib/uploads/testing";

const { values } = parseArgs({
  options: {
    strings: { type: "string", default: "24000000" },
    rows: { type: "string", default: "100000" },
    measure: { type: "string" },
  },
});

interface Measured {
  answer: string;
  ms: number;
  peakRssMb: number;
  startRssMb: number;
  stallMs: number;
}

async function measure(file: string): Promise<Measured> {
  const kind = registerFileKind(file);
  if (!kind) throw new Error(`not a register file: ${file}`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  // The longest gap between ticks of a 10 ms timer, less its 10 ms.
  let lastTick = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - lastTick - 10);
    lastTick = now;
  }, 10);
  const started = performance.now();
  const sheet = await readSheet(kind, bytes);
  let answer: string;
  if (!sheet.ok) answer = `refused: ${sheet.error}`;
  else {
    const rows = registerRows(sheet.rows);
    if (!rows.ok) answer = `refused: ${rows.error}`;
    else {
      const checked = checkRegisterRows(rows.rows);
      answer = `${checked.requests.length} requests read, ${checked.problems.length} problems`;
    }
  }
  const ms = performance.now() - started;
  // A stall is recorded when the loop next turns; let it turn once.
  await new Promise((resolve) => setTimeout(resolve, 30));
  clearInterval(ticker);
  return { answer, ms, peakRssMb: process.resourceUsage().maxRSS / 1024, startRssMb, stallMs };
}

async function registerXlsx(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("登记");
  sheet.addRow(["编号", "收到日期", "渠道", "申请人类型", "办结日期", "办理结果"]);
  for (let i = 1; i <= rows; i++) {
    const day = (i % 28) + 1;
    sheet.addRow([`2024-${i}`, new Date(Date.UTC(2024, 2, day)), "网络", "自然人", new Date(Date.UTC(2024, 3, day)), "granted"]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  if (values.measure) {
    process.stdout.write(JSON.stringify(await measure(values.measure)));
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-uploads-"));
  try {
    const strings = Number(values.strings);
    const rows = Number(values.rows);
    const files: [string, Uint8Array][] = [
      [`bomb-${strings}-strings.xlsx`, await sharedStringsBomb(strings)],
      [`register-${rows}.csv`, registerCsv(rows)],
      [`register-${rows}-short-rows.csv`, registerCsv(rows, { open: true })],
      ["register-20000.csv", registerCsv(20_000)],
      ["register-20000.xlsx", await registerXlsx(20_000)],
    ];
    process.stdout.write("| file | size | answer | time | peak RSS (start) | longest event-loop stall |\n|---|---|---|---|---|---|\n");
    for (const [name, bytes] of files) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], "--measure", file], { encoding: "utf8", maxBuffer: 1 << 20 });
      const m = JSON.parse(out) as Measured;
      const answer = m.answer.length > 70 ? `${m.answer.slice(0, 70)}…` : m.answer;
      process.stdout.write(
        `| ${name} | ${(bytes.length / 1024).toFixed(0)} KB | ${answer} | ${(m.ms / 1000).toFixed(2)} s | ${m.peakRssMb.toFixed(0)} MB (${m.startRssMb.toFixed(0)} MB) | ${(m.stallMs / 1000).toFixed(2)} s |\n`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
