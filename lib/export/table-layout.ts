// One official table laid out for a file: every grid item at its position with the text it
// prints, and a width for every column. The XLSX and DOCX exports both draw from this; they
// differ only in units (Excel character widths, Word twips) and in how a cell is styled.
import { placeGrid, type PlacedItem } from "@/lib/formats/layout";
import type { CellDef, Cells, TableDef } from "@/lib/formats/types";
import { formatCellValue } from "@/lib/formats/cell-number";

/**
 * What an item is in the printed table, which decides how it is set: column headers and
 * group labels over several rows centred, row labels from the left, numbers centred.
 */
export type ItemRole = "columnHeader" | "rowHeader" | "rowGroup" | "plain" | "number";

/** A grid item where it lands, with what it prints. */
export type LaidOutItem = PlacedItem & { role: ItemRole } & (
    | { kind: "label"; text: string }
    | { kind: "cell"; def: CellDef; value: number | null; text: string }
  );

export interface ColumnBounds {
  /** text width (character units) the column needs at the least: headers on two lines, long labels wrapped */
  min: number;
  /** text width at which nothing wraps that should not: headers and labels on one line, up to a limit */
  max: number;
  /** text width at which no row label wraps at all, where the page has room for it */
  natural: number;
  /** holds row labels, which read well wrapped at any width: the column to give spare width to */
  free: boolean;
}

export interface TableLayout {
  table: TableDef;
  /** the grid's rows, each with its items left to right */
  rows: LaidOutItem[][];
  /** for every grid column, how wide its text wants to be (without the cell's padding) */
  columns: ColumnBounds[];
}

// Full-width forms, CJK punctuation and ideographs take the width of two digits.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u201c\u201d]/u;

/** Width of a text in character units: a digit is 1, a Chinese character 2. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  return units;
}

/** How many lines `text` takes in a box `width` units wide (at least one). */
export function linesIn(text: string, width: number): number {
  return Math.max(1, Math.ceil(textUnits(text) / Math.max(1, width)));
}

// Text widths in character units. A row label reads on one line up to LABEL_MAX and may
// wrap down to LABEL_MIN; a column header may take two lines; a group label that stands
// over several rows (三、本年度办理结果) sits in a narrow band, as the printed templates set it.
const NUMBER_MIN = 4;
const HEADER_MAX = 16;
const LABEL_MIN = 20;
const LABEL_MAX = 40;
const GROUP_MIN = 4;
const GROUP_MAX = 10;
const PLAIN_MAX = 8;

type Bounds = Omit<ColumnBounds, "free">;

function itemBounds(item: LaidOutItem): Bounds {
  const units = textUnits(item.text);
  const bounds = (min: number, max: number, natural = max) => ({ min, max, natural });
  switch (item.role) {
    case "number":
      return bounds(Math.max(NUMBER_MIN, units), Math.max(NUMBER_MIN, units));
    case "columnHeader":
      return bounds(Math.min(HEADER_MAX, Math.ceil(units / 2)), Math.min(HEADER_MAX, units));
    case "rowHeader":
      return bounds(Math.min(LABEL_MIN, units), Math.min(LABEL_MAX, units), units);
    case "rowGroup":
      return bounds(Math.min(GROUP_MIN, units), Math.min(GROUP_MAX, units));
    case "plain":
      return bounds(Math.min(PLAIN_MAX, units), Math.min(PLAIN_MAX, units));
  }
}

const BOUNDS = ["min", "max", "natural"] as const;

function roleOf(placed: PlacedItem): ItemRole {
  const { item } = placed;
  if (item.type === "cell") return "number";
  if (placed.header || item.scope === "col" || item.scope === "colgroup") return "columnHeader";
  if (item.scope === "row" || item.scope === "rowgroup") return placed.rowSpan > 1 ? "rowGroup" : "rowHeader";
  return "plain";
}

function columnBounds(table: TableDef, rows: LaidOutItem[][]): ColumnBounds[] {
  const columns: ColumnBounds[] = Array.from({ length: table.width }, () => ({ min: 0, max: 0, natural: 0, free: false }));
  const items = rows.flat();
  for (const item of items) {
    if (item.colSpan > 1) continue;
    const bounds = itemBounds(item);
    const column = columns[item.column];
    for (const key of BOUNDS) column[key] = Math.max(column[key], bounds[key]);
    if (item.role === "rowHeader" || item.role === "rowGroup") column.free = true;
  }
  // An item over several columns widens the last of them when together they are too narrow.
  for (const item of items) {
    if (item.colSpan === 1) continue;
    const bounds = itemBounds(item);
    const spanned = columns.slice(item.column, item.column + item.colSpan);
    const last = spanned[spanned.length - 1];
    for (const key of BOUNDS) last[key] += Math.max(0, bounds[key] - spanned.reduce((sum, c) => sum + c[key], 0));
  }
  return columns;
}

export function layoutTable(table: TableDef, cells: Cells): TableLayout {
  const defs = new Map(table.cells.map((def) => [def.key, def]));
  const rows = placeGrid(table).map((items) =>
    items.map((placed): LaidOutItem => {
      const { item } = placed;
      const role = roleOf(placed);
      if (item.type === "label") return { ...placed, role, kind: "label", text: item.text };
      const def = defs.get(item.key);
      if (!def) throw new Error(`表格 ${table.id} 的网格引用了未定义的单元格 ${item.key}`);
      const value = cells[item.key] ?? null;
      return { ...placed, role, kind: "cell", def, value, text: formatCellValue(def, value) };
    }),
  );
  return { table, rows, columns: columnBounds(table, rows) };
}

/** The sum of `widths` over the columns an item spans. */
export function spanWidth(widths: readonly number[], item: PlacedItem): number {
  return widths.slice(item.column, item.column + item.colSpan).reduce((sum, w) => sum + w, 0);
}

/**
 * How many lines of text each grid row needs, given the width of every column (character
 * units, cell padding included) and the padding: a label over several rows that needs more
 * lines than its rows have shares the difference among them.
 */
export function rowLines(layout: TableLayout, widths: readonly number[], padding: number): number[] {
  const lines = layout.rows.map(() => 1);
  const items = layout.rows.flat();
  const need = (item: LaidOutItem) => linesIn(item.text, spanWidth(widths, item) - padding);
  for (const item of items) if (item.rowSpan === 1) lines[item.row] = Math.max(lines[item.row], need(item));
  for (const item of items) {
    if (item.rowSpan === 1) continue;
    const short = need(item) - lines.slice(item.row, item.row + item.rowSpan).reduce((sum, n) => sum + n, 0);
    if (short > 0) for (let r = item.row; r < item.row + item.rowSpan; r++) lines[r] += short / item.rowSpan;
  }
  return lines;
}

/** Decimals a money value is written with: as many as it has, at most the cell's own. */
export function decimalsOf(def: CellDef, value: number): number {
  if (def.kind !== "money") return 0;
  const text = formatCellValue(def, value);
  return text.split(".")[1]?.length ?? 0;
}
