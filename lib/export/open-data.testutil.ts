// Test-only: the open-data files read back into cells, as a program that downloads them would.
import { parseCsv } from "@/lib/register/csv";
import type { Cells } from "@/lib/formats/types";
import { csvText } from "./csv";

function csvRecords(text: string): string[][] {
  if (!text.startsWith("\uFEFF")) throw new Error("the CSV has no BOM");
  const parsed = parseCsv(text.slice(1));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows.map((row) => row.cells.map(csvText));
}

function value(field: string, key: string): number | null {
  if (field === "") return null;
  const number = Number(field);
  if (!Number.isFinite(number)) throw new Error(`${key}: not a number: ${field}`);
  return number;
}

/** A report's data.csv (key, 行, 列, 值) as cells; the labels beside each key as `labels`. */
export function dataCsvCells(text: string): { header: string[]; cells: Cells; labels: Record<string, [string, string]> } {
  const [header, ...rows] = csvRecords(text);
  const cells: Cells = {};
  const labels: Record<string, [string, string]> = {};
  for (const [key, row, column, field] of rows) {
    cells[key] = value(field, key);
    labels[key] = [row, column];
  }
  return { header, cells, labels };
}

export interface YearCsvReport {
  unit: string;
  unitName: string;
  year: number;
  revision: number;
  cells: Cells;
  labels: Record<string, [string, string]>;
}

/** A year's CSV (单位标识, 单位名称, 年度, 版本, key, 行, 列, 值) as one entry per unit, in the file's order. */
export function yearCsvReports(text: string): { header: string[]; reports: YearCsvReport[] } {
  const [header, ...rows] = csvRecords(text);
  const reports: YearCsvReport[] = [];
  for (const [unit, unitName, year, revision, key, row, column, field] of rows) {
    let report = reports.at(-1);
    if (report?.unit !== unit) {
      report = { unit, unitName, year: Number(year), revision: Number(revision), cells: {}, labels: {} };
      reports.push(report);
    }
    report.cells[key] = value(field, key);
    report.labels[key] = [row, column];
  }
  return { header, reports };
}

/** A year's JSON Lines: one object per line, every line ending with a line break. */
export function yearJsonlRecords(text: string): Record<string, unknown>[] {
  if (!text.endsWith("\n")) throw new Error("the last line has no line break");
  return text
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
