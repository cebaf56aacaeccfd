// References to table cells inside a section's text. A reference is plain text, so that it
// survives the database, JSON and copy/paste unchanged: two ASCII braces around a cell's
// interchange key, e.g. "共收到{{t3.new.total}}件申请". Ordinary Chinese text never has
// "{{" followed by a key and "}}"; a backslash before "{{" keeps the braces as written.
//
// Shown to anyone (editor preview, public page, reviewer's view, DOCX), a reference is its
// cell's value in the same cells (totals the format computes included), never the token.
import { cellDef, computeTotals } from "../formats/engine";
import type { Cells, FormatDef } from "../formats/types";

/** A key as interchange.md writes them: `table.row.column`, lower-case ASCII. */
const KEY = String.raw`[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2}`;
/** `\{{` (an escape) or `{{key}}` (a reference); other braces are text. */
const TOKEN = new RegExp(String.raw`\\\{\{|\{\{\s*(${KEY})\s*\}\}`, "g");

export function referenceToken(key: string): string {
  return `{{${key}}}`;
}

export type TextPart =
  | { type: "text"; text: string; start: number; end: number }
  | { type: "ref"; key: string; start: number; end: number };

/** The text as runs of plain text and references, with their offsets in the text as written. */
export function parseReferences(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = "";
  let plainStart = 0;
  let last = 0;
  const flush = (end: number) => {
    if (plain) parts.push({ type: "text", text: plain, start: plainStart, end });
    plain = "";
  };
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    if (!plain) plainStart = last;
    plain += text.slice(last, at);
    if (match[1] === undefined) {
      // "\{{": the braces as written, without the backslash
      plain += "{{";
    } else {
      flush(at);
      parts.push({ type: "ref", key: match[1], start: at, end: at + match[0].length });
    }
    last = at + match[0].length;
  }
  if (!plain) plainStart = last;
  plain += text.slice(last);
  flush(text.length);
  return parts;
}

/** The keys the text refers to, in order of first appearance. */
export function referencedKeys(text: string): string[] {
  return [...new Set(parseReferences(text).flatMap((p) => (p.type === "ref" ? [p.key] : [])))];
}

/** Resolves references against one report's cells; totals the format computes are filled in. */
export interface ReferenceResolver {
  /** the value text of a reference, or null when the format has no such cell */
  value(key: string): string | null;
  /** the text with every reference replaced by its value */
  resolve(text: string): string;
}

/** What a reference to a blank cell shows: never a 0 that nobody stated. */
export const BLANK_REFERENCE = "（未填）";
/** What a reference to a key the format does not have shows (an error finding names it). */
export const unknownReference = (key: string) => `〔无效引用：${key}〕`;

export function referenceResolver(format: FormatDef, cells: Partial<Cells>): ReferenceResolver {
  let completed: Cells | undefined;
  const value = (key: string): string | null => {
    if (!cellDef(format, key)) return null;
    completed ??= computeTotals(format, cells);
    const v = completed[key];
    return v === null || v === undefined ? BLANK_REFERENCE : String(v);
  };
  return {
    value,
    resolve: (text) =>
      parseReferences(text)
        .map((p) => (p.type === "text" ? p.text : value(p.key) ?? unknownReference(p.key)))
        .join(""),
  };
}

/**
 * The text with each reference masked by characters that are neither digits nor units, of the
 * same length, so that offsets into it are offsets into the text as written.
 */
export function maskReferences(text: string): string {
  let masked = "";
  let last = 0;
  for (const part of parseReferences(text)) {
    if (part.type !== "ref") continue;
    masked += text.slice(last, part.start) + "\u2007".repeat(part.end - part.start);
    last = part.end;
  }
  return masked + text.slice(last);
}
