// The notes of a historical published report (往年报告): the report is kept exactly as it was
// published, and what is wrong in it is said beside it instead of being corrected. Each note is
// a finding of the published numbers and text (or of the reading of its source); how a note
// begins follows from the finding's rule, here and nowhere else.
import type { Finding, FormatDef } from "../formats/types";
import { listCells } from "../formats/engine";
import type { Highlight } from "./paragraphs";
import { BLANK_RULE, KIND_RULES, NARRATIVE_MISMATCH_RULE, READING_RULES, SHORT_SECTION_RULE } from "../rules";

/** One note as a revision keeps it (a type, so that it fits a JSON column). */
export type HistoricalNote = {
  rule: string;
  severity: "error" | "warning";
  cells: string[];
  sections?: string[];
  /** what is wrong, without advice: a finding's `fact` (its message when it has none) */
  message: string;
  /** the passage of a section's text the note is about (a TextExcerpt) */
  excerpt?: { section: string; start: number; end: number };
};

/** What a historical published report's revision says of itself: where it was read from, and its notes. */
export interface HistoricalRecord {
  sourceName: string;
  notes: HistoricalNote[];
}

/** A note with its number on the page (注1, 注2, … in the order the revision keeps them). */
export interface NumberedNote {
  number: number;
  note: HistoricalNote;
}

export function numberNotes(notes: readonly HistoricalNote[]): NumberedNote[] {
  return notes.map((note, index) => ({ number: index + 1, note }));
}

/** The notes shown beside a table: those whose first cell is in it. */
export function notesOfTable(format: FormatDef, tableId: string, notes: readonly NumberedNote[]): NumberedNote[] {
  const tableOf = new Map(listCells(format).map((cell) => [cell.key, cell.table]));
  return notes.filter(({ note }) => note.cells.length > 0 && tableOf.get(note.cells[0]) === tableId);
}

/** The numbers of the notes that concern each cell. */
export function noteNumbersByCell(notes: readonly NumberedNote[]): Map<string, number[]> {
  const byCell = new Map<string, number[]>();
  for (const { number, note } of notes) for (const key of note.cells) byCell.set(key, [...(byCell.get(key) ?? []), number]);
  return byCell;
}

/** The passages of a section's text that notes point at (the sentence of an N1), marked as a warning's. */
export function noteHighlights(notes: readonly NumberedNote[], sectionKey: string): Highlight[] {
  return notes.flatMap(({ note }) =>
    note.excerpt && note.excerpt.section === sectionKey ? [{ start: note.excerpt.start, end: note.excerpt.end, severity: "warning" as const }] : [],
  );
}

/**
 * How a note on a finding of `rule` begins, or null for a finding that is no note: a blank cell
 * (blank in the table as printed) and a short section (the text is shown as it is) say nothing
 * the page does not already show.
 */
export function noteLead(format: FormatDef, rule: string): string | null {
  if (rule === BLANK_RULE || rule === SHORT_SECTION_RULE) return null;
  if (format.sums.some((sum) => sum.rule === rule)) return "原报告此处合计有误：";
  if (rule === NARRATIVE_MISMATCH_RULE) return "原报告文字与表格不一致：";
  if ((format.crossYear ?? []).some((link) => link.rule === rule)) return "原报告与上一年度报告不衔接：";
  if (KIND_RULES.includes(rule)) return "原报告此处数字不符合填报要求：";
  if ((READING_RULES as readonly string[]).includes(rule)) return "原报告此处未能准确辨认：";
  return "原报告此处存疑：";
}

/** The whole text of a note, as the public page and the staff view show it. */
export function noteText(format: FormatDef, note: HistoricalNote): string {
  return `${noteLead(format, note.rule) ?? ""}${note.message}`;
}

/** The findings that become notes, in their order. */
export function notesOfFindings(format: FormatDef, findings: readonly Finding[]): HistoricalNote[] {
  return findings.flatMap((finding) => {
    if (noteLead(format, finding.rule) === null) return [];
    const note: HistoricalNote = { rule: finding.rule, severity: finding.severity, cells: [...finding.cells], message: finding.fact ?? finding.message };
    if (finding.sections && finding.sections.length > 0) note.sections = [...finding.sections];
    if (finding.excerpt) note.excerpt = { ...finding.excerpt };
    return [note];
  });
}

/** The most notes one report keeps, and the longest note: a source read badly is not a record. */
export const HISTORICAL_NOTES_MAX = 500;
export const HISTORICAL_NOTE_MAX_CHARS = 1000;

/**
 * Why the `findings` that are `kept` (given with a report's cells and sections, e.g. by the
 * reader of its source) cannot be its notes, in Chinese; undefined when they can. Every cell,
 * section and passage a finding names must be the format's and lie in the text. A finding is
 * named by its place among all `findings`, as the caller holds them.
 */
export function findingsProblem(
  format: FormatDef,
  sections: Readonly<Record<string, string>>,
  findings: readonly Finding[],
  kept: (finding: Finding) => boolean = () => true,
): string | undefined {
  const count = findings.filter(kept).length;
  if (count > HISTORICAL_NOTES_MAX) return `检查结果有 ${count} 条，超过 ${HISTORICAL_NOTES_MAX} 条，请核对来源文件是否读对`;
  const cells = new Set(listCells(format).map((cell) => cell.key));
  const sectionKeys = new Set(format.sections.map((section) => section.key));
  for (const [index, finding] of findings.entries()) {
    if (!kept(finding)) continue;
    const which = `第 ${index + 1} 条检查结果（${finding.rule}）`;
    if (!/^[A-Za-z]{1,8}\d{0,4}$/.test(finding.rule)) return `第 ${index + 1} 条检查结果的规则编号“${finding.rule.slice(0, 20)}”无效`;
    const text = finding.fact ?? finding.message;
    if (text.trim() === "" || text.length > HISTORICAL_NOTE_MAX_CHARS) return `${which}的说明应有 1 至 ${HISTORICAL_NOTE_MAX_CHARS} 个字`;
    const unknownCell = finding.cells.find((key) => !cells.has(key));
    if (unknownCell !== undefined) return `${which}涉及的单元格“${unknownCell.slice(0, 60)}”不在报告格式 ${format.id} 中`;
    const unknownSection = (finding.sections ?? []).find((key) => !sectionKeys.has(key));
    if (unknownSection !== undefined) return `${which}涉及的部分“${unknownSection.slice(0, 60)}”不在报告格式 ${format.id} 中`;
    const excerpt = finding.excerpt;
    if (excerpt) {
      const length = sections[excerpt.section]?.length;
      const fits = length !== undefined && Number.isInteger(excerpt.start) && Number.isInteger(excerpt.end) && excerpt.start >= 0 && excerpt.start < excerpt.end && excerpt.end <= length;
      if (!fits) return `${which}所指的文字不在报告的该部分中`;
    }
  }
  return undefined;
}

/** The notes a revision keeps, read back from its JSON column. */
export function notesFromJson(value: unknown): HistoricalNote[] {
  return Array.isArray(value) ? (value as HistoricalNote[]) : [];
}
