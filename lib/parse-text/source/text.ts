// A report as plain text: OCR output, text copied from a web page or an archive's text
// extraction. Each line is a paragraph, except that a line with a tab in it is a row of a table
// (its cells split on the tabs); rows in a row form one table, blank lines between them included,
// as a table broken across pages comes out of OCR.
import { decodeText } from "@/lib/uploads/text";
import type { SourceDocument } from "../types";
import { DocumentBuilder, plainSpaces, undecodable, withoutControls } from "./document";

/** The text as shown: line ends as "\n" (a form feed, a page break, is one too), the wide spaces as spaces. */
export function normaliseText(raw: string): string {
  return plainSpaces(withoutControls(raw)).replace(/\r\n?|[\f\v\u0085\u2028\u2029]/g, "\n");
}

export function textDocument(raw: string): SourceDocument {
  const text = normaliseText(raw);
  const builder = new DocumentBuilder(text);
  let rows: string[][] = [];
  let tableAt = 0;
  const endTable = () => {
    if (rows.length) builder.table(rows, tableAt);
    rows = [];
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.includes("\t")) {
      if (!rows.length) tableAt = start;
      rows.push(line.split("\t").map((cell) => cell.trim()));
    } else if (line.trim()) {
      endTable();
      builder.paragraph(line.trim(), start + (line.length - line.trimStart().length));
    }
    start = end + 1;
  }
  endTable();
  return builder.finish("text");
}

/** A text file's bytes (UTF-8 or GB18030) as a document. */
export function readText(bytes: Uint8Array): SourceDocument {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw undecodable(decoded.error);
  return textDocument(decoded.text);
}
