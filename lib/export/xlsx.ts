// A report's official tables as an Excel workbook: one worksheet per table of its format,
// laid out as the template prints it (merged header cells, labels character for character,
// every number at its grid position). Blank stays blank: a cell nobody filled is an empty
// cell, never 0. Opens in Excel, WPS and LibreOffice; prints on A4, one page wide.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { getFormat } from "@/lib/formats";
import type { TableDef } from "@/lib/formats/types";
import { exportTitle, versionNote, type ExportableReport } from "./report";
import { decimalsOf, layoutTable, linesIn, rowLines, type LaidOutItem, type TableLayout } from "./table-layout";

// 宋体 for the table (charset 134 = GB2312 tells a program without it to take another Chinese
// font), 黑体 for the titles, as printed government tables use them.
const TABLE_FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 10.5, charset: 134 };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: "黑体", size: 14, bold: true, charset: 134 };
const SUBTITLE_FONT: Partial<ExcelJS.Font> = { name: "黑体", size: 12, charset: 134 };
const NOTE_FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 9, charset: 134 };

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Character units a cell's padding takes, and the narrowest column. */
const CELL_PADDING = 2;
const COLUMN_MIN = 8;
/** Points per line of 10.5 pt text, and the space above and below it in a cell. */
const LINE_HEIGHT = 14;
const ROW_PADDING = 6;
/** Rows above the grid: report title, table title, version note. */
const TITLE_ROWS = 3;
/** Points per character unit of column width (a digit of the default font: 7 px). */
const POINTS_PER_UNIT = 5.25;
/** What A4 leaves for the sheet inside the margins below, in points (width × height). */
const PRINTABLE = { portrait: [509, 700], landscape: [755, 460] } as const;

const SHEET_NAME_MAX = 31;

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, " ").slice(0, SHEET_NAME_MAX);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 1)} ${n}`;
  taken.add(name);
  return name;
}

function numberFormat(item: Extract<LaidOutItem, { kind: "cell" }>): string {
  const decimals = item.value === null ? 0 : decimalsOf(item.def, item.value);
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** Heights (points) of the grid's rows, so that wrapped labels show in full even where cells are merged. */
function rowHeights(layout: TableLayout, widths: readonly number[]): number[] {
  return rowLines(layout, widths, CELL_PADDING).map((lines) => lines * LINE_HEIGHT + ROW_PADDING);
}

/**
 * The orientation that prints the sheet, scaled to one page wide, on the fewest pages, and
 * of two that need as many, the one that shrinks it less: 表三 stands upright on one page,
 * 表四's fifteen columns lie across one.
 */
function orientationFor(widthUnits: number, heightPoints: number): "portrait" | "landscape" {
  const fit = (orientation: keyof typeof PRINTABLE) => {
    const [width, height] = PRINTABLE[orientation];
    const scale = Math.min(1, width / (widthUnits * POINTS_PER_UNIT));
    return { pages: Math.ceil((heightPoints * scale) / height), scale };
  };
  const portrait = fit("portrait");
  const landscape = fit("landscape");
  if (portrait.pages !== landscape.pages) return portrait.pages < landscape.pages ? "portrait" : "landscape";
  return landscape.scale > portrait.scale ? "landscape" : "portrait";
}

function titleRow(sheet: ExcelJS.Worksheet, row: number, width: number, text: string, font: Partial<ExcelJS.Font>, units: number) {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: row === TITLE_ROWS ? "right" : "center", vertical: "middle", wrapText: true };
  const scale = (font.size ?? 10.5) / 10.5;
  sheet.getRow(row).height = linesIn(text, units / scale) * LINE_HEIGHT * scale + ROW_PADDING;
}

/** What a sheet is added to: a workbook built in memory, or exceljs's streaming writer. */
export type SheetHost = Pick<ExcelJS.Workbook, "addWorksheet">;

function addTableSheet(workbook: SheetHost, report: ExportableReport, table: TableDef, taken: Set<string>, prefix = "") {
  const layout = layoutTable(table, report.cells);
  // Row labels on one line (up to a limit), column headers on two: the template's look.
  const widths = layout.columns.map((c) => Math.max(COLUMN_MIN, (c.free ? c.max : c.min) + CELL_PADDING));
  const totalWidth = widths.reduce((sum, w) => sum + w, 0);
  const heights = rowHeights(layout, widths);
  const first = TITLE_ROWS + 1; // worksheet row of the grid's first row
  const sheet = workbook.addWorksheet(sheetName(prefix + table.title, taken), {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: orientationFor(totalWidth, heights.reduce((sum, h) => sum + h, TITLE_ROWS * 2 * LINE_HEIGHT)),
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: table.headerRows > 0 ? `${first}:${first + table.headerRows - 1}` : undefined,
    },
    headerFooter: { oddFooter: "&C第 &P 页，共 &N 页" },
  });
  sheet.columns = widths.map((width) => ({ width }));

  const blanks = layout.rows.flat().some((item) => item.kind === "cell" && item.value === null);
  titleRow(sheet, 1, table.width, exportTitle(report), TITLE_FONT, totalWidth);
  titleRow(sheet, 2, table.width, table.title, SUBTITLE_FONT, totalWidth);
  titleRow(sheet, 3, table.width, blanks ? `${versionNote(report)}。空白单元格为未填报。` : versionNote(report), NOTE_FONT, totalWidth);

  heights.forEach((height, r) => (sheet.getRow(first + r).height = Math.round(height * 4) / 4));
  for (const item of layout.rows.flat()) {
    const top = first + item.row;
    const left = 1 + item.column;
    const bottom = top + item.rowSpan - 1;
    const right = left + item.colSpan - 1;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = sheet.getCell(r, c);
        cell.border = BORDER;
        cell.font = TABLE_FONT;
        cell.alignment = { horizontal: item.role === "rowHeader" ? "left" : "center", vertical: "middle", wrapText: true };
      }
    }
    if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
    const cell = sheet.getCell(top, left);
    if (item.kind === "label") {
      cell.value = item.text;
    } else if (item.value !== null) {
      cell.value = item.value;
      cell.numFmt = numberFormat(item);
    }
  }
  return sheet;
}

export function buildReportWorkbook(report: ExportableReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "公开年报";
  workbook.title = exportTitle(report);
  workbook.subject = getFormat(report.format).name;
  if (report.publishedAt) workbook.created = report.publishedAt;
  addTableSheets(workbook, report);
  return workbook;
}

/**
 * One sheet per table of the report in the official layout, added to `workbook`; `prefix` goes
 * before each sheet's name (a roll-up inside a larger workbook). Returns the sheets in order.
 */
export function addTableSheets(workbook: SheetHost, report: ExportableReport, prefix = ""): ExcelJS.Worksheet[] {
  const taken = new Set<string>();
  return getFormat(report.format).tables.map((table) => addTableSheet(workbook, report, table, taken, prefix));
}

/** The workbook as the bytes of an .xlsx file. */
export async function reportXlsx(report: ExportableReport): Promise<Buffer> {
  const data = await buildReportWorkbook(report).xlsx.writeBuffer();
  return Buffer.from(data);
}

/** Writes the .xlsx file to a stream (an HTTP response, a file). */
export async function writeReportXlsx(report: ExportableReport, stream: Writable): Promise<void> {
  await buildReportWorkbook(report).xlsx.write(stream);
}
