// Test helper: a report as published, made from its cells and narrative by walking the format
// registry's grids — the tables printed as tab-separated text, as an archive's text extraction
// (the cells of a row glued together), as table blocks with their spans repeated into every slot
// (what the readers of HTML and Word files give), and as HTML like the government pages.
import { getFormat } from "@/lib/formats";
import { formatCellValue } from "@/lib/formats/cell-number";
import { cellDef } from "@/lib/formats/engine";
import { placeGrid } from "@/lib/formats/layout";
import type { Cells, FormatDef, FormatId, GridItem, TableDef } from "@/lib/formats/types";
import type { SourceBlock, SourceDocument } from "./types";
import { textDocument } from "./source/text";

export interface PrintedReport {
  format: FormatId;
  year: number;
  organization: string;
  cells: Partial<Cells>;
  /** the narrative as published, headings included, without the tables */
  narrative: string;
}

export interface PrintOptions {
  /** money in 元 printed with its unit inside the cell ("75394432.52元") */
  units?: boolean;
  /** how a blank cell is printed */
  blank?: string;
}

function valueText(format: FormatDef, key: string, cells: Partial<Cells>, options: PrintOptions): string {
  const def = cellDef(format, key)!;
  const value = cells[key];
  if (value === null || value === undefined) return options.blank ?? "";
  const text = formatCellValue(def, value);
  return options.units && def.kind === "money" && def.unit ? `${text}${def.unit}` : text;
}

/** The table's slots, row by row, each span's text repeated into every slot it covers. */
export function tableSlots(format: FormatDef, table: TableDef, cells: Partial<Cells>, options: PrintOptions = {}): string[][] {
  const slots: string[][] = table.grid.map(() => Array.from({ length: table.width }, () => ""));
  for (const row of placeGrid(table)) {
    for (const p of row) {
      const text = p.item.type === "label" ? p.item.text : valueText(format, p.item.key, cells, options);
      for (let r = p.row; r < p.row + p.rowSpan && r < slots.length; r++) {
        for (let c = p.column; c < p.column + p.colSpan; c++) slots[r][c] = text;
      }
    }
  }
  return slots;
}

/** The table as tab-separated lines (each span's text in every slot, as copied from a spreadsheet). */
export function tableAsTsv(format: FormatDef, table: TableDef, cells: Partial<Cells>, options: PrintOptions = {}): string[] {
  return tableSlots(format, table, cells, options).map((row) => row.join("\t"));
}

/**
 * The table as an archive's text extraction prints it: each grid row's own texts with nothing
 * between them (a span only where it starts). `glue` "forced" glues a row's numbers only where
 * each is one digit (the split is then forced) and spaces them otherwise; "all" glues every row.
 */
export function tableAsArchiveText(format: FormatDef, table: TableDef, cells: Partial<Cells>, glue: "forced" | "all", options: PrintOptions = {}): string[] {
  return placeGrid(table).map((row) => {
    const labels = row.flatMap((p) => (p.item.type === "label" ? [p.item.text] : []));
    const values = row.flatMap((p) => (p.item.type === "cell" ? [valueText(format, p.item.key, cells, options)] : []));
    const glued = glue === "all" || values.every((v) => v.length === 1);
    return labels.join("") + (glued ? values.join("") : values.join(" "));
  });
}

export type TableStyle = "tsv" | "archive-forced" | "archive-all";

/** Each section's table printed after its heading: the whole report as text. */
export function reportText(report: PrintedReport, style: TableStyle, options: PrintOptions = {}): string {
  const format = getFormat(report.format);
  const lines = withTitle(report).split("\n");
  const out: string[] = [];
  const pending = tablesByHeading(format);
  for (const line of lines) {
    out.push(line);
    const table = pending.get(line.trim());
    if (!table) continue;
    pending.delete(line.trim());
    out.push("");
    const printed =
      style === "tsv"
        ? tableAsTsv(format, table, report.cells, options)
        : tableAsArchiveText(format, table, report.cells, style === "archive-all" ? "all" : "forced", options);
    out.push(...printed.flatMap((l) => [l, ""]));
  }
  return out.join("\n");
}

/** The report as a document of paragraphs and table blocks, as the readers of web pages and Word files give it. */
export function reportDocument(report: PrintedReport, options: PrintOptions & { transform?: (table: TableDef) => TableDef } = {}): SourceDocument {
  const format = getFormat(report.format);
  const text = withTitle(report);
  const paragraphs = textDocument(text).blocks;
  const pending = tablesByHeading(format);
  const blocks: SourceBlock[] = [];
  for (const block of paragraphs) {
    blocks.push(block);
    if (block.kind !== "paragraph") continue;
    const table = pending.get(block.text.trim());
    if (!table) continue;
    pending.delete(block.text.trim());
    const slots = tableSlots(format, options.transform ? options.transform(table) : table, report.cells, options);
    blocks.push({ kind: "table", rows: slots, offset: block.offset + block.text.length });
  }
  return { kind: "html", blocks, text };
}

/**
 * pingtan-2021's 表三 as its page prints it (README): "申请人情况" spans 8 columns, "自然人" 2 with an
 * empty cell under it, and each 商业企业 cell spans 2 — one column more than the template.
 */
export function malformedRequests(table: TableDef): TableDef {
  if (table.id !== "t3") return table;
  const grid = table.grid.map((items, row) =>
    items.flatMap((item): GridItem[] => {
      if (item.type === "label" && item.text === "申请人情况") return [{ ...item, colSpan: (item.colSpan ?? 1) + 1 }];
      if (item.type === "label" && item.text === "自然人") return [{ type: "label", text: item.text, scope: "col", colSpan: 2 }];
      if (item.type === "label" && item.text === "商业企业") return [{ type: "label", text: "" }, item];
      if (item.type === "cell" && item.key.endsWith(".business") && row >= table.headerRows) return [{ ...item, colSpan: 2 }];
      return [item];
    }),
  );
  return { ...table, grid, width: table.width + 1 };
}

/** The table as HTML, rowspan/colspan as the official pages write them. */
export function tableAsHtml(format: FormatDef, table: TableDef, cells: Partial<Cells>, options: PrintOptions = {}): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const rows = table.grid.map((items) => {
    const tds = items.map((item) => {
      const span = `${item.rowSpan && item.rowSpan > 1 ? ` rowspan="${item.rowSpan}"` : ""}${item.colSpan && item.colSpan > 1 ? ` colspan="${item.colSpan}"` : ""}`;
      const text = item.type === "label" ? item.text : valueText(format, item.key, cells, options);
      return `<td${span}><p>${escape(text) || "&nbsp;"}</p></td>`;
    });
    return `<tr>${tds.join("")}</tr>`;
  });
  return `<table border="1">${rows.join("\n")}</table>`;
}

/** The whole report as a web page: paragraphs and tables. */
export function reportHtml(report: PrintedReport, options: PrintOptions & { transform?: (table: TableDef) => TableDef } = {}): string {
  const format = getFormat(report.format);
  const pending = tablesByHeading(format);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts = withTitle(report)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const table = pending.get(line.trim());
      if (table) pending.delete(line.trim());
      const printed = table && (options.transform ? options.transform(table) : table);
      return `<p>${escape(line)}</p>${printed ? `\n${tableAsHtml(format, printed, report.cells, options)}` : ""}`;
    });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(titleOf(report))}</title></head><body>\n${parts.join("\n")}\n</body></html>\n`;
}

function titleOf(report: PrintedReport): string {
  return `${report.organization}${report.year}年度政府信息公开工作年度报告`;
}

/** The narrative with the report's title line first (narrative.txt files may start without it). */
function withTitle(report: PrintedReport): string {
  const first = report.narrative.split("\n")[0];
  return first.length <= 60 && /工作年度报告$/.test(first.trim()) ? report.narrative : `${titleOf(report)}\n\n${report.narrative}`;
}

/** Tables by the numbering of the heading they follow ("三、"), each printed once. */
class TablesByHeading {
  private readonly byNumber = new Map<string, TableDef>();
  constructor(format: FormatDef) {
    for (const section of format.sections) {
      const table = section.table ? format.tables.find((t) => t.id === section.table) : undefined;
      const number = section.heading.slice(0, section.heading.indexOf("、") + 1);
      if (table && number) this.byNumber.set(number, table);
    }
  }
  /** The table printed after this line, if it is a section's heading (wording as the report has it). */
  get(line: string): TableDef | undefined {
    if (line.length > 40) return undefined;
    for (const [number, table] of this.byNumber) if (line.startsWith(number)) return table;
    return undefined;
  }
  delete(line: string): void {
    for (const number of [...this.byNumber.keys()]) if (line.startsWith(number)) this.byNumber.delete(number);
  }
}

function tablesByHeading(format: FormatDef): TablesByHeading {
  return new TablesByHeading(format);
}

