// One line per cell, for spreadsheets: Excel needs the BOM to read UTF-8, and a blank cell is
// an empty field (never 0), as everywhere else.
import { listCells } from "../formats/engine";
import type { Cells, FormatDef } from "../formats/types";

const BOM = "\uFEFF";
const EOL = "\r\n"; // RFC 4180

/** RFC 4180: quote a field that holds a comma, quote or line break; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole CSV file: BOM, then one CRLF-ended line per record. */
export function csvDocument(lines: readonly (readonly string[])[]): string {
  return BOM + lines.map((fields) => fields.map(csvField).join(",")).join(EOL) + EOL;
}

export function cellsToCsv(format: FormatDef, cells: Partial<Cells>): string {
  const lines = [["key", "行", "列", "值"]];
  for (const def of listCells(format)) {
    const value = cells[def.key];
    lines.push([def.key, def.rowLabel, def.columnLabel, value === null || value === undefined ? "" : String(value)]);
  }
  return csvDocument(lines);
}
