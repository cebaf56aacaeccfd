import type { ReferenceResolver } from "../narrative/references";

/**
 * A section's text as its paragraphs: one per line the author wrote, blank lines dropped,
 * each reference to a cell replaced by its value in the same report's cells. Every place that
 * shows a section's text (public page, reviewer's view, DOCX) comes through here, so the text
 * and the table it is printed with cannot disagree.
 */
export function paragraphsOf(text: string | undefined, references: ReferenceResolver): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => references.resolve(line).trim())
    .filter(Boolean);
}
