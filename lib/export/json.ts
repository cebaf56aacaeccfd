// The interchange JSON of interchange.md: the open-data download, `cli validate`/`import`
// output and the fixtures all use this one writer.
import { getFormat } from "../formats";
import { normalizeCells } from "../formats/engine";
import type { InterchangeDocument } from "../formats/types";

/** `format, year, organization, cells` with every cell of the format in definition order (blank = null), 2-space indent, trailing newline. */
export function serializeInterchange(doc: InterchangeDocument): string {
  const cells = normalizeCells(getFormat(doc.format), doc.cells);
  const ordered = { format: doc.format, year: doc.year, organization: doc.organization, cells };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
