// A report as a Word file (.docx): a zip archive read with the limits of lib/uploads/zip-read.ts,
// of which only word/document.xml is unpacked (photos are never touched) and read as XML that
// must be well formed. Paragraphs (w:p: w:t text, w:tab a tab, w:br and w:cr a line break) and
// tables (w:tbl / w:tr / w:tc) come out in document order; w:gridSpan and w:vMerge are repeated
// into every slot the merged cell covers; a table inside a cell becomes part of the cell's text.
import { isUtf8 } from "node:buffer";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { REPORT_LIMITS, REPORT_LIMIT_MESSAGES } from "@/lib/uploads/limits";
import { unpackEntry, zipDirectory, ZipRefusal, type DirectoryEntry, type ZipProblem } from "@/lib/uploads/zip-read";
import type { SourceDocument } from "../types";
import { DocumentBuilder, oneLine, plainSpaces, SourceRefusal } from "./document";

export const NOT_DOCX = "不是有效的 Word 文档（.docx）：文件不完整或已损坏";
const MESSAGES: Record<ZipProblem, string> = {
  broken: NOT_DOCX,
  entries: REPORT_LIMIT_MESSAGES.zipEntries,
  unpackedBytes: REPORT_LIMIT_MESSAGES.unpackedBytes,
  unpackRatio: REPORT_LIMIT_MESSAGES.unpackRatio,
  sizeMismatch: "不是有效的 Word 文档（.docx）：部件解压后的大小与文件中记载的不符",
};
export const DOCX_MESSAGES = {
  xlsx: "这是 Excel 工作簿（.xlsx），不是 Word 文档：请提供报告的 Word 文档（.docx）、网页或文本",
  pptx: "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档：请提供报告的 Word 文档（.docx）、网页或文本",
  odt: "这是 OpenDocument 文档（.odt）：请在 Word 或 WPS 中另存为 .docx 后再导入",
  otherZip: "这是一个压缩包，其中没有 Word 文档的正文（word/document.xml）：请提供报告的 Word 文档（.docx）",
  notXml: "Word 文档的正文（word/document.xml）不是完整的 XML，文件可能已损坏：请在 Word 中打开并重新保存",
} as const;

const DOCUMENT = "word/document.xml";

interface TableFrame {
  rows: string[][];
  row: string[] | null;
  cell: { parts: string[]; columns: number; continues: boolean } | null;
}

function intValue(tag: SaxesTagPlain, cap: number): number {
  const n = Number.parseInt(tag.attributes["w:val"] ?? "", 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, cap) : 1;
}

/** The body of word/document.xml as a document. */
export function wordDocument(xml: string): SourceDocument {
  const builder = new DocumentBuilder();
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let paragraph: string[] = [];
  let paragraphDepth = 0;
  let textDepth = 0;
  let runDepth = 0;
  let skipDepth = 0;
  let tableDepth = 0;
  let table: TableFrame | null = null;

  const sink = (): string[] => (table?.cell ? table.cell.parts : paragraph);
  const closeCell = (frame: TableFrame) => {
    const cell = frame.cell;
    if (!cell) return;
    frame.cell = null;
    const row = (frame.row ??= []);
    const above = frame.rows[frame.rows.length - 1];
    const text = cell.continues ? (above?.[row.length] ?? "") : oneLine(cell.parts.join(""));
    const columns = Math.min(cell.columns, REPORT_LIMITS.columns - row.length);
    if (columns <= 0) return;
    builder.countCells(columns);
    for (let i = 0; i < columns; i++) row.push(text);
  };
  const closeRow = (frame: TableFrame) => {
    closeCell(frame);
    if (frame.row) frame.rows.push(frame.row);
    frame.row = null;
  };

  parser.on("opentag", (tag) => {
    const name = tag.name;
    if (skipDepth || name === "mc:Fallback" || name === "w:moveFrom") {
      // the same content again for older readers (a text box as VML), or text a tracked move took away
      skipDepth++;
      return;
    }
    switch (name) {
      case "w:p":
        if (paragraphDepth++ > 0) sink().push(" "); // a paragraph in a text box inside this one
        return;
      case "w:r":
        runDepth++;
        return;
      case "w:t":
        textDepth++;
        return;
      case "w:tab":
        if (runDepth) sink().push("\t");
        return;
      case "w:br":
      case "w:cr":
        if (runDepth) sink().push("\n");
        return;
      case "w:noBreakHyphen":
        if (runDepth) sink().push("-");
        return;
      case "w:tbl":
        if (tableDepth++ === 0) table = { rows: [], row: null, cell: null };
        else sink().push(" ");
        return;
    }
    if (!table || tableDepth !== 1) return;
    switch (name) {
      case "w:tr":
        closeRow(table);
        table.row = [];
        return;
      case "w:gridBefore": {
        const row = (table.row ??= []);
        const columns = Math.min(intValue(tag, REPORT_LIMITS.columnSpan), REPORT_LIMITS.columns - row.length);
        builder.countCells(Math.max(0, columns));
        for (let i = 0; i < columns; i++) row.push("");
        return;
      }
      case "w:tc":
        closeCell(table);
        table.cell = { parts: [], columns: 1, continues: false };
        return;
      case "w:gridSpan":
        if (table.cell) table.cell.columns = intValue(tag, REPORT_LIMITS.columnSpan);
        return;
      case "w:vMerge":
        if (table.cell) table.cell.continues = (tag.attributes["w:val"] ?? "continue") === "continue";
        return;
    }
  });

  parser.on("text", (text) => {
    if (textDepth && !skipDepth) sink().push(text);
  });

  parser.on("closetag", (tag) => {
    const name = tag.name;
    if (skipDepth) {
      skipDepth--;
      return;
    }
    switch (name) {
      case "w:p":
        paragraphDepth = Math.max(0, paragraphDepth - 1);
        if (paragraphDepth > 0) {
          sink().push(" ");
          return;
        }
        if (table) table.cell?.parts.push(" ");
        else {
          builder.paragraph(plainSpaces(paragraph.join("")).trim());
          paragraph = [];
        }
        return;
      case "w:r":
        runDepth = Math.max(0, runDepth - 1);
        return;
      case "w:t":
        textDepth = Math.max(0, textDepth - 1);
        return;
      case "w:tbl":
        tableDepth = Math.max(0, tableDepth - 1);
        if (tableDepth === 0 && table) {
          closeRow(table);
          builder.table(table.rows, undefined, true);
          table = null;
        } else sink().push(" ");
        return;
    }
    if (!table) return;
    if (tableDepth === 1 && name === "w:tr") closeRow(table);
    else if (tableDepth === 1 && name === "w:tc") closeCell(table);
    else if (name === "w:tc" || name === "w:tr") table.cell?.parts.push(" ");
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof SourceRefusal) throw error;
    throw new SourceRefusal(DOCX_MESSAGES.notXml);
  }
  return builder.finish("docx");
}

function refusalOf(error: unknown): never {
  if (error instanceof ZipRefusal) throw new SourceRefusal(MESSAGES[error.problem]);
  throw error;
}

/** Why an archive without a Word document's body is not one. */
function notWord(entries: readonly DirectoryEntry[]): string {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has("xl/workbook.xml")) return DOCX_MESSAGES.xlsx;
  if (names.has("ppt/presentation.xml")) return DOCX_MESSAGES.pptx;
  if (names.has("content.xml") && names.has("mimetype")) return DOCX_MESSAGES.odt;
  return DOCX_MESSAGES.otherZip;
}

/** A .docx file's bytes as a document. */
export function readDocx(input: Uint8Array): SourceDocument {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let entries: DirectoryEntry[];
  try {
    entries = zipDirectory(bytes, (name) => name === DOCUMENT);
  } catch (error) {
    refusalOf(error);
  }
  const main = entries.find((entry) => entry.name === DOCUMENT);
  if (!main) throw new SourceRefusal(notWord(entries));
  if (main.size > REPORT_LIMITS.documentXmlBytes) throw new SourceRefusal(REPORT_LIMIT_MESSAGES.documentXmlBytes);
  let data: Buffer;
  try {
    data = unpackEntry(bytes, main).data;
  } catch (error) {
    refusalOf(error);
  }
  if (!isUtf8(data)) throw new SourceRefusal(DOCX_MESSAGES.notXml);
  return wordDocument(new TextDecoder("utf-8").decode(data));
}
