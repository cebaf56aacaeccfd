// The positions of a table's number cells as a spreadsheet sees them: the grid rows that hold
// cells, by the grid columns those cells cover. Arrow keys, Enter and Tab move over these
// positions, and a pasted block fills them, exactly as in Excel or WPS with the official
// template open. A cell spanning several columns (表二's one-column blocks) covers each of
// them, as a merged cell does.
import { placeGrid } from "@/lib/formats/layout";
import type { TableDef } from "@/lib/formats/types";

export interface TablePositions {
  /** keys[row][column]: the cell covering that position, or null (a label or nothing) */
  keys: (string | null)[][];
  /** where each cell begins (its top-left position) and how far it reaches */
  boxes: Map<string, { row: number; column: number; lastRow: number; lastColumn: number }>;
  /** the cells by their top-left position, row by row: the order of Tab */
  order: string[];
}

const cache = new WeakMap<TableDef, TablePositions>();

export function tablePositions(table: TableDef): TablePositions {
  const known = cache.get(table);
  if (known) return known;
  const placed = placeGrid(table).flat();
  const cellItems = placed.filter((p) => p.item.type === "cell");
  const gridRows = [...new Set(cellItems.flatMap((p) => range(p.row, p.rowSpan)))].sort((a, b) => a - b);
  const gridColumns = [...new Set(cellItems.flatMap((p) => range(p.column, p.colSpan)))].sort((a, b) => a - b);
  const keys = gridRows.map(() => gridColumns.map((): string | null => null));
  const boxes: TablePositions["boxes"] = new Map();
  for (const p of cellItems) {
    if (p.item.type !== "cell") continue;
    const rows = range(p.row, p.rowSpan).map((r) => gridRows.indexOf(r));
    const columns = range(p.column, p.colSpan).map((c) => gridColumns.indexOf(c));
    for (const r of rows) for (const c of columns) keys[r][c] = p.item.key;
    boxes.set(p.item.key, { row: rows[0], column: columns[0], lastRow: rows[rows.length - 1], lastColumn: columns[columns.length - 1] });
  }
  const order = [...boxes.entries()].sort(([, a], [, b]) => a.row - b.row || a.column - b.column).map(([key]) => key);
  const positions = { keys, boxes, order };
  cache.set(table, positions);
  return positions;
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, i) => start + i);
}

export type Move = "up" | "down" | "left" | "right" | "next" | "previous";

/**
 * The cell a key press moves to from `from`, passing over `skip` (the totals the system
 * computes), or null at the table's edge. Up and down keep the column where the cell begins;
 * left and right keep its row; next and previous (Tab, Shift+Tab) go in reading order.
 */
export function moveFrom(positions: TablePositions, from: string, move: Move, skip: ReadonlySet<string> = new Set()): string | null {
  const box = positions.boxes.get(from);
  if (!box) return null;
  const usable = (key: string | null): key is string => key !== null && key !== from && !skip.has(key);
  if (move === "next" || move === "previous") {
    const index = positions.order.indexOf(from);
    const step = move === "next" ? 1 : -1;
    for (let i = index + step; i >= 0 && i < positions.order.length; i += step) {
      if (usable(positions.order[i])) return positions.order[i];
    }
    return null;
  }
  const { keys } = positions;
  const scan = (row: number, column: number, dRow: number, dColumn: number): string | null => {
    for (let r = row, c = column; r >= 0 && r < keys.length && c >= 0 && c < keys[r].length; r += dRow, c += dColumn) {
      if (usable(keys[r][c])) return keys[r][c];
    }
    return null;
  };
  switch (move) {
    case "up":
      return scan(box.row - 1, box.column, -1, 0);
    case "down":
      return scan(box.lastRow + 1, box.column, 1, 0);
    case "left":
      return scan(box.row, box.column - 1, 0, -1);
    case "right":
      return scan(box.row, box.lastColumn + 1, 0, 1);
  }
}
