// Test-only: reads an official table the way a person reads it, each number found by its own
// row label on the left and its column label above it, never by the positions a writer
// computed. The same reading serves the workbook (exceljs) and the public page (its HTML).
import type { CellDef, Cells, TableDef } from "./types";

/** A table laid out as rows and columns (1-based), a merged cell answering at every position it covers. */
export interface LabelGrid {
  /** the row where the table's grid starts */
  top: number;
  /** the label text at a position (of the merged cell that covers it), or null where a number or nothing stands */
  label(row: number, column: number): string | null;
  /** true at the top-left position of a cell that holds no label: where a number is written */
  isValueCell(row: number, column: number): boolean;
}

export interface Position {
  row: number;
  column: number;
}

/**
 * Where the number of `def` stands: found by its own row label among the labels left of it
 * (or, in a table without row labels, its row path among the headers above) and its own
 * column label, the nearest column label above it.
 */
export function findCell(grid: LabelGrid, table: TableDef, def: CellDef): Position[] {
  const { top } = grid;
  const bottom = top + table.grid.length - 1;
  const text = (row: number, column: number) => grid.label(row, column);
  const columnLabels = new Set(table.cells.flatMap((c) => c.columnPath ?? []));
  const ownRow = def.rowPath?.at(-1) ?? def.rowLabel;
  const ownColumn = def.columnPath?.at(-1) ?? def.columnLabel;
  const parent = def.rowPath?.at(-2);
  const found: (Position & { distance: number })[] = [];
  for (let row = top; row <= bottom; row++) {
    for (let column = 1; column <= table.width; column++) {
      if (!grid.isValueCell(row, column)) continue; // a number's own cell only
      const left = new Set<string>();
      for (let c = 1; c < column; c++) {
        const label = text(row, c);
        if (label !== null) left.add(label);
      }
      const above: string[] = [];
      for (let r = row - 1; r >= top; r--) {
        const label = text(r, column);
        if (label !== null && above.at(-1) !== label) above.push(label);
      }
      const nearestColumnLabel = above.find((label) => columnLabels.has(label));
      if (nearestColumnLabel !== ownColumn) continue;
      const rowMatches = left.size > 0 ? left.has(ownRow) : (def.rowPath ?? [ownRow]).every((label) => above.includes(label));
      if (!rowMatches) continue;
      // Two rows of one label (legacy 四 and 五 both have "(二)被依法纠错数"): the one nearest below its parent.
      let distance = 0;
      if (parent !== undefined && left.size > 0) {
        distance = Number.POSITIVE_INFINITY;
        for (let r = row; r >= top; r--) {
          if ([...Array(table.width).keys()].some((c) => text(r, c + 1) === parent)) {
            distance = row - r;
            break;
          }
        }
        if (distance === Number.POSITIVE_INFINITY) continue;
      }
      found.push({ row, column, distance });
    }
  }
  const nearest = Math.min(...found.map((p) => p.distance));
  return found.filter((p) => p.distance === nearest).map(({ row, column }) => ({ row, column }));
}

/** Every cell of the table read at its labels with `value`; a cell found twice or never throws. */
export function cellsByLabels(grid: LabelGrid, table: TableDef, value: (position: Position, def: CellDef) => number | null): Cells {
  const cells: Cells = {};
  for (const def of table.cells) {
    const positions = findCell(grid, table, def);
    if (positions.length !== 1) throw new Error(`${def.key} (${def.rowLabel} × ${def.columnLabel}): found ${positions.length} times`);
    cells[def.key] = value(positions[0], def);
  }
  return cells;
}

/** A cell of an HTML table: its text, its spans, and whether it is a label (th, or a td of label text). */
export interface HtmlTableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  label: boolean;
}

/** The rows of an HTML table (thead and tbody, top to bottom) as a LabelGrid, spans spread over the positions they cover. */
export function htmlLabelGrid(rows: readonly (readonly HtmlTableCell[])[]): LabelGrid & { cell(position: Position): HtmlTableCell | undefined } {
  const covered = new Map<string, { cell: HtmlTableCell; origin: boolean }>();
  const key = (row: number, column: number) => `${row}:${column}`;
  rows.forEach((cells, index) => {
    const row = index + 1;
    let column = 1;
    for (const cell of cells) {
      while (covered.has(key(row, column))) column++;
      for (let r = 0; r < cell.rowSpan; r++) {
        for (let c = 0; c < cell.colSpan; c++) covered.set(key(row + r, column + c), { cell, origin: r === 0 && c === 0 });
      }
      column += cell.colSpan;
    }
  });
  return {
    top: 1,
    label: (row, column) => {
      const at = covered.get(key(row, column));
      return at?.cell.label && at.cell.text !== "" ? at.cell.text : null;
    },
    isValueCell: (row, column) => {
      const at = covered.get(key(row, column));
      return at !== undefined && at.origin && !at.cell.label;
    },
    cell: ({ row, column }) => covered.get(key(row, column))?.cell,
  };
}
