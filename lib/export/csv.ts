// One line per cell, for spreadsheets: Excel needs the BOM to read UTF-8, and a blank cell is
// an empty field (never 0), as everywhere else.
import { listCells } from "../formats/engine";
import type { Cells, FormatDef } from "../formats/types";

const BOM = "\uFEFF";
const EOL = "\r\n"; // RFC 4180

/** A field as the caller has it: text, or a number that must stay a number ("-3"). */
export type CsvValue = string | number;

// A spreadsheet runs a text that starts like a formula (CSV injection): OWASP's advice is an
// apostrophe in front, which Excel and LibreOffice show as text. Full-width ＝＋－＠ too, as an
// IME types them. Numbers are never touched: a signed count stays -3.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** RFC 4180: quote a field that holds a comma, quote or line break; double inner quotes. */
export function csvField(value: CsvValue): string {
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A field read back from a CSV: the apostrophe csvField put before a formula-like text is dropped. */
export function csvText(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

/** A whole CSV file: BOM, then one CRLF-ended line per record. */
export function csvDocument(lines: readonly (readonly CsvValue[])[]): string {
  return BOM + lines.map((fields) => fields.map(csvField).join(",")).join(EOL) + EOL;
}

/** key, official row label, official column label, value: one record per cell of the format, in its order. */
export function cellRecords(format: FormatDef, cells: Partial<Cells>): CsvValue[][] {
  return listCells(format).map((def) => [def.key, def.rowLabel, def.columnLabel, cells[def.key] ?? ""]);
}

export const CELL_HEADER = ["key", "行", "列", "值"] as const;

export function cellsToCsv(format: FormatDef, cells: Partial<Cells>): string {
  return csvDocument([CELL_HEADER, ...cellRecords(format, cells)]);
}
