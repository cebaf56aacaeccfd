// What a published report reads as, between the readers of its file (plain text, a web page's
// HTML, a Word file) and the reader of its content (format, cells, sections, findings).
import type { Cells, Finding, FormatId } from "../formats/types";

/** A table as printed: rows of cell texts, row and column spans repeated into every slot they cover. */
export interface SourceTable {
  kind: "table";
  rows: string[][];
  /** where the table starts in `SourceDocument.text`, for showing the source beside the result */
  offset: number;
}

/** One paragraph (a heading is a paragraph) or one line of a text file. */
export interface SourceParagraph {
  kind: "paragraph";
  text: string;
  offset: number;
}

export type SourceBlock = SourceParagraph | SourceTable;

/** A file as read: its blocks in reading order and the plain text a person is shown. */
export interface SourceDocument {
  kind: "text" | "html" | "docx";
  blocks: SourceBlock[];
  /** the whole document as plain text (tables as tab-separated lines) */
  text: string;
}

export type SourceResult = { ok: true; source: SourceDocument } | { ok: false; error: string };

/** A cell the reader could not read for certain: left blank (null) in `cells`. */
export interface UncertainCell {
  key: string;
  /** what the source printed there, e.g. "270020130" or "约30" */
  printed: string;
  /** why it is blank, in Chinese, for the upload page and the finding */
  reason: string;
}

/** The result of reading a published report. */
export interface ParsedReport {
  format: FormatId;
  year: number;
  organization: string;
  cells: Cells;
  /** narrative text by the format's section keys */
  sections: Record<string, string>;
  /** rules findings on the report as read, plus P-findings of the reading itself */
  findings: Finding[];
  uncertain: UncertainCell[];
  source: SourceDocument;
}

export type ParseResult = { ok: true; report: ParsedReport } | { ok: false; error: string };
