import type { SectionDef } from "../formats/types";

/** What the untitled opening (the 引言 before 一、) is called where a name is needed. */
export const UNTITLED_SECTION_NAME = "报告开头（无标题的引言）";

/** A section's heading, or the name of the untitled opening. */
export function sectionName(section: Pick<SectionDef, "heading">): string {
  return section.heading || UNTITLED_SECTION_NAME;
}
