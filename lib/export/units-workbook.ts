// The workbook of a parent unit's year: the roll-up, every unit × every cell as a long sheet
// (one line per unit and cell) and as a wide sheet (one row per unit), and the units not
// counted. Written with exceljs's streaming writer, each sheet committed before the next,
// the units read a page at a time, each unit waiting for the zip to take what it was given:
// memory stays flat however many units there are.
import { EventEmitter, once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { CellDef, Cells } from "@/lib/formats/types";
import type { RollupProvenance } from "@/lib/data/report-shape";
import type { RollupUnitCells } from "@/lib/data/rollups";
import { reportTitle } from "@/lib/report/title";

/** What the workbook needs of a roll-up: its sums and provenance, and its units page by page. */
export interface UnitsWorkbookInput extends RollupProvenance {
  parentName: string;
  year: number;
  format: Parameters<typeof getFormat>[0];
  cells: Cells;
  /** a fresh pass over the counted units each time it is called */
  pages: () => AsyncIterable<RollupUnitCells[]>;
  /** adds the roll-up's tables in their official layout (one sheet per table), each committed before it returns */
  addOfficialSheets?: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void> | void;
}

/** Excel's last row is 1,048,576: a long sheet continues on the next one well before it. */
export const LONG_SHEET_ROWS = 1_000_000;

const SOURCE_LABELS: Record<RollupUnitCells["source"], string> = { published: "已发布", submitted: "已提交（未发布）" };
const MISSING_LABELS: Record<RollupProvenance["missing"][number]["status"], string> = {
  none: "未建立",
  draft: "草稿",
  returned: "已退回",
  submitted: "已提交（未计入）",
};

const bold = { font: { bold: true } } as const;

/** A4 landscape, as wide as the page, header rows repeated: lists print readably. */
function printSetup(headerRows: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${headerRows}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

// exceljs gives every new cell a style object of its own and then looks each one up for its
// style id (styles-xform addStyleModel, building the style's XML every time): a third of the
// time of a workbook of 2,000,000 rows. One object shared by the plain cells is looked up once.
const PLAIN: Partial<ExcelJS.Style> = {};

function addPlainRow(sheet: ExcelJS.Worksheet, values: (string | number | null)[]): void {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = PLAIN;
  });
  row.commit();
}

function value(v: number | null | undefined): number | null {
  return v === null || v === undefined ? null : v;
}

/** The stream that carries a sheet's XML into the zip: archiver's PassThrough (a readable-stream 2 Writable). */
interface ZipEntry extends EventEmitter {
  _writableState: { needDrain: boolean };
}

function zipEntryOf(sheet: ExcelJS.Worksheet): ZipEntry | null {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  const entry: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  const state = entry instanceof EventEmitter ? (entry as Partial<ZipEntry>)._writableState : undefined;
  return state && typeof state.needDrain === "boolean" ? (entry as ZipEntry) : null;
}

/**
 * exceljs 4.4 writes a sheet's XML into the zip without waiting when the zip is behind (its
 * StreamBuf ignores write()'s false), so a sheet produced faster than it is compressed piles
 * up in memory: on the embedded database, whose queries never give the event loop a turn to
 * compress, the whole workbook did (1.5 GB for 10,000 units, bench/rollup). The writer waits
 * here after every unit until the zip has taken what it was given (earlier sheets are
 * committed, so the zip is reading this one), and stops if the destination closes first.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet, destination: Writable): Promise<void> {
  const entry = zipEntryOf(sheet);
  if (!entry) return new Promise<void>((resolve) => setImmediate(resolve));
  if (!entry._writableState.needDrain) return;
  if (destination.destroyed) throw new Error("the workbook's destination closed before the workbook was written");
  const waiting = new AbortController();
  try {
    await Promise.race([
      once(entry, "drain", { signal: waiting.signal }),
      once(destination, "close", { signal: waiting.signal }).then(() => {
        throw new Error("the workbook's destination closed before the workbook was written");
      }),
    ]);
  } finally {
    waiting.abort();
  }
}

function tableTitle(def: CellDef, titles: Map<string, string>): string {
  return titles.get(def.table) ?? def.table;
}

async function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: UnitsWorkbookInput, defs: readonly CellDef[], titles: Map<string, string>) {
  const sheet = workbook.addWorksheet("汇总", { views: [{ state: "frozen", ySplit: 3 }], pageSetup: printSetup(3) });
  sheet.columns = [{ width: 26 }, { width: 48 }, { width: 40 }, { width: 30 }, { width: 16 }, { width: 14 }];
  const title = sheet.addRow([reportTitle(input.parentName, input.year, "rollup")]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 6);
  title.commit();
  const note = sheet.addRow([
    `汇总 ${input.units.length} 个单位${input.includeSubmitted ? "的已发布和已提交报告" : "的已发布报告"}${input.includeOwn ? "，含本级" : ""}；空白不等于 0，“留空单位数”为该单元格未填写的单位个数。`,
  ]);
  sheet.mergeCells(2, 1, 2, 6);
  note.commit();
  const header = sheet.addRow(["表", "行", "列", "单元格键", "汇总数", "留空单位数"]);
  header.font = bold.font;
  header.commit();
  for (const def of defs) {
    sheet.addRow([tableTitle(def, titles), def.rowLabel, def.columnLabel, def.key, value(input.cells[def.key]), input.blanks[def.key] ?? 0]).commit();
  }
  await sheet.commit();
}

async function writeLong(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: UnitsWorkbookInput, defs: readonly CellDef[], destination: Writable) {
  let part = 0;
  let sheet: ExcelJS.Worksheet | null = null;
  let rows = 0;
  const open = () => {
    part += 1;
    const created = workbook.addWorksheet(part === 1 ? "逐单位明细" : `逐单位明细${part}`, { views: [{ state: "frozen", ySplit: 1 }], pageSetup: printSetup(1) });
    created.columns = [{ width: 18 }, { width: 24 }, { width: 14 }, { width: 28 }, { width: 48 }, { width: 40 }, { width: 14 }];
    const header = created.addRow(["单位标识", "单位名称", "来源", "单元格键", "行", "列", "值"]);
    header.font = bold.font;
    header.commit();
    rows = 1;
    return created;
  };
  for await (const page of input.pages()) {
    for (const unit of page) {
      for (const def of defs) {
        if (!sheet || rows >= LONG_SHEET_ROWS) {
          if (sheet) await sheet.commit();
          sheet = open();
        }
        addPlainRow(sheet, [unit.slug, unit.name, SOURCE_LABELS[unit.source], def.key, def.rowLabel, def.columnLabel, value(unit.cells[def.key])]);
        rows += 1;
      }
      if (sheet) await zipCaughtUp(sheet, destination);
    }
  }
  await (sheet ?? open()).commit();
}

async function writeWide(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: UnitsWorkbookInput, defs: readonly CellDef[], destination: Writable) {
  const sheet = workbook.addWorksheet("逐单位宽表", { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }], pageSetup: { ...printSetup(2), fitToWidth: 0, printTitlesColumn: "A:B" } });
  sheet.columns = [{ width: 18 }, { width: 24 }, { width: 14 }, ...defs.map(() => ({ width: 14 }))];
  const labels = sheet.addRow(["单位标识", "单位名称", "来源", ...defs.map((d) => `${d.rowLabel} ${d.columnLabel}`)]);
  labels.font = bold.font;
  labels.alignment = { wrapText: true, vertical: "top" };
  labels.commit();
  const keys = sheet.addRow(["", "", "", ...defs.map((d) => d.key)]);
  keys.font = { italic: true, color: { argb: "FF555555" } };
  keys.commit();
  for await (const page of input.pages()) {
    for (const unit of page) {
      addPlainRow(sheet, [unit.slug, unit.name, SOURCE_LABELS[unit.source], ...defs.map((d) => value(unit.cells[d.key]))]);
      await zipCaughtUp(sheet, destination);
    }
  }
  sheet.addRow(["汇总", input.parentName, "", ...defs.map((d) => value(input.cells[d.key]))]).commit();
  await sheet.commit();
}

async function writeMissing(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: UnitsWorkbookInput) {
  const sheet = workbook.addWorksheet("未计入单位", { pageSetup: { ...printSetup(1), orientation: "portrait" } });
  sheet.columns = [{ width: 18 }, { width: 28 }, { width: 18 }];
  const header = sheet.addRow(["单位标识", "单位名称", "报告状态"]);
  header.font = bold.font;
  header.commit();
  for (const unit of input.missing) sheet.addRow([unit.slug, unit.name, MISSING_LABELS[unit.status]]).commit();
  await sheet.commit();
}

/** Streams the workbook to `stream`; resolves when the last byte is handed to it. */
export async function writeUnitsWorkbook(input: UnitsWorkbookInput, stream: Writable): Promise<void> {
  const format = getFormat(input.format);
  const defs = listCells(format);
  const titles = new Map(format.tables.map((t) => [t.id, t.title]));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "公开年报";
  await writeSummary(workbook, input, defs, titles);
  if (input.addOfficialSheets) await input.addOfficialSheets(workbook);
  await writeLong(workbook, input, defs, stream);
  await writeWide(workbook, input, defs, stream);
  await writeMissing(workbook, input);
  await workbook.commit();
}
