// The all-units workbook measured from outside: written by the command line (`rollup --as
// xlsx`) in a process of its own, whose peak resident memory /usr/bin/time reports, next to
// the same process shape doing less (one unit's export; the roll-up as JSON), so that the
// workbook's own share can be told from the database's. Then read back with exceljs's
// streaming reader: its sheets and their rows.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TIME = "/usr/bin/time";

export interface ChildRun {
  what: string;
  seconds: number;
  /** peak resident set size, bytes */
  peakRss: number;
}

export function checkTimeCommand(): void {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} is missing: apt-get install -y time`);
}

/** Runs `nianbao <args>` in a process of its own; its peak RSS as /usr/bin/time -v reports it. */
export function runCli(what: string, args: string[], databaseUrl: string, scratch: string): ChildRun {
  const report = path.join(scratch, "time.txt");
  const started = performance.now();
  const child = spawnSync(TIME, ["-v", "-o", report, process.execPath, "--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`nianbao ${args.join(" ")} failed (${child.status}): ${child.stderr}`);
  const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(report, "utf8"))?.[1];
  if (!kilobytes) throw new Error(`no peak RSS in ${TIME}'s report`);
  return { what, seconds, peakRss: Number(kilobytes) * 1024 };
}

export interface WorkbookShape {
  sheets: { name: string; rows: number }[];
  seconds: number;
}

/** Opens the workbook with exceljs's streaming reader and counts the rows of every sheet. */
export async function readBack(file: string): Promise<WorkbookShape> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", styles: "ignore", hyperlinks: "ignore", entries: "ignore" });
  const sheets: WorkbookShape["sheets"] = [];
  for await (const sheet of reader) {
    let rows = 0;
    for await (const _row of sheet) rows += 1;
    sheets.push({ name: (sheet as { name?: string }).name ?? "?", rows });
  }
  return { sheets, seconds: (performance.now() - started) / 1000 };
}

/**
 * LibreOffice's verdict when it is installed: the rows of the workbook's first sheet once
 * converted to CSV (LibreOffice converts only that one), or null when it could not.
 */
export function libreOfficeRows(file: string, scratch: string): number | null {
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  if (!soffice) return null;
  const profile = pathToFileURL(path.join(scratch, "libreoffice-profile")).href;
  try {
    execFileSync(soffice, ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", scratch, file], {
      stdio: "ignore",
      timeout: 1_200_000,
    });
    const csv = path.join(scratch, `${path.basename(file, ".xlsx")}.csv`);
    return fs.existsSync(csv) ? fs.readFileSync(csv, "utf8").split("\n").filter((line) => line !== "").length : null;
  } catch {
    return null;
  }
}
