// Label-free builders that turn the row and column lists of a format definition into a
// TableDef (cells + laid-out grid). The format files hold the official text; this file
// only knows how templates of that kind are laid out, so no table is written twice.
import type { CellDef, GridItem, NumberKind, SumRule, TableDef } from "./types";

export interface ColumnSpec {
  id: string;
  /** header labels from the top header row down to the column's own label */
  header: string[];
  /** what a cell of this column carries as CellDef.columnPath (default: `header`) */
  path?: string[];
  kind?: NumberKind;
  unit?: string;
  decimals?: number;
}

export interface RowSpec {
  id: string;
  /** labels from the outermost row group down to the row's own label */
  path: string[];
}

/** Money in the reports carries at most 6 decimals (e.g. 24252.311082 万元). */
export const MONEY_DECIMALS = 6;

export function cellKey(table: string, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

export function makeCell(table: string, rowId: string, rowPath: string[], column: ColumnSpec): CellDef {
  const kind = column.kind ?? "count";
  const columnPath = column.path ?? column.header;
  const def: CellDef = {
    key: cellKey(table, rowId, column.id),
    table,
    row: rowId,
    column: column.id,
    rowLabel: rowPath.join(" "),
    columnLabel: columnPath.join(" "),
    rowPath,
    columnPath,
    kind,
  };
  if (column.unit !== undefined) def.unit = column.unit;
  if (kind === "money") def.decimals = column.decimals ?? MONEY_DECIMALS;
  return def;
}

type LabelItem = Extract<GridItem, { type: "label" }>;

function label(text: string, scope: LabelItem["scope"], rowSpan = 1, colSpan = 1): GridItem {
  const item: LabelItem = { type: "label", text };
  if (scope !== undefined) item.scope = scope;
  if (rowSpan > 1) item.rowSpan = rowSpan;
  if (colSpan > 1) item.colSpan = colSpan;
  return item;
}

function cellItem(key: string, colSpan = 1): GridItem {
  return colSpan > 1 ? { type: "cell", key, colSpan } : { type: "cell", key };
}

function samePrefix(a: string[], b: string[], length: number): boolean {
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Column header rows from the columns' header paths: a label shared by consecutive columns
 * becomes one colgroup cell; a column whose path ends early stretches down (rowSpan). The
 * optional corner spans all header rows above the row-label columns.
 */
export function columnHeader(columns: ColumnSpec[], corner?: { text: string; colSpan: number }): GridItem[][] {
  const depth = Math.max(...columns.map((c) => c.header.length));
  const rows: GridItem[][] = Array.from({ length: depth }, () => []);
  if (corner) rows[0].push(label(corner.text, undefined, depth, corner.colSpan));
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < columns.length) {
      const path = columns[i].header;
      if (path.length <= level) {
        i++;
        continue;
      }
      let run = 1;
      while (i + run < columns.length && samePrefix(columns[i + run].header, path, level + 1)) run++;
      const leaf = level === path.length - 1;
      rows[level].push(label(path[level], leaf ? "col" : "colgroup", leaf ? depth - level : 1, run));
      i += run;
    }
  }
  return rows;
}

/**
 * Row header items for each data row: a group label opens a run of rows that share it
 * (rowSpan), and the row's own label stretches over the label columns left over.
 */
export function rowHeader(rows: RowSpec[], labelColumns: number): GridItem[][] {
  return rows.map((row, i) => {
    const items: GridItem[] = [];
    const groups = row.path.length - 1;
    for (let level = 0; level < groups; level++) {
      if (i > 0 && samePrefix(rows[i - 1].path, row.path, level + 1) && rows[i - 1].path.length - 1 > level) continue;
      let run = 1;
      while (i + run < rows.length && samePrefix(rows[i + run].path, row.path, level + 1) && rows[i + run].path.length - 1 > level) run++;
      items.push(label(row.path[level], "rowgroup", run));
    }
    items.push(label(row.path[groups], "row", 1, labelColumns - groups));
    return items;
  });
}

/** A table of rows × columns with a grouped row header and a grouped column header (表三). */
export function matrixTable(opts: {
  id: string;
  title: string;
  labelColumns: number;
  corner: string;
  rows: RowSpec[];
  columns: ColumnSpec[];
}): TableDef {
  const header = columnHeader(opts.columns, { text: opts.corner, colSpan: opts.labelColumns });
  const rowHeads = rowHeader(opts.rows, opts.labelColumns);
  const grid = [
    ...header,
    ...opts.rows.map((row, i) => [
      ...rowHeads[i],
      ...opts.columns.map((c) => cellItem(cellKey(opts.id, row.id, c.id))),
    ]),
  ];
  const cells = opts.rows.flatMap((row) => opts.columns.map((c) => makeCell(opts.id, row.id, row.path, c)));
  return {
    id: opts.id,
    title: opts.title,
    width: opts.labelColumns + opts.columns.length,
    headerRows: header.length,
    grid,
    cells,
  };
}

/**
 * One header block and a single data row whose cells belong to different row ids (表四:
 * the row id is the block, e.g. `review`, and the cell's rowLabel is the block's label).
 */
export function singleRowTable(opts: {
  id: string;
  title: string;
  blocks: { id: string; path: string[]; columns: ColumnSpec[] }[];
}): TableDef {
  const columns = opts.blocks.flatMap((b) => b.columns);
  const header = columnHeader(columns);
  const cells = opts.blocks.flatMap((b) => b.columns.map((c) => makeCell(opts.id, b.id, b.path, c)));
  return {
    id: opts.id,
    title: opts.title,
    width: columns.length,
    headerRows: header.length,
    grid: [...header, cells.map((c) => cellItem(c.key))],
    cells,
  };
}

export interface BlockSpec {
  /** the banner row over the whole width, e.g. "第二十条第（一）项" */
  banner: string;
  /** the header of the label column, e.g. "信息内容" */
  labelHeader: string;
  columns: ColumnSpec[];
  rows: { id: string; label: string }[];
}

/**
 * 表二: blocks of banner + header + data rows. A block with fewer columns than the table
 * lets its last column span the rest, as the templates print it.
 */
export function blockTable(opts: { id: string; title: string; width: number; blocks: BlockSpec[] }): TableDef {
  const grid: GridItem[][] = [];
  const cells: CellDef[] = [];
  const dataWidth = opts.width - 1;
  for (const block of opts.blocks) {
    const spanOf = (i: number) => (i === block.columns.length - 1 ? dataWidth - i : 1);
    grid.push([label(block.banner, "colgroup", 1, opts.width)]);
    grid.push([
      label(block.labelHeader, "col"),
      ...block.columns.map((c, i) => label(c.header[c.header.length - 1], "col", 1, spanOf(i))),
    ]);
    for (const row of block.rows) {
      const rowPath = [block.banner, row.label];
      const rowCells = block.columns.map((c) => makeCell(opts.id, row.id, rowPath, c));
      cells.push(...rowCells);
      grid.push([label(row.label, "row"), ...rowCells.map((c, i) => cellItem(c.key, spanOf(i)))]);
    }
  }
  // Every block repeats its own header, so none of the rows belongs in a shared thead.
  return { id: opts.id, title: opts.title, width: opts.width, headerRows: 0, grid, cells };
}

export type IndicatorItem =
  | { type: "heading"; level: number; text: string }
  | { type: "row"; level: number; id: string; label: string; unit: string; kind?: NumberKind };

/**
 * The legacy 统计表: 统计指标 | 单位 | 统计数, one indicator per row. Headings ("一、主动公开情况")
 * span the full width; an indicator's rowLabel is the chain of headings and indicators above
 * it by level (level 0 = 一、…, 1 = (一)…, 2 = 1.…, 3 = 其中…).
 */
export function indicatorTable(opts: {
  id: string;
  title: string;
  header: [string, string, string];
  valueColumn: string;
  items: IndicatorItem[];
}): TableDef {
  const grid: GridItem[][] = [opts.header.map((h) => label(h, "col"))];
  const cells: CellDef[] = [];
  const above: string[] = [];
  for (const item of opts.items) {
    above.length = item.level;
    if (item.type === "heading") {
      above.push(item.text);
      grid.push([label(item.text, "rowgroup", 1, 3)]);
      continue;
    }
    const rowPath = [...above, item.label];
    above.push(item.label);
    const column: ColumnSpec = { id: opts.valueColumn, header: [opts.header[2]], kind: item.kind, unit: item.unit };
    const def = makeCell(opts.id, item.id, rowPath, column);
    cells.push(def);
    grid.push([label(item.label, "row"), label(item.unit, undefined), cellItem(def.key)]);
  }
  return { id: opts.id, title: opts.title, width: 3, headerRows: 1, grid, cells };
}

/** A total (left) that equals the sum of its parts (right). */
export function sumRule(rule: string, severity: SumRule["severity"], left: string[], right: string[], description: string): SumRule {
  return { rule, severity, left, right, description };
}
