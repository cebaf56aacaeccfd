// The readers of a published report's file: plain text, a web page's HTML or a Word file
// (.docx), told apart by their content (the file name's extension only decides between text
// and HTML when the content could be either). What cannot be read is refused with one line
// saying what the file is and what to give instead; nothing a file holds makes a reader throw.
import { fileTooLarge, REPORT_LIMITS } from "@/lib/uploads/limits";
import { looksLikeZip } from "@/lib/uploads/zip-read";
import type { SourceResult } from "../types";
import { NOT_TEXT, REPORT_UTF16, SourceRefusal } from "./document";
import { readDocx } from "./docx";
import { readHtml } from "./html";
import { readText } from "./text";

export { SourceRefusal } from "./document";

export const SOURCE_MESSAGES = {
  empty: "文件是空的",
  noText: "文件中没有可读取的文字：扫描的报告请先用文字识别（OCR）转为文本",
  doc: "这是旧版 Word 文档（.doc）或 Excel 工作簿（.xls）：请在 Word 中另存为 .docx 后再导入",
  pdf: "无法读取 PDF 文件：请在 PDF 阅读器中选中全文复制，粘贴为文本（.txt）后再导入，或提供报告的网页或 Word 文档",
  image: "这是图片，无法读取其中的文字：请先用文字识别（OCR）转为文本后再导入",
  rtf: "这是 RTF 文档：请在 Word 中另存为 .docx 后再导入",
  archive: "这是压缩包（RAR、7z 或 gzip）：请解压后提供其中的报告文件",
  notText: NOT_TEXT,
  markupTooLarge: "一份报告的文本或网页不会这么大，请只提供报告本身",
  unexpected: "无法读取文件：文件内容不符合其格式",
} as const;

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const ascii = (bytes: Uint8Array, text: string, at = 0) => [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** Text in UTF-16 without a byte order mark: every other byte of its first KB zero (ASCII) on one side only. */
function utf16WithoutMark(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 1024) & ~1;
  if (length < 16) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  return (odd > 0.3 * pairs && even < 0.02 * pairs) || (even > 0.3 * pairs && odd < 0.02 * pairs);
}

/** What a file that is neither text, HTML nor a zip is, by its first bytes; null when it may be text. */
function refusedKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return SOURCE_MESSAGES.doc;
  if (ascii(bytes, "%PDF-")) return SOURCE_MESSAGES.pdf;
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    ascii(bytes, "GIF8") ||
    ascii(bytes, "II*\0") ||
    ascii(bytes, "MM\0*") ||
    (ascii(bytes, "RIFF") && ascii(bytes, "WEBP", 8)) ||
    (ascii(bytes, "BM") && bytes.length > 14 && Buffer.from(bytes.buffer, bytes.byteOffset, 6).readUInt32LE(2) === bytes.length)
  ) {
    return SOURCE_MESSAGES.image;
  }
  if (ascii(bytes, "{\\rtf")) return SOURCE_MESSAGES.rtf;
  if (utf16WithoutMark(bytes)) return REPORT_UTF16;
  if (ascii(bytes, "Rar!") || startsWith(bytes, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) || startsWith(bytes, 0x1f, 0x8b)) return SOURCE_MESSAGES.archive;
  return null;
}

const MARKUP = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|table|p|div|span|h[1-6]|br|font|center|style|script|\?xml)[\s>/]/i;
const MARKUP_INSIDE = /<(?:html|body|table|p|div|br)[\s>/]/i;

/** Whether the text is a web page: it starts with markup; or, for a file named .htm/.html, has some. */
export function looksLikeHtml(bytes: Uint8Array, fileName: string): boolean {
  // the first 4 KB as Latin-1 are enough: the tags are ASCII in UTF-8 and GBK alike
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.slice(3);
  if (MARKUP.test(head)) return /<[a-z!]/i.test(head) && !/^\s*<\?xml[^>]*>\s*<(?!html|!doctype)/i.test(head);
  return /\.x?html?$/i.test(fileName) && MARKUP_INSIDE.test(head);
}

/** A published report's file as blocks of paragraphs and tables, or why it cannot be read. */
export function readSource(bytes: Uint8Array, fileName: string): SourceResult {
  const tooLarge = fileTooLarge(bytes.length, REPORT_LIMITS.fileBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (bytes.length === 0) return { ok: false, error: SOURCE_MESSAGES.empty };
  try {
    const source = looksLikeZip(bytes)
      ? readDocx(bytes)
      : (() => {
          const refused = refusedKind(bytes);
          if (refused) throw new SourceRefusal(refused);
          const markupTooLarge = fileTooLarge(bytes.length, REPORT_LIMITS.markupBytes);
          if (markupTooLarge) throw new SourceRefusal(`${markupTooLarge}：${SOURCE_MESSAGES.markupTooLarge}`);
          return looksLikeHtml(bytes, fileName) ? readHtml(bytes) : readText(bytes);
        })();
    if (source.blocks.length === 0) return { ok: false, error: SOURCE_MESSAGES.noText };
    return { ok: true, source };
  } catch (error) {
    if (error instanceof SourceRefusal) return { ok: false, error: error.message };
    // a parser's own failure on input nobody anticipated: still one line, never a crash (the
    // fuzz test holds that no input comes to this)
    return { ok: false, error: SOURCE_MESSAGES.unexpected };
  }
}
