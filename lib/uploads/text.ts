// Text files people give the application (register CSV, interchange JSON, holiday-cn JSON):
// UTF-8, with or without its BOM, or GB18030, the superset of GBK that Excel on Chinese Windows
// writes when a sheet is saved as "CSV (逗号分隔)". Bytes that are neither are refused, never
// read with replacement characters in place of what could not be decoded.
import { isUtf8 } from "node:buffer";

export type TextEncodingName = "utf-8" | "gb18030";

export type TextEncodingResult = { ok: true; encoding: TextEncodingName; start: number } | { ok: false; error: string };

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

export const NOT_UTF8 = "文件不是 UTF-8 编码，也不是 GBK（GB18030）编码：请在表格软件或编辑器中另存为“UTF-8”";
export const UTF16 = "文件是 UTF-16（Unicode）编码：请在表格软件或编辑器中另存为“UTF-8”";

/** What a person is told when a file was read as GB18030. */
export const READ_AS_GB18030 = "文件不是 UTF-8 编码，已按 GBK（GB18030）编码读取";

const CHUNK = 64 * 1024;

function decodesAs(encoding: TextEncodingName, bytes: Uint8Array): boolean {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** Which encoding the bytes are in, and where the text starts (after a UTF-8 BOM). */
export function textEncoding(bytes: Uint8Array): TextEncodingResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return isUtf8(bytes.subarray(3)) ? { ok: true, encoding: "utf-8", start: 3 } : { ok: false, error: NOT_UTF8 };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, error: UTF16 };
  if (isUtf8(bytes)) return { ok: true, encoding: "utf-8", start: 0 };
  if (decodesAs("gb18030", bytes)) return { ok: true, encoding: "gb18030", start: 0 };
  return { ok: false, error: NOT_UTF8 };
}

/** The text in pieces of about 64 KB, for a reader that may stop early; the encoding is checked first. */
export function* textChunks(bytes: Uint8Array, found: { encoding: TextEncodingName; start: number }): Generator<string> {
  const decoder = new TextDecoder(found.encoding);
  for (let at = found.start; at < bytes.length; at += CHUNK) yield decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The whole text, for a file that is read at once (JSON). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const found = textEncoding(bytes);
  if (!found.ok) return found;
  return { ok: true, text: new TextDecoder(found.encoding).decode(bytes.subarray(found.start)), encoding: found.encoding };
}
