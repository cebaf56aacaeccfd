// A report as a web page: most government pages are Word's "save as web page", often in GBK
// with <meta charset=gb2312>, unclosed and misnested tags, entities, <o:p> and <span> soup and
// tables inside tables. The page is read with a forgiving streaming parser: block elements make
// paragraphs, each outermost table a table whose spans are repeated into the slots they cover,
// a table inside a cell becomes part of that cell's text; scripts, styles and the head are skipped.
import { isUtf8 } from "node:buffer";
import { Parser } from "htmlparser2";
import { REPORT_LIMITS, REPORT_LIMIT_MESSAGES } from "@/lib/uploads/limits";
import { decodeText } from "@/lib/uploads/text";
import type { SourceDocument } from "../types";
import { DocumentBuilder, flowText, SourceRefusal, spreadSpans, undecodable, withoutControls, type SpanCell } from "./document";

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
  "nav", "ol", "p", "pre", "section", "td", "th", "tr", "ul",
]);
const SKIPPED = new Set(["head", "title", "script", "style", "noscript", "template", "xml", "svg", "object", "iframe", "select", "textarea"]);

/** The charset a page declares in its first few KB (<meta charset=…> or http-equiv content="…; charset=…"). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** The declared charset's decoder, when the platform knows the label and it is not a Unicode one (the bytes decide those). */
function declaredDecoder(bytes: Uint8Array): TextDecoder | null {
  const charset = declaredCharset(bytes);
  if (!charset) return null;
  try {
    const decoder = new TextDecoder(charset, { fatal: true });
    return /^utf-/.test(decoder.encoding) ? null : decoder;
  } catch {
    return null; // a label nobody knows
  }
}

/**
 * The page's text: UTF-8 if its bytes are; else the charset it declares, except that a page
 * declaring a Western single-byte charset is read as GB18030 when its bytes are (a Chinese page
 * mislabelled by its editor); else GB18030. Refused when none fits.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return new TextDecoder("utf-8").decode(body);
  const declared = declaredDecoder(bytes);
  const decoded = decodeText(bytes);
  if (declared && !(decoded.ok && /^(windows-125\d|iso-8859-\d+)$/.test(declared.encoding))) {
    try {
      return declared.decode(bytes);
    } catch {
      // bytes that are not in the declared charset: read as GB18030 if they are that
    }
  }
  if (!decoded.ok) throw undecodable(decoded.error);
  return decoded.text;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

interface TableFrame {
  rows: SpanCell[][];
  row: SpanCell[] | null;
  cell: { parts: string[]; columns: number; rows: number } | null;
  /** text inside the table but in no cell (a caption), shown before it */
  loose: string[];
}

/** The parser, counting the work of its closing tags (each a look through the elements open). */
class BoundedParser extends Parser {
  private work = 0;

  constructor(
    handler: ConstructorParameters<typeof Parser>[0],
    options: ConstructorParameters<typeof Parser>[1],
    private readonly open: () => number,
  ) {
    super(handler, options);
  }

  override onclosetag(start: number, endIndex: number): void {
    this.work += 1 + this.open();
    if (this.work > REPORT_LIMITS.htmlCloseWork) throw new SourceRefusal(REPORT_LIMIT_MESSAGES.htmlCloseWork);
    super.onclosetag(start, endIndex);
  }
}

export function htmlDocument(html: string): SourceDocument {
  const builder = new DocumentBuilder();
  let paragraph: string[] = [];
  const skipped: string[] = [];
  let table: TableFrame | null = null;
  /** tables open, the outermost included */
  let tableDepth = 0;
  /** elements open, as the parser counts them (a void element opens and closes at once) */
  let depth = 0;

  const flushParagraph = () => {
    if (paragraph.length) builder.paragraph(flowText(paragraph.join("")));
    paragraph = [];
  };
  const closeCell = (frame: TableFrame) => {
    if (!frame.cell) return;
    (frame.row ??= []).push({ text: flowText(frame.cell.parts.join("")), columns: frame.cell.columns, rows: frame.cell.rows });
    frame.cell = null;
  };
  const closeRow = (frame: TableFrame) => {
    closeCell(frame);
    if (frame.row) frame.rows.push(frame.row);
    frame.row = null;
  };

  const parser = new BoundedParser(
    {
      onopentag(name, attributes) {
        if (++depth > REPORT_LIMITS.htmlDepth) throw new SourceRefusal(REPORT_LIMIT_MESSAGES.htmlDepth);
        if (name === "body") skipped.length = 0; // a head never closed ends where the body starts
        if (SKIPPED.has(name)) {
          skipped.push(name);
          return;
        }
        if (skipped.length) return;
        if (name === "table") {
          if (tableDepth === 0) {
            flushParagraph();
            table = { rows: [], row: null, cell: null, loose: [] };
          } else table?.cell?.parts.push(" ");
          tableDepth++;
          return;
        }
        if (table && tableDepth === 1) {
          if (name === "tr") {
            closeRow(table);
            table.row = [];
            return;
          }
          if (name === "td" || name === "th") {
            closeCell(table);
            table.cell = { parts: [], columns: span(attributes.colspan), rows: span(attributes.rowspan) };
            return;
          }
        }
        if (BLOCKS.has(name)) {
          if (table) table.cell?.parts.push(" ");
          else flushParagraph();
        }
      },
      ontext(text) {
        if (skipped.length) return;
        if (!table) paragraph.push(text);
        else if (table.cell) table.cell.parts.push(text);
        else table.loose.push(text);
      },
      onclosetag(name) {
        depth--;
        if (skipped.length) {
          if (skipped[skipped.length - 1] === name) skipped.pop();
          return;
        }
        if (name === "table" && tableDepth > 0) {
          tableDepth--;
          if (tableDepth === 0 && table) {
            const done: TableFrame = table;
            closeRow(done);
            table = null;
            builder.paragraph(flowText(done.loose.join("")));
            builder.table(spreadSpans(done.rows));
          } else table?.cell?.parts.push(" ");
          return;
        }
        if (table && tableDepth === 1) {
          if (name === "tr") return closeRow(table);
          if (name === "td" || name === "th") return closeCell(table);
        }
        if (BLOCKS.has(name)) {
          if (table) table.cell?.parts.push(" ");
          else flushParagraph();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
    () => depth,
  );
  parser.write(html);
  parser.end();
  flushParagraph();
  return builder.finish("html");
}

/** A web page's bytes as a document. */
export function readHtml(bytes: Uint8Array): SourceDocument {
  return htmlDocument(withoutControls(decodeHtml(bytes)));
}
