// The narrative cut at the format's own section headings. Headings are found leniently: by their
// numbering ("一、", "二、" …) on a short line, whatever wording follows (四 is printed in several
// ways, formats.md §5.4). Text extracted from a PDF breaks lines inside sentences: such lines are
// joined back into paragraphs, which start only at a numbered item.
import type { FormatDef } from "@/lib/formats/types";
import type { SourceDocument } from "../types";
import { paragraphCells } from "./lines";
import { compact } from "./text";

const CJK = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef";
/** Only a numbered item ("(十)", "（一）", often behind a list dash) starts a new paragraph. */
const PARAGRAPH_START = /^(?:-\s|[（(][一二三四五六七八九十]+[）)])/;
/** A line that ends a sentence or a heading in its own right. */
const LINE_END = /[。！？；：:;!?…”」』）)\]】]$/;
/** A heading is short: its numbering and a few words. */
const HEADING_MAX = 40;

function numbering(heading: string): string {
  return heading.slice(0, heading.indexOf("、") + 1);
}

/** Does the text break lines inside sentences (a PDF's text layer)? */
export function isWrapped(lines: readonly string[]): boolean {
  const long = lines.map((l) => l.trim()).filter((l) => l.length >= 20);
  if (long.length === 0) return false;
  const open = long.filter((l) => !LINE_END.test(l)).length;
  return open / long.length >= 0.2;
}

/** Lines joined into paragraphs where the layout broke them; spaces between Chinese characters dropped. */
function wrappedParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const raw of lines) {
    const fragment = raw.trim();
    if (!fragment) continue;
    const last = paragraphs.length - 1;
    if (last >= 0 && !PARAGRAPH_START.test(fragment)) paragraphs[last] += fragment;
    else paragraphs.push(fragment);
  }
  return paragraphs.map((paragraph) =>
    paragraph
      .replace(/^-\s+/, "")
      .replace(new RegExp(`\\s+(?=[${CJK}])`, "g"), "")
      .replace(new RegExp(`(?<=[${CJK}])\\s+`, "g"), ""),
  );
}

function plainParagraphs(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter(Boolean);
}

/** The date under a report ("2022年2月8日", "二〇二二年二月八日", or the template's blank "年  月  日"). */
const DATE_LINE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})?年(?:\d{1,2}|[一二三四五六七八九十]{1,3})?月(?:\d{1,2}|[一二三四五六七八九十]{1,3})?日$/;
/** A line of the 落款: a unit's name, short, no sentence in it. */
const SIGNATURE_LINE = /^[^。，；：,;:]{2,30}$/;
const UNIT_NAME_END = /(?:人民政府|办公室|办公厅|办事处|委员会|管委会|局|厅|委|镇|乡|街道|区|县|市|院|中心|公司)$/;

/** The 落款 (the unit's name and the date) closing the last section is no part of its text. */
function withoutSignature(paragraphs: string[], organization: string): string[] {
  const last = paragraphs.length - 1;
  if (last < 0 || !DATE_LINE.test(compact(paragraphs[last]))) return paragraphs;
  let end = last;
  const isSignature = (text: string) =>
    SIGNATURE_LINE.test(text) && ((organization !== "" && text.includes(organization)) || UNIT_NAME_END.test(text));
  while (end > 0 && last - end < 2 && isSignature(compact(paragraphs[end - 1]))) end--;
  return paragraphs.slice(0, end);
}

export interface SectionsInput {
  format: FormatDef;
  source: SourceDocument;
  /** blocks that are not narrative: the title, the tables and their rows */
  skip: ReadonlySet<number>;
  /** the unit's name from the title, to know its 落款 at the end */
  organization?: string;
}

/** The heading's words without its numbering: "一、总体情况" → "总体情况". */
function words(heading: string): string {
  return compact(heading.slice(heading.indexOf("、") + 1));
}

/** How many of the heading's characters the text has: wording varies, the subject stays. */
function overlap(text: string, heading: string): number {
  const chars = [...words(heading)];
  return chars.filter((c) => text.includes(c)).length / Math.max(1, chars.length);
}

/** Headings numbered as the format's body text numbers them ("（一）总体情况。") need most of the heading's words. */
const BRACKETED_OVERLAP = 0.6;

/** Which block starts each headed section of the format, in the format's order. */
export function findHeadings(format: FormatDef, source: SourceDocument, skip: ReadonlySet<number> = new Set()): Map<string, number> {
  const starts = new Map<string, number>();
  const candidates: { index: number; text: string }[] = [];
  for (let i = 0; i < source.blocks.length; i++) {
    const block = source.blocks[i];
    if (block.kind !== "paragraph" || skip.has(i)) continue;
    // a heading is short whatever spaces it has; longer text is not looked at
    if (block.text.length > HEADING_MAX * 4) continue;
    const text = compact(block.text).replace(/^-/, "");
    if (text.startsWith("附件")) break;
    // a heading is short, one sentence at most, and no table row ("四、结转下年度继续办理0000000")
    const tableRow = block.text.includes("\t") || paragraphCells(block.text).length > 1;
    if (text.length <= HEADING_MAX && !text.slice(0, -1).includes("。") && !tableRow) candidates.push({ index: i, text });
  }
  let from = 0;
  for (const section of format.sections) {
    if (section.untitled || !section.heading) continue;
    const number = numbering(section.heading);
    if (!number) continue;
    const bracketed = `(${number.slice(0, -1)})`;
    const later = candidates.filter((c) => c.index >= from);
    const found =
      later.find((c) => c.text.startsWith(number)) ??
      later.find((c) => c.text.startsWith(bracketed) && overlap(c.text.slice(bracketed.length), section.heading) >= BRACKETED_OVERLAP);
    if (!found) continue;
    starts.set(section.key, found.index);
    from = found.index + 1;
  }
  return starts;
}

/** The narrative by section key: the opening before the first heading, then each heading's text up to the next (or an 附件). */
export function readSections({ format, source, skip, organization = "" }: SectionsInput): Record<string, string> {
  const starts = findHeadings(format, source, skip);
  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1]);
  const untitled = format.sections.find((s) => s.untitled);
  const chunks: { key: string; from: number; to: number }[] = [];
  const first = ordered[0]?.[1] ?? source.blocks.length;
  if (untitled) chunks.push({ key: untitled.key, from: 0, to: first });
  ordered.forEach(([key, at], i) => chunks.push({ key, from: at + 1, to: ordered[i + 1]?.[1] ?? source.blocks.length }));

  const paragraphLines = source.blocks.flatMap((b, i) => (b.kind === "paragraph" && !skip.has(i) ? [b.text] : []));
  const wrapped = isWrapped(paragraphLines);
  const sections: Record<string, string> = {};
  let ended = false;
  for (const chunk of chunks) {
    const lines: string[] = [];
    for (let i = chunk.from; i < chunk.to && !ended; i++) {
      const block = source.blocks[i];
      if (block.kind !== "paragraph" || skip.has(i)) continue;
      if (compact(block.text.slice(0, 20)).replace(/^-/, "").startsWith("附件")) {
        ended = true;
        break;
      }
      lines.push(block.text);
    }
    const paragraphs = withoutSignature(wrapped ? wrappedParagraphs(lines) : plainParagraphs(lines), organization);
    if (paragraphs.length > 0) sections[chunk.key] = paragraphs.join("\n");
  }
  return sections;
}
