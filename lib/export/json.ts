// The interchange JSON of interchange.md: the open-data download, `cli validate`/`import`
// output and the fixtures all use this one writer.
import { getFormat } from "../formats";
import { normalizeCells } from "../formats/engine";
import type { InterchangeDocument } from "../formats/types";
import { referenceResolver } from "../narrative/references";

/** `format, year, organization, cells` with every cell of the format in definition order (blank = null), 2-space indent, trailing newline. */
export function serializeInterchange(doc: InterchangeDocument): string {
  return serialize(doc);
}

/**
 * stored: the text as the editor keeps it, references to cells as `{{key}}`, so that `import`
 * restores them (a round trip keeps the binding); resolved: each reference as its cell's value,
 * the text as the public reads it.
 */
export type SectionsMode = "stored" | "resolved";

/**
 * The interchange document with the narrative next to it, as `import` reads it: `sections`
 * maps each section key of the format (in the format's order) to its text.
 */
export function serializeWithSections(doc: InterchangeDocument, sections: Readonly<Record<string, string>>, mode: SectionsMode): string {
  const format = getFormat(doc.format);
  const references = referenceResolver(format, doc.cells);
  const ordered: Record<string, string> = {};
  for (const section of format.sections) {
    const text = sections[section.key];
    if (text !== undefined) ordered[section.key] = mode === "resolved" ? references.resolve(text) : text;
  }
  return serialize(doc, ordered);
}

/** The document's fields in interchange.md's order, every cell of the format in definition order (blank = null). */
export function interchangeFields(doc: InterchangeDocument): InterchangeDocument {
  return { format: doc.format, year: doc.year, organization: doc.organization, cells: normalizeCells(getFormat(doc.format), doc.cells) };
}

function serialize(doc: InterchangeDocument, sections?: Record<string, string>): string {
  return `${JSON.stringify({ ...interchangeFields(doc), ...(sections ? { sections } : {}) }, null, 2)}\n`;
}
