// A published report's file → what it says: the file's reader (by its kind) and the content's reader.
import { readReport, type ReadHint } from "./read";
import { readSource } from "./source";
import type { ParseResult } from "./types";

export type { ReadHint } from "./read";

export function parseReport(bytes: Uint8Array, fileName: string, hint: ReadHint = {}): ParseResult {
  const source = readSource(bytes, fileName);
  if (!source.ok) return source;
  return readReport(source.source, hint);
}
