// What the three readers share: the spaces a report's text is full of, and the document being
// built block by block with the limits of lib/uploads/limits.ts counted as it grows.
import { NOT_UTF8, UTF16 } from "@/lib/uploads/text";
import { REPORT_LIMITS, REPORT_LIMIT_MESSAGES } from "@/lib/uploads/limits";
import type { SourceBlock, SourceDocument } from "../types";

/** Why a file cannot be read, said to the person in one line; thrown inside a reader and returned by `readSource`. */
export class SourceRefusal extends Error {}

// no-break, full-width (U+3000), figure, thin and the other typographic spaces read as one space;
// zero-width characters and the byte order mark are dropped
const WIDE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function plainSpaces(text: string): string {
  return text.replace(WIDE_SPACES, " ").replace(INVISIBLE, "");
}

/** Text as one line: every run of whitespace one space, none at the ends. */
export function oneLine(text: string): string {
  return plainSpaces(text).replace(/\s+/g, " ").trim();
}

const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
const BROKEN_CJK = new RegExp(`([${CJK}])\\n(?=[${CJK}])`, "g");

/**
 * A piece of HTML or XML text as shown: a line break of the source between two Chinese
 * characters is where an editor wrapped the line and reads as nothing; other whitespace runs
 * are one space.
 */
export function flowText(text: string): string {
  // one pass over each whitespace run (a pattern that backtracks would be quadratic on a long one)
  return plainSpaces(text)
    .replace(/\s+/g, (run) => (run.includes("\n") ? "\n" : " "))
    .replace(BROKEN_CJK, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** One table cell as it is written into a grid row: its text and the columns and rows it covers. */
export interface SpanCell {
  text: string;
  columns: number;
  rows: number;
}

/**
 * Rows of cells with spans → rows of slots, each spanned cell's text repeated into every slot it
 * covers. Spans are capped (REPORT_LIMITS) and a row span never reaches past the table's end.
 */
export function spreadSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  let slots = 0;
  for (let r = 0; r < rows.length; r++) {
    let column = 0;
    for (const cell of rows[r]) {
      while (grid[r][column] !== undefined) column++;
      if (column >= REPORT_LIMITS.columns) break;
      const across = Math.max(1, Math.min(cell.columns || 1, REPORT_LIMITS.columnSpan, REPORT_LIMITS.columns - column));
      const down = Math.max(1, Math.min(cell.rows || 1, REPORT_LIMITS.rowSpan, rows.length - r));
      slots += across * down;
      if (slots > REPORT_LIMITS.tableCells) throw new SourceRefusal(REPORT_LIMIT_MESSAGES.tableCells);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) grid[r + dr][column + dc] = cell.text;
      column += across;
    }
  }
  // a slot left open by spans that do not fit together is blank
  return grid.map((row) => Array.from(row, (text) => text ?? ""));
}

/**
 * Text that is not text: NUL bytes, or more control characters than a stray one copied along
 * (tab, line ends, form feed and vertical tab are text). Returns the text without stray controls.
 */
export function withoutControls(text: string): string {
  if (text.includes("\u0000")) throw new SourceRefusal(NOT_TEXT);
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 2 + text.length / 1000) throw new SourceRefusal(NOT_TEXT);
  return controls ? text.replace(/[\u0001-\u0008\u000e-\u001f\u007f]/g, "") : text;
}

export const NOT_TEXT = "文件不是文本、网页或 Word 文档，无法读取：请提供报告的文本（.txt）、网页（.html）或 Word 文档（.docx）";

/**
 * The document as it is read: blocks appended in reading order with the limits counted. Without
 * `text`, the document's text is made of the blocks (tables as tab-separated lines) and each
 * block's offset is where it lands there; with `text` (a text file), each block says where it is.
 */
export class DocumentBuilder {
  private readonly blocks: SourceBlock[] = [];
  private readonly pieces: string[] = [];
  private length = 0;
  private cells = 0;

  constructor(private readonly fixedText?: string) {}

  private place(text: string, at: number | undefined): number {
    if (this.blocks.length >= REPORT_LIMITS.blocks) throw new SourceRefusal(REPORT_LIMIT_MESSAGES.blocks);
    if (this.fixedText !== undefined) return at ?? 0;
    if (this.pieces.length > 0) {
      this.pieces.push("\n");
      this.length += 1;
    }
    const offset = this.length;
    this.pieces.push(text);
    this.length += text.length;
    return offset;
  }

  /** A paragraph; an empty one is left out. */
  paragraph(text: string, at?: number): void {
    if (!text) return;
    const offset = this.place(text, at);
    this.blocks.push({ kind: "paragraph", text, offset });
  }

  /** Counts table slots as a reader makes them, before the table is complete; refuses past the limit. */
  countCells(slots: number): void {
    this.cells += slots;
    if (this.cells > REPORT_LIMITS.tableCells) throw new SourceRefusal(REPORT_LIMIT_MESSAGES.tableCells);
  }

  /** A table of rows of slot texts (spans already spread; their slots counted or counted here); rows with nothing in them are left out. */
  table(rows: string[][], at?: number, counted = false): void {
    if (!counted) this.countCells(rows.reduce((sum, row) => sum + row.length, 0));
    const kept = rows.filter((row) => row.some((cell) => cell !== ""));
    if (kept.length === 0) return;
    const offset = this.place(this.fixedText === undefined ? kept.map((row) => row.join("\t")).join("\n") : "", at);
    this.blocks.push({ kind: "table", rows: kept, offset });
  }

  finish(kind: SourceDocument["kind"]): SourceDocument {
    return { kind, blocks: this.blocks, text: this.fixedText ?? this.pieces.join("") };
  }
}

/** A report's text in UTF-16: the register's message speaks of spreadsheets, a report's of an editor. */
export const REPORT_UTF16 = "文件是 UTF-16（Unicode）编码：请在编辑器中另存为 UTF-8 编码的文本后再导入";

/** Why a report's text or page could not be decoded, told as a report's reader tells it. */
export function undecodable(error: string): SourceRefusal {
  return new SourceRefusal(error === UTF16 ? REPORT_UTF16 : error === NOT_UTF8 ? NOT_TEXT : error);
}
