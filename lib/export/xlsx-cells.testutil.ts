// Test-only: reads a report's workbook the way a person reads the printed tables, each number
// found by its own row label on the left and its column label above it, not by the positions
// the writer computed. Used by the workbook's tests and by the open-data tests.
import ExcelJS from "exceljs";
import type { CellDef, Cells, FormatDef, TableDef } from "@/lib/formats/types";

/** The sheet's first rows are the report title, the table title and the version; the grid follows. */
export const GRID_TOP = 4;

export interface Position {
  row: number;
  column: number;
}

/**
 * Reads the sheet the way a person does: the label cells left of a number and the column
 * labels above it. Returns where the number of `def` stands, found by its own row label (or,
 * in a table without row labels, its row path among the headers above) and its own column label.
 */
export function findCell(sheet: ExcelJS.Worksheet, table: TableDef, def: CellDef): Position[] {
  const bottom = GRID_TOP + table.grid.length - 1;
  const master = (row: number, column: number) => sheet.getCell(row, column).master;
  const text = (row: number, column: number) => {
    const value = master(row, column).value;
    return typeof value === "string" ? value : null;
  };
  const columnLabels = new Set(table.cells.flatMap((c) => c.columnPath ?? []));
  const ownRow = def.rowPath?.at(-1) ?? def.rowLabel;
  const ownColumn = def.columnPath?.at(-1) ?? def.columnLabel;
  const parent = def.rowPath?.at(-2);
  const found: (Position & { distance: number })[] = [];
  for (let row = GRID_TOP; row <= bottom; row++) {
    for (let column = 1; column <= table.width; column++) {
      const cell = sheet.getCell(row, column);
      if (cell.master !== cell || text(row, column) !== null) continue; // a number's own cell only
      const left = new Set<string>();
      for (let c = 1; c < column; c++) {
        const label = text(row, c);
        if (label !== null) left.add(label);
      }
      const above: string[] = [];
      for (let r = row - 1; r >= GRID_TOP; r--) {
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
        for (let r = row; r >= GRID_TOP; r--) {
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


/** Every cell of the format read off the workbook's sheets (one sheet per table, named by its title); a cell found twice or never throws. */
export function xlsxCells(workbook: ExcelJS.Workbook, format: FormatDef): Cells {
  const cells: Cells = {};
  for (const table of format.tables) {
    const sheet = workbook.getWorksheet(table.title);
    if (!sheet) throw new Error(`no sheet ${table.title}`);
    for (const def of table.cells) {
      const positions = findCell(sheet, table, def);
      if (positions.length !== 1) throw new Error(`${def.key}: found ${positions.length} times`);
      const value = sheet.getCell(positions[0].row, positions[0].column).value;
      if (value !== null && typeof value !== "number") throw new Error(`${def.key}: not a number: ${String(value)}`);
      cells[def.key] = value;
    }
  }
  return cells;
}

/** The workbook in `bytes`, read with exceljs. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an older Buffer type than Node's; the bytes are the same.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}
