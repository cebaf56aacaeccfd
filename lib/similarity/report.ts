// 内容雷同 over a whole report: each narrative section against the same section of every text
// it is compared with (lib/data/similarity.ts loads them), the matches above the threshold.
import type { FormatDef, SectionDef } from "@/lib/formats/types";
import { findSimilarity, prepareText, type Similarity } from "@/lib/similarity/compare";

export type ComparedSource = { kind: "published"; revision: number } | { kind: "working" } | { kind: "submitted" };

/** Another report's narrative: the unit's own earlier year, or a sibling unit's same year. */
export interface ComparedText {
  relation: "earlier" | "sibling";
  orgName: string;
  year: number;
  source: ComparedSource;
  /** the names its text may call its unit and parent by (removed before comparing) */
  names: string[];
  sections: Record<string, string>;
}

export type ComparedRef = Omit<ComparedText, "sections" | "names">;

export interface SectionMatch extends Similarity {
  other: ComparedRef;
}

export interface SectionSimilarity {
  section: SectionDef;
  /** most similar first */
  matches: SectionMatch[];
}

/**
 * The sections compared: those with a narrative, but not the untitled opening paragraph,
 * whose legal basis, period and contact are the same every year by design (compare.ts).
 */
export function comparedSections(format: FormatDef): SectionDef[] {
  return format.sections.filter((s) => s.narrative && !s.untitled);
}

export function findSimilarSections(
  format: FormatDef,
  mine: { names: readonly string[]; sections: Record<string, string> },
  compared: readonly ComparedText[],
): SectionSimilarity[] {
  const result: SectionSimilarity[] = [];
  for (const section of comparedSections(format)) {
    const text = mine.sections[section.key];
    if (!text) continue;
    const prepared = prepareText(text, mine.names);
    const matches: SectionMatch[] = [];
    for (const other of compared) {
      const theirs = other.sections[section.key];
      if (!theirs) continue;
      const similarity = findSimilarity(prepared, prepareText(theirs, other.names));
      if (similarity) matches.push({ ...similarity, other: refOf(other) });
    }
    if (matches.length > 0) result.push({ section, matches: matches.sort((a, b) => b.percent - a.percent) });
  }
  return result;
}

export function refOf(text: ComparedText): ComparedRef {
  return { relation: text.relation, orgName: text.orgName, year: text.year, source: text.source };
}
