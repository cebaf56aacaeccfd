// How much the application reads from a file a person gives it, uploaded through the site or
// named on the command line: the file's own size, and what its content may unpack to. Every
// check and every message about these limits reads them here.
//
// A county's register is the largest legitimate file: a unit rarely receives more than a few
// thousand requests a year, so 20,000 rows leave room for several years or a whole county in
// one file. 20,000 rows of the register's columns are ≈ 1.2 MB as CSV and ≈ 0.6 MB as XLSX
// (5.6 MB once unpacked); 20,000 rows of 20 columns are ≈ 2.1 MB as XLSX (25 MB unpacked).
import { IMPORT_REGISTER_PATH, IMPORT_REPORT_PATH } from "@/lib/paths";

const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** bytes of a register file (CSV, XLSX) or an interchange JSON file as given */
  fileBytes: 4 * MB,
  /** bytes of a holiday-cn JSON file: one year's file is a few KB */
  noticeFileBytes: 200 * 1024,
  /** rows of a register after its header */
  rows: 20_000,
  /** cells of a register: 20,000 rows of 50 columns */
  cells: 1_000_000,
  /** shared strings of an XLSX workbook: never more than it has cells */
  sharedStrings: 1_000_000,
  /** entries in an XLSX file (a workbook of one sheet has about ten) */
  zipEntries: 1_000,
  /** bytes an XLSX file unpacks to, all its parts together */
  unpackedBytes: 64 * MB,
  /** how many times larger than stored a part of 1 MB or more may unpack (XML deflates ≈ 10×) */
  unpackRatio: 100,
} as const;

/**
 * What parse-text reads of a published report (plain text, a web page's HTML, a Word file).
 *
 * A report is 10–40 pages: a few hundred paragraphs and four or five tables of at most a few
 * hundred cells; as text ≈ 30 KB, as a Word export's HTML ≈ 0.5 MB, as a .docx whose
 * word/document.xml unpacks to ≈ 1 MB. Photos and scanned pages make a .docx several MB, but
 * only word/document.xml is unpacked. A file over `fileBytes` (a 20 MB one, say) is refused on
 * its size before anything is decoded, text and HTML over `markupBytes` once they are known to
 * be text; a file within them is read in well under a second.
 */
export const REPORT_LIMITS = {
  /** bytes of the file as given */
  fileBytes: 16 * MB,
  /** bytes of a text file or a web page: a hundred times a Word export's HTML */
  markupBytes: 4 * MB,
  /** bytes word/document.xml of a .docx may unpack to */
  documentXmlBytes: 16 * MB,
  /** paragraphs and tables of the document together */
  blocks: 50_000,
  /** cells of all its tables together, after spans are repeated into the slots they cover */
  tableCells: 200_000,
  /** columns a cell may span (a report's tables have at most a dozen), and columns of a row */
  columnSpan: 100,
  columns: 200,
  /** rows a cell may span (also never past the end of its table) */
  rowSpan: 1_000,
  /** elements open inside one another in a web page (a Word export nests about a dozen deep) */
  htmlDepth: 200,
  /**
   * the parser looks for each closing tag among the open elements, so a page's time grows with
   * closing tags × elements open: at most this many of those looks (a Word export of 0.5 MB
   * makes ≈ 15,000 closing tags × 15 open), a few tenths of a second at worst
   */
  htmlCloseWork: 20_000_000,
} as const;

export const REPORT_LIMIT_MESSAGES = {
  blocks: `文件中的段落和表格超过 ${countText(REPORT_LIMITS.blocks)} 个，不是一份年度报告`,
  tableCells: `文件中表格的单元格超过 ${countText(REPORT_LIMITS.tableCells)} 个，不是一份年度报告`,
  zipEntries: `文件中的部件超过 ${countText(UPLOAD_LIMITS.zipEntries)} 个，不是一份 Word 文档`,
  unpackedBytes: `文件解压后超过 ${sizeText(UPLOAD_LIMITS.unpackedBytes)}，不是一份年度报告`,
  unpackRatio: `文件中有部件解压后超过其压缩大小的 ${UPLOAD_LIMITS.unpackRatio} 倍，不是正常的 Word 文档`,
  htmlDepth: `网页的标签嵌套超过 ${countText(REPORT_LIMITS.htmlDepth)} 层，不是正常的网页`,
  htmlCloseWork: "网页中有大量对不上的结束标签，不是正常的网页",
  documentXmlBytes: `Word 文档的正文解压后超过 ${sizeText(REPORT_LIMITS.documentXmlBytes)}，不是一份年度报告`,
} as const;

/**
 * The request body a server action accepts, and the body the proxy (proxy.ts) passes on
 * whole (next.config.mjs, which cannot import this file; a test holds them together): the
 * largest file (a register, or a published report on the upload page) and the form around it.
 */
export const SERVER_ACTION_BODY_BYTES = Math.max(UPLOAD_LIMITS.fileBytes, REPORT_LIMITS.fileBytes) + MB;

/**
 * The request body any other page or form takes: a report's save (its narrative sections of
 * at most 100,000 characters each) stays well within it. deploy/nginx.conf says the same.
 */
export const REQUEST_BODY_BYTES = 4 * MB;

/** The pages whose forms post a file; a server action posts to its page's own address. */
export const FILE_PAGE_PATHS: readonly string[] = [IMPORT_REPORT_PATH, IMPORT_REGISTER_PATH];

/** The largest request body a path takes. */
export function requestBodyLimit(pathname: string): number {
  return FILE_PAGE_PATHS.includes(pathname) ? SERVER_ACTION_BODY_BYTES : REQUEST_BODY_BYTES;
}

/** Why a request's body is refused before it is read (its stated length), or null. */
export function requestTooLarge(pathname: string, contentLength: string | null): string | null {
  const stated = Number(contentLength ?? "");
  const limit = requestBodyLimit(pathname);
  return Number.isFinite(stated) && stated > limit ? `提交的内容过大（${sizeText(stated)}），此处最多 ${sizeText(limit)}。` : null;
}

/** "4 MB", "5.6 MB", "200 KB". */
export function sizeText(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  const value = bytes / MB;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

/** "20,000": the way the limits are written in messages. */
export function countText(n: number): string {
  return n.toLocaleString("en-US");
}

/** The reason a file is refused for its size, or null when it is within `limit`. */
export function fileTooLarge(bytes: number, limit: number = UPLOAD_LIMITS.fileBytes): string | null {
  return bytes > limit ? `文件超过 ${sizeText(limit)}（${sizeText(bytes)}）` : null;
}

/** What to do with a register over a limit. */
export const SPLIT_ADVICE = "请按年度或单位分成几个文件导入";

export const LIMIT_MESSAGES = {
  rows: `超过 ${countText(UPLOAD_LIMITS.rows)} 行（不含表头）：${SPLIT_ADVICE}`,
  cells: `超过 ${countText(UPLOAD_LIMITS.cells)} 个单元格：请删去登记簿以外的列后再导入`,
  sharedStrings: `共享字符串超过 ${countText(UPLOAD_LIMITS.sharedStrings)} 个，不是一份登记簿`,
  zipEntries: `XLSX 文件中的部件超过 ${countText(UPLOAD_LIMITS.zipEntries)} 个，不是一份登记簿`,
  unpackedBytes: `文件解压后超过 ${sizeText(UPLOAD_LIMITS.unpackedBytes)}：请删去登记簿以外的工作表和列，或另存为 CSV`,
  unpackRatio: `文件中有部件解压后超过其压缩大小的 ${UPLOAD_LIMITS.unpackRatio} 倍，不是正常的表格文件`,
} as const;
