// How findings name tables, cells and numbers. Every label comes from the format definition.
import { cellDef, tableDef } from "../formats/engine";
import type { CellDef, FormatDef, TableDef } from "../formats/types";

const NUMBERED_TITLE = /^([一二三四五六七八九十]+)、/;

/** "表三" for a table under "三、…", otherwise the table's title. */
export function tableName(table: TableDef): string {
  const numbered = NUMBERED_TITLE.exec(table.title);
  return numbered ? `表${numbered[1]}` : table.title;
}

function hasSeveralColumns(table: TableDef): boolean {
  return new Set(table.cells.map((c) => c.column)).size > 1;
}

export function requireCell(format: FormatDef, key: string): CellDef {
  const def = cellDef(format, key);
  if (!def) throw new Error(`${format.id} has no cell ${key}`);
  return def;
}

export function requireTable(format: FormatDef, tableId: string): TableDef {
  const table = tableDef(format, tableId);
  if (!table) throw new Error(`${format.id} has no table ${tableId}`);
  return table;
}

/** e.g. 表三「三、本年度办理结果 （一）予以公开 自然人」; a one-column table leaves the column out. */
export function cellName(format: FormatDef, key: string): string {
  const def = requireCell(format, key);
  const table = requireTable(format, def.table);
  const label = hasSeveralColumns(table) ? `${def.rowLabel} ${def.columnLabel}` : def.rowLabel;
  return `${tableName(table)}「${label}」`;
}

/** Numbers as staff typed them: no grouping, no trailing zeros (75394432.52, -18, NaN). */
export function formatValue(value: number): string {
  return String(value);
}

const own = (path: string[] | undefined, full: string) => (path && path.length > 0 ? path[path.length - 1] : full);

/**
 * Labels that tell a finding's cells apart. Cells in one column differ by row, cells in one
 * row by column; each gets its own label ("（七）总计"), or its full label where own labels
 * would repeat within the finding.
 */
export function distinguishingLabels(format: FormatDef, keys: readonly string[]): string[] {
  const defs = keys.map((k) => requireCell(format, k));
  const sameColumn = defs.every((d) => d.column === defs[0].column);
  const sameRow = defs.every((d) => d.row === defs[0].row);
  const full = defs.map((d) =>
    sameColumn ? d.rowLabel : sameRow ? d.columnLabel : `${d.rowLabel} ${d.columnLabel}`,
  );
  const short = defs.map((d, i) =>
    sameColumn ? own(d.rowPath, full[i]) : sameRow ? own(d.columnPath, full[i]) : full[i],
  );
  return short.map((s, i) => (short.filter((t) => t === s).length > 1 ? full[i] : s));
}

/** 表三「自然人」列 / 表四「行政复议」 / 政府信息公开情况统计表 — what the cells of a finding share. */
export function findingContext(format: FormatDef, keys: readonly string[]): string {
  const defs = keys.map((k) => requireCell(format, k));
  const table = requireTable(format, defs[0].table);
  const name = tableName(table);
  if (defs.every((d) => d.column === defs[0].column) && hasSeveralColumns(table)) {
    return `${name}「${defs[0].columnLabel}」列`;
  }
  if (defs.every((d) => d.row === defs[0].row) && !defs.every((d) => d.column === defs[0].column)) {
    return `${name}「${defs[0].rowLabel}」`;
  }
  return name;
}
