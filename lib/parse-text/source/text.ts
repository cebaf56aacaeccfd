// A plain text file (OCR of a PDF, text copied from a web page, an archive's text extraction) as a
// SourceDocument: one paragraph per non-empty line, tabs kept (the reader takes a line with tabs as
// a table row). UTF-8 or GB18030, as every text file the application reads.
import { decodeText } from "@/lib/uploads/text";
import type { SourceDocument, SourceParagraph, SourceResult } from "../types";

export function textDocument(text: string): SourceDocument {
  const blocks: SourceParagraph[] = [];
  const normalized = text.replace(/\r\n?/g, "\n");
  let offset = 0;
  for (const line of normalized.split("\n")) {
    if (line.trim() !== "") blocks.push({ kind: "paragraph", text: line, offset });
    offset += line.length + 1;
  }
  return { kind: "text", blocks, text: normalized };
}

export function readTextSource(bytes: Uint8Array): SourceResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  if (decoded.text.includes("\u0000")) return { ok: false, error: "文件不是文本文件（含有二进制内容）" };
  return { ok: true, source: textDocument(decoded.text) };
}
