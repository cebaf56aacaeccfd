// The whole report as a Word document, ready to print, stamp and file: title, the narrative
// under the format's headings in order, each official table under its section (merged cells
// as the template prints them), and the 落款. Set on A4 as government documents are
// (GB/T 9704): margins 37/35/28/26 mm, 仿宋 三号 body, 黑体 headings, page numbers "— 1 —" in
// the footer, odd pages right and even pages left. A table that does not fit upright (表三,
// 表四) goes with its section onto landscape pages, in 小五 where 五号 would not fit one page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import { getFormat } from "@/lib/formats";
import { tableDef } from "@/lib/formats/engine";
import type { SectionDef, TableDef } from "@/lib/formats/types";
import { paragraphsOf } from "@/lib/report/paragraphs";
import { referenceResolver, type ReferenceResolver } from "@/lib/narrative/references";
import { signatureLines } from "@/lib/report/signature";
import { exportTitle, type ExportableReport } from "./report";
import { layoutTable, rowLines, spanWidth, textUnits, type ColumnBounds, type LaidOutItem, type TableLayout } from "./table-layout";

// ---- typography ----

interface FontChoice {
  /** the font government documents name */
  name: string;
  /** what to use where it is not installed (Windows and WPS ship these) */
  fallbacks: string[];
  /** w:family of the font table, which also guides a substitute */
  family: "roman" | "modern" | "swiss";
}

const FONTS = {
  title: { name: "方正小标宋简体", fallbacks: ["黑体", "SimHei"], family: "swiss" },
  heading: { name: "黑体", fallbacks: ["SimHei"], family: "swiss" },
  subheading: { name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi"], family: "modern" },
  body: { name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong"], family: "modern" },
  table: { name: "宋体", fallbacks: ["SimSun"], family: "roman" },
} satisfies Record<string, FontChoice>;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;

/** Every script of a run in one font: Chinese through eastAsia, digits and Latin through ascii/hAnsi. */
function runFont(font: FontChoice) {
  return { ascii: font.name, hAnsi: font.name, eastAsia: font.name, cs: font.name };
}

/**
 * The font table names each font's fallbacks (w:altName, a comma-separated list that Word
 * and LibreOffice try when the font is missing) and its GB2312 character set (86).
 */
function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (font) =>
        `<w:font w:name="${font.name}"><w:altName w:val="${font.fallbacks.join(",")}"/><w:charset w:val="86"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

// ---- page ----

type Orientation = "portrait" | "landscape";

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const A4 = { width: twips(210), height: twips(297) };
/** GB/T 9704: 天头 37 mm, 订口 28 mm; the bottom and outer margins leave the 156 × 225 mm 版心. */
const MARGINS = {
  portrait: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26), footer: twips(23), header: twips(15) },
  landscape: { top: twips(28), bottom: twips(26), left: twips(37), right: twips(35), footer: twips(15), header: twips(12) },
};
const TEXT_WIDTH = {
  portrait: A4.width - MARGINS.portrait.left - MARGINS.portrait.right,
  landscape: A4.height - MARGINS.landscape.left - MARGINS.landscape.right,
};

/** One character of 三号 body text, for indents. */
const BODY_CHAR = 320;
/** GB/T 9704: 22 lines a page, a fixed line pitch of about 28 pt. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT };

function pageNumberFooter(side: "odd" | "even"): Footer {
  // 单页码居右空一字，双页码居左空一字 (GB/T 9704)
  const indent = { right: side === "odd" ? SIZE.pageNumber * 10 : 0, left: side === "even" ? SIZE.pageNumber * 10 : 0 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: runFont(FONTS.table), size: SIZE.pageNumber })],
      }),
    ],
  });
}

function sectionOptions(orientation: Orientation, children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          ...A4,
          orientation: orientation === "portrait" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: MARGINS[orientation],
      },
    },
    footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
    children,
  };
}

// ---- text ----

function bodyParagraph(text: string): Paragraph {
  // A numbered run-in heading ("（一）主动公开方面。") is set in 楷体 as the second heading level.
  const runIn = /^[（(][一二三四五六七八九十]+[）)][^。！？\n]{1,40}?[。：:]/.exec(text)?.[0];
  const runs = runIn
    ? [new TextRun({ text: runIn, font: runFont(FONTS.subheading) }), new TextRun(text.slice(runIn.length))]
    : [new TextRun(text)];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * BODY_CHAR }, spacing: BODY_LINE, children: runs });
}

function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    indent: { firstLine: 2 * BODY_CHAR },
    spacing: BODY_LINE,
    children: [new TextRun({ text, font: runFont(FONTS.heading) })],
  });
}

/**
 * The title in 二号: on one line when it fits, else broken after the unit and year
 * ("平潭综合实验区2021年" / "政府信息公开工作年度报告"), where the words allow it.
 */
function titleParagraphs(report: ExportableReport): Paragraph[] {
  const title = exportTitle(report);
  const perLine = Math.floor(TEXT_WIDTH.portrait / (SIZE.title * 10)) * 2; // character units
  const head = `${report.orgName}${report.year}年`;
  const lines = textUnits(title) <= perLine || !title.startsWith(head) ? [title] : [head, title.slice(head.length)];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, font: runFont(FONTS.title), size: SIZE.title })),
    }),
    new Paragraph({ spacing: BODY_LINE, children: [] }),
  ];
}

/** 落款: the unit, and below it the date of publication (blank for a draft, to be written when signed). */
function signature(report: ExportableReport): Paragraph[] {
  const [unit, date] = signatureLines(report.orgName, report.publishedAt);
  const right = (text: string) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * BODY_CHAR }, spacing: BODY_LINE, keepNext: true, children: [new TextRun(text)] });
  return [new Paragraph({ spacing: BODY_LINE, children: [] }), new Paragraph({ spacing: BODY_LINE, children: [] }), right(unit), right(date)];
}

// ---- tables ----

/** Table text: 五号 (10.5 pt) where the table fits, else 小五 (9 pt), in half-points. */
const TABLE_SIZES = [21, 18] as const;
type TableSize = (typeof TABLE_SIZES)[number];
const CELL_MARGIN = { top: 20, bottom: 20, left: 45, right: 45 };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
/** A table of at most this many rows is kept on one page (it fits one); a longer one runs on. */
const KEEP_TOGETHER_ROWS = 20;

interface TableFit {
  orientation: Orientation;
  size: TableSize;
  /** column widths in twips, together the text width of the page */
  widths: number[];
}

const TEXT_HEIGHT = {
  portrait: A4.height - MARGINS.portrait.top - MARGINS.portrait.bottom,
  landscape: A4.width - MARGINS.landscape.top - MARGINS.landscape.bottom,
};
/** The section heading above a table, which stays on its page (keepNext). */
const HEADING_HEIGHT = BODY_LINE.line;
/** Table text stands on an exact line of 1.25 × its size (CJK fonts' own line gap would make every row tall). */
const tableLine = (size: TableSize) => Math.round(size * 12.5);
/** One character unit (half a Chinese character) of table text, in twips. */
const unitOf = (size: TableSize) => size * 5;
const PADDING = CELL_MARGIN.left + CELL_MARGIN.right;

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/**
 * Column widths (twips) at a type size that fill the page's text width, or null where even
 * the `bound` widths do not fit. From "max", spare room goes first to long row labels, so
 * that they need not wrap, then to all columns alike; from "min", it goes to the columns of
 * row labels, where a wrap can fall anywhere (a two-line column header cannot take a little
 * more without breaking in the wrong place).
 */
function widthsAt(columns: readonly ColumnBounds[], size: TableSize, orientation: Orientation, bound: "max" | "min"): number[] | null {
  const twipsOf = (units: number) => units * unitOf(size) + PADDING;
  const widths = columns.map((c) => twipsOf(c[bound]));
  const room = TEXT_WIDTH[orientation] - sum(widths);
  if (room < 0) return null;
  const takers = columns.map((c, i) => i).filter((i) => bound === "max" || columns[i].free);
  const goal = bound === "max" ? "natural" : "max";
  const wish = takers.map((i) => Math.max(0, twipsOf(columns[i][goal]) - widths[i]));
  const share = Math.min(1, room / Math.max(1, sum(wish)));
  takers.forEach((i, k) => (widths[i] += Math.floor(wish[k] * share)));
  const growing = takers.length > 0 ? takers : columns.map((c, i) => i);
  const rest = TEXT_WIDTH[orientation] - sum(widths);
  const base = sum(growing.map((i) => widths[i]));
  growing.forEach((i) => (widths[i] += Math.floor((rest * widths[i]) / base)));
  return widths;
}

/** The table's height in twips at a fit: its rows' lines, cell margins and rules. */
function tableHeight(layout: TableLayout, fit: TableFit): number {
  const unit = unitOf(fit.size);
  const lines = rowLines(layout, fit.widths.map((w) => w / unit), PADDING / unit);
  return sum(lines.map((n) => n * tableLine(fit.size) + CELL_MARGIN.top + CELL_MARGIN.bottom + LINE.size * 2.5));
}

/**
 * The page and type size for a table, and its column widths. Tried in order: upright at 五号,
 * across at 五号, upright at 小五, across at 小五, first with every header and label on its
 * line, then with the narrowest sensible widths. The first that also fits on one page under
 * its heading wins; if none does, the first that fits the width (the table runs on, its
 * header repeated).
 */
function fitTable(layout: TableLayout): TableFit {
  const candidates = TABLE_SIZES.flatMap((size) => (["portrait", "landscape"] as const).map((orientation) => ({ size, orientation })));
  let fallback: TableFit | undefined;
  for (const bound of ["max", "min"] as const) {
    for (const { size, orientation } of candidates) {
      const widths = widthsAt(layout.columns, size, orientation, bound);
      if (!widths) continue;
      const fit = { size, orientation, widths };
      if (tableHeight(layout, fit) + HEADING_HEIGHT <= TEXT_HEIGHT[orientation]) return fit;
      fallback ??= fit;
    }
  }
  if (fallback) return fallback;
  const size = TABLE_SIZES[TABLE_SIZES.length - 1];
  const widths = layout.columns.map((c) => c.min * unitOf(size) + PADDING);
  const scale = TEXT_WIDTH.landscape / sum(widths);
  return { size, orientation: "landscape", widths: widths.map((w) => Math.floor(w * scale)) };
}

function tableCell(item: LaidOutItem, fit: TableFit, keepNext: boolean): TableCell {
  return new TableCell({
    columnSpan: item.colSpan > 1 ? item.colSpan : undefined,
    rowSpan: item.rowSpan > 1 ? item.rowSpan : undefined,
    width: { size: spanWidth(fit.widths, item), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGIN,
    children: [
      new Paragraph({
        alignment: item.role === "rowHeader" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: tableLine(fit.size), lineRule: LineRuleType.EXACT },
        keepNext,
        children: item.text ? [new TextRun({ text: item.text, font: runFont(FONTS.table), size: fit.size })] : [],
      }),
    ],
  });
}

function officialTable(report: ExportableReport, table: TableDef): { table: Table; orientation: Orientation } {
  const layout = layoutTable(table, report.cells);
  const fit = fitTable(layout);
  const keepTogether = layout.rows.length <= KEEP_TOGETHER_ROWS;
  const rows = layout.rows.map(
    (items, r) =>
      new TableRow({
        tableHeader: r < table.headerRows,
        cantSplit: true,
        children: items.map((item) => tableCell(item, fit, keepTogether && r < layout.rows.length - 1)),
      }),
  );
  const borders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
  return {
    table: new Table({
      rows,
      columnWidths: fit.widths,
      width: { size: fit.widths.reduce((total, w) => total + w, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders,
    }),
    orientation: fit.orientation,
  };
}

// ---- document ----

function sectionContent(report: ExportableReport, section: SectionDef, references: ReferenceResolver): Paragraph[] {
  const heading = section.untitled ? [] : [headingParagraph(section.heading)];
  return [...heading, ...paragraphsOf(report.sections[section.key], references).map(bodyParagraph)];
}

export function buildReportDocument(report: ExportableReport): Document {
  const format = getFormat(report.format);
  const title = exportTitle(report);
  // Runs of pages of one orientation; a section whose table lies across goes on landscape
  // pages with its heading, and the text after it starts upright on a new page.
  const runs: { orientation: Orientation; children: (Paragraph | Table)[] }[] = [];
  const add = (orientation: Orientation, children: (Paragraph | Table)[]) => {
    const last = runs[runs.length - 1];
    if (last?.orientation === orientation) last.children.push(...children);
    else runs.push({ orientation, children });
  };
  add("portrait", titleParagraphs(report));
  const references = referenceResolver(format, report.cells);
  for (const section of format.sections) {
    const content = sectionContent(report, section, references);
    const def = section.table ? tableDef(format, section.table) : undefined;
    if (!def) {
      add("portrait", content);
      continue;
    }
    const { table, orientation } = officialTable(report, def);
    add(orientation, [...content, table]);
  }
  add("portrait", signature(report));
  const pages = runs.map((run) => sectionOptions(run.orientation, run.children));

  return new Document({
    title,
    creator: "公开年报",
    subject: format.name,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: runFont(FONTS.body), size: SIZE.body } },
      },
    },
    sections: pages,
  });
}

/** The document as the bytes of a .docx file. */
export async function reportDocx(report: ExportableReport): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(report), false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}
