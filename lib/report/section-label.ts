import type { SectionDef } from "@/lib/formats/types";

/** How staff and reviewers name the opening paragraph, which the official text prints without a heading. */
export const UNTITLED_SECTION_LABEL = "报告开头（无标题的引言）";

/** A section by its official heading, or the name of the untitled opening paragraph. */
export function sectionLabel(section: Pick<SectionDef, "heading" | "untitled">): string {
  return !section.untitled && section.heading ? section.heading : UNTITLED_SECTION_LABEL;
}
