// How a cell is named to people: its official row and column labels (design.md §8), with the
// unit of a money cell. The editor's inputs carry it as their accessible name, and messages
// about a cell quote it, so the user finds the cell by what a screen reader says.
import type { CellDef } from "./types";

export function cellAccessibleName(cell: CellDef): string {
  const name = `${cell.rowLabel} ${cell.columnLabel}`;
  if (cell.kind === "money" && cell.unit && !name.includes(cell.unit)) return `${name}（${cell.unit}）`;
  return name;
}
