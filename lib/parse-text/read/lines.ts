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

const SPACE = /[\s\u3000]/;
const DIGIT = /[0-9０-９]/;
const NUMBER_CHAR = /[0-9０-９,，.．]/;
const DASH = /[/／—–-]/;

/** The value printed just before `end`: digits (with separators, decimals, 元 or 万元 after them) or one dash. */
function valueBefore(text: string, end: number): number | null {
  const unit = text.slice(Math.max(0, end - 2), end) === "万元" ? 2 : text[end - 1] === "元" ? 1 : 0;
  let start = end - unit;
  while (start > 0 && NUMBER_CHAR.test(text[start - 1])) start--;
  while (start < end - unit && !DIGIT.test(text[start])) start++;
  if (start < end - unit) return start;
  return unit === 0 && end > 0 && DASH.test(text[end - 1]) ? end - 1 : null;
}

/**
 * A paragraph as a label and the numbers after it, read from its end (in time proportional to its
 * length, whatever it holds); a sentence stays one cell. "2021年" and "第3" are text, not a row.
 */
export function paragraphCells(text: string): string[] {
  const values: string[] = [];
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  let labelEnd = end;
  for (;;) {
    const start = valueBefore(text, end);
    if (start === null) break;
    values.push(text.slice(start, end));
    labelEnd = start;
    let before = start;
    while (before > 0 && SPACE.test(text[before - 1])) before--;
    // a value glued to the label ends the numbers: "（一）予以公开270020130"
    if (before === start) break;
    end = before;
  }
  if (values.length === 0) return [text];
  values.reverse();
  const label = text.slice(0, labelEnd).trim();
  if (label !== "" && !/[\p{Script=Han}）)”"\]】]$/u.test(compact(label))) return [text];
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
