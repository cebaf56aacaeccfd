// A source document as lines of cells, the way its tables print them: a table's rows, a text
// line's tab-separated cells, or a paragraph that is a row label followed by its numbers
// ("（一）予以公开270020130", "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0").
import type { SourceDocument } from "../types";
import { compact } from "./text";

export interface Line {
  cells: string[];
  /** where the line starts in the document's text */
  offset: number;
  /** the block it comes from */
  block: number;
  /** printed as a table (a table block or tab-separated cells), not as running text */
  tabular: boolean;
}

/** Numbers at the end of a paragraph: digits (with separators, decimals, 元/万元) or "/" "—", spaced apart. */
const VALUE_TOKEN = String.raw`(?:[0-9０-９][0-9０-９,，.．]*(?:万元|元)?|[/／—–-])`;
const TRAILING_VALUES = new RegExp(String.raw`^(.*?)[\s　]*(${VALUE_TOKEN}(?:[\s　]+${VALUE_TOKEN})*)[\s　]*$`, "u");

/** A paragraph as a label and the numbers after it; a sentence (ending in 。 or 字 text) stays one cell. */
export function paragraphCells(text: string): string[] {
  const m = TRAILING_VALUES.exec(text);
  if (!m) return [text];
  const label = m[1];
  // "2021年" and "第3" are text, not a row with a number: a label ends in a letter of a label
  if (label !== "" && !/[\p{Script=Han}）)”"\]】]$/u.test(compact(label))) return [text];
  const values = m[2].trim().split(/[\s　]+/);
  return label === "" ? values : [label, ...values];
}

export function sourceLines(source: SourceDocument): Line[] {
  const lines: Line[] = [];
  source.blocks.forEach((block, index) => {
    if (block.kind === "table") {
      for (const row of block.rows) lines.push({ cells: row, offset: block.offset, block: index, tabular: true });
      return;
    }
    if (block.text.includes("\t")) {
      lines.push({ cells: block.text.split("\t"), offset: block.offset, block: index, tabular: true });
      return;
    }
    lines.push({ cells: paragraphCells(block.text), offset: block.offset, block: index, tabular: false });
  });
  return lines;
}
