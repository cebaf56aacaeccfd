// Test-only: reads a report's workbook the way a person reads the printed tables (see
// lib/formats/label-grid.testutil.ts). Used by the workbook's tests and the open-data tests.
import ExcelJS from "exceljs";
import { cellsByLabels, type LabelGrid } from "@/lib/formats/label-grid.testutil";
import type { Cells, FormatDef } from "@/lib/formats/types";

/** The sheet's first rows are the report title, the table title and the version; the grid follows. */
export const GRID_TOP = 4;

/** The sheet as a grid of labels: a label is a string in the master of a merged range. */
export function sheetLabelGrid(sheet: ExcelJS.Worksheet): LabelGrid {
  const master = (row: number, column: number) => sheet.getCell(row, column).master;
  const text = (row: number, column: number) => {
    const value = master(row, column).value;
    return typeof value === "string" ? value : null;
  };
  return {
    top: GRID_TOP,
    label: text,
    isValueCell: (row, column) => sheet.getCell(row, column).master === sheet.getCell(row, column) && text(row, column) === null,
  };
}

/** Every cell of the format read off the workbook's sheets (one sheet per table, named by its title); a cell found twice or never throws. */
export function xlsxCells(workbook: ExcelJS.Workbook, format: FormatDef): Cells {
  const cells: Cells = {};
  for (const table of format.tables) {
    const sheet = workbook.getWorksheet(table.title);
    if (!sheet) throw new Error(`no sheet ${table.title}`);
    Object.assign(
      cells,
      cellsByLabels(sheetLabelGrid(sheet), table, ({ row, column }, def) => {
        const value = sheet.getCell(row, column).value;
        if (value !== null && typeof value !== "number") throw new Error(`${def.key}: not a number: ${String(value)}`);
        return value;
      }),
    );
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
