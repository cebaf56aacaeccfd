// Test-only: a table's grid filled into a matrix the way an HTML table is laid out, written
// apart from lib/formats/layout.ts so that tests of the layout (and of the exports built on
// it) check against a second reading of the grid, not against itself.
import type { TableDef } from "./types";

export interface GridOccupancy {
  /** owner[r][c]: the index (in grid order, row by row) of the item covering row r, column c */
  owner: (number | null)[][];
  problems: string[];
}

export function occupyGrid(table: TableDef): GridOccupancy {
  const problems: string[] = [];
  const owner: (number | null)[][] = table.grid.map(() => new Array<number | null>(table.width).fill(null));
  let index = 0;
  table.grid.forEach((row, r) => {
    let c = 0;
    for (const item of row) {
      while (c < table.width && owner[r][c] !== null) c++;
      const rowSpan = item.rowSpan ?? 1;
      const colSpan = item.colSpan ?? 1;
      if (c + colSpan > table.width) problems.push(`row ${r}: item overflows width ${table.width}`);
      if (r + rowSpan > table.grid.length) problems.push(`row ${r}: rowSpan ${rowSpan} runs past the grid`);
      for (let dr = 0; dr < rowSpan && r + dr < table.grid.length; dr++) {
        for (let dc = 0; dc < colSpan && c + dc < table.width; dc++) {
          if (owner[r + dr][c + dc] !== null) problems.push(`row ${r + dr} col ${c + dc} is covered twice`);
          owner[r + dr][c + dc] = index;
        }
      }
      c += colSpan;
      index++;
    }
  });
  owner.forEach((row, r) => {
    const filled = row.filter((cell) => cell !== null).length;
    if (filled !== table.width) problems.push(`row ${r} covers ${filled} of ${table.width} columns`);
  });
  return { owner, problems };
}

/** The box each item covers: its first and last row and column (0-based), in grid order. */
export function itemBoxes(table: TableDef): { top: number; left: number; bottom: number; right: number }[] {
  const boxes: { top: number; left: number; bottom: number; right: number }[] = [];
  occupyGrid(table).owner.forEach((row, r) =>
    row.forEach((index, c) => {
      if (index === null) return;
      const box = boxes[index];
      if (!box) boxes[index] = { top: r, left: c, bottom: r, right: c };
      else boxes[index] = { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) };
    }),
  );
  return boxes;
}
