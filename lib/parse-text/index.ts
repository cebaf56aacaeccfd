// A published report's file → what it says: the file's reader (by its kind) and the content's reader.
import { readReport, type ReadHint } from "./read";
import { readTextSource } from "./source/text";
import type { ParseResult } from "./types";

export type { ReadHint } from "./read";

export function parseReport(bytes: Uint8Array, fileName: string, hint: ReadHint = {}): ParseResult {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (extension !== "txt" && extension !== "text" && extension !== "") {
    return { ok: false, error: `不支持的文件类型“.${extension}”：请提供纯文本（.txt）文件` };
  }
  const source = readTextSource(bytes);
  if (!source.ok) return source;
  return readReport(source.source, hint);
}
