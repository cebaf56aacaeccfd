// Reading a unit's register from the spreadsheet it keeps today: CSV (UTF-8, with or without
// BOM, or GBK as Excel on Chinese Windows saves it) or XLSX (first sheet), within the limits of
// lib/uploads/limits.ts, columns 编号, 收到日期, 渠道, 申请人类型, 办结日期, 办理结果. Every
// row that cannot be read is reported with its line and the reason in Chinese; the caller
// imports nothing unless there is no problem at all.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { calendarDateProblem, compareDates } from "@/lib/calendar/date";
import { csvText } from "@/lib/export/csv";
import { parseCsv, type SheetRow } from "@/lib/register/csv";
import { applicantTypeIndex, applicantTypeList, labelIndex, outcomeIndex } from "@/lib/register/labels";
import { outcomeFormatFor } from "@/lib/register/structure";
import { CHANNELS, type ChannelKey } from "@/lib/register/vocabulary";
import { fileTooLarge, LIMIT_MESSAGES, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { textChunks, textEncoding, type TextEncodingName } from "@/lib/uploads/text";
import { NOT_XLSX, partsArchive, xlsxParts } from "@/lib/uploads/xlsx";

/** The register's columns: the spreadsheet headers, which are the register's words, not official labels. */
export const REGISTER_COLUMNS = {
  trackingNumber: "编号",
  receivedOn: "收到日期",
  channel: "渠道",
  applicantType: "申请人类型",
  closedOn: "办结日期",
  outcome: "办理结果",
} as const;

export type RegisterField = keyof typeof REGISTER_COLUMNS;

const HEADER_ALIASES: Record<RegisterField, readonly string[]> = {
  trackingNumber: ["申请编号", "登记编号", "序号"],
  receivedOn: ["收到申请日期", "受理日期", "申请日期"],
  channel: ["申请渠道", "申请方式"],
  applicantType: ["申请人类别"],
  closedOn: ["答复日期", "办结时间"],
  outcome: ["处理结果", "答复结果"],
};

export interface RegisterRow {
  line: number;
  values: Record<RegisterField, string>;
}

export interface ImportedRequest {
  line: number;
  trackingNumber: string;
  receivedOn: string;
  channel: ChannelKey;
  applicantType: string;
  closedOn: string | null;
  outcome: string | null;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export type SheetResult = { ok: true; rows: SheetRow[]; encoding?: TextEncodingName } | { ok: false; error: string };

export type RegisterRowsResult = { ok: true; rows: RegisterRow[] } | { ok: false; error: string };

export type RegisterFileKind = "csv" | "xlsx";

export const MAX_TRACKING_NUMBER_LENGTH = 64;

export function registerFileKind(fileName: string): RegisterFileKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

type CellValue = ExcelJS.CellValue;

/** A spreadsheet cell as text. A date cell is the calendar day Excel shows (exceljs gives UTC midnight). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("error" in value) return "";
  return "";
}

/** The archive in pieces of 64 KB: the parser handles one piece at a time and lets other requests run between them. */
function* pieces(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
}

/** A sheet's limits: the register's rows and its header. */
const SHEET_ROWS = UPLOAD_LIMITS.rows + 1;

/** The workbook's first sheet, read row by row from parts checked against the limits first (lib/uploads/xlsx.ts). */
export async function readXlsx(bytes: Uint8Array): Promise<SheetResult> {
  const checked = xlsxParts(bytes, { rows: SHEET_ROWS, cells: UPLOAD_LIMITS.cells, rowsMessage: LIMIT_MESSAGES.rows });
  if (!checked.ok) return checked;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(pieces(partsArchive(checked.parts))), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // a date is a number with a date format
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const rows: SheetRow[] = [];
  let found = false;
  try {
    for await (const worksheet of reader) {
      // The first sheet in the workbook's order, which need not be the first part in the archive.
      // exceljs' declared types leave out the names it reads from workbook.xml.
      const first = (reader as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets?.[0]?.name;
      const name = (worksheet as unknown as { name?: string }).name;
      if (found || (first !== undefined && name !== undefined && name !== first)) continue;
      found = true;
      for await (const row of worksheet) {
        if (!row.hasValues) continue;
        const cells: string[] = [];
        for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
        rows.push({ line: row.number, cells });
      }
    }
  } catch {
    return { ok: false, error: NOT_XLSX };
  }
  if (!found) return { ok: false, error: "XLSX 文件中没有工作表" };
  return { ok: true, rows };
}

/** A register file as rows of text, or why it cannot be read; `encoding` says when a CSV was not UTF-8. */
export async function readSheet(kind: RegisterFileKind, bytes: Uint8Array): Promise<SheetResult> {
  const tooLarge = fileTooLarge(bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (kind === "xlsx") return readXlsx(bytes);
  const found = textEncoding(bytes);
  if (!found.ok) return found;
  const sheet = parseCsv(textChunks(bytes, found), {
    rows: SHEET_ROWS,
    cells: UPLOAD_LIMITS.cells,
    messages: { rows: LIMIT_MESSAGES.rows, cells: LIMIT_MESSAGES.cells },
  });
  if (!sheet.ok) return sheet;
  // Our own export is importable again: its formula-like 编号 come back without the apostrophe.
  const rows = sheet.rows.map((row) => ({ line: row.line, cells: row.cells.map(csvText) }));
  return found.encoding === "utf-8" ? { ok: true, rows } : { ok: true, rows, encoding: found.encoding };
}

const headerIndex = labelIndex(
  (Object.keys(REGISTER_COLUMNS) as RegisterField[]).map((field) => ({ key: field, spellings: [REGISTER_COLUMNS[field], ...HEADER_ALIASES[field]] })),
);

/** Finds the header (the first non-empty row) and gives every later row its fields by name. */
export function registerRows(sheet: readonly SheetRow[]): RegisterRowsResult {
  const nonEmpty = sheet.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const header = nonEmpty[0];
  if (!header) return { ok: false, error: "文件是空的：第一行应为表头（编号、收到日期、渠道、申请人类型、办结日期、办理结果）" };
  const positions = new Map<RegisterField, number>();
  header.cells.forEach((cell, index) => {
    const match = headerIndex.resolve(cell);
    if (match.ok && !positions.has(match.key as RegisterField)) positions.set(match.key as RegisterField, index);
  });
  const missing = (Object.keys(REGISTER_COLUMNS) as RegisterField[]).filter((field) => !positions.has(field));
  if (missing.length > 0) {
    return { ok: false, error: `第 ${header.line} 行（表头）缺少列：${missing.map((f) => REGISTER_COLUMNS[f]).join("、")}` };
  }
  const rows = nonEmpty.slice(1).map((row) => {
    const values = {} as Record<RegisterField, string>;
    for (const [field, index] of positions) values[field] = (row.cells[index] ?? "").trim();
    return { line: row.line, values };
  });
  return { ok: true, rows };
}

const channelIndex = labelIndex(CHANNELS.map((c) => ({ key: c.key, spellings: [c.label, ...c.aliases] })));

function quote(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** Checks one row; the problems are in Chinese and name the column. */
function checkRow(row: RegisterRow, today: string | undefined): { request?: ImportedRequest; problems: string[] } {
  const v = row.values;
  const problems: string[] = [];
  const number = v.trackingNumber;
  if (!number) problems.push("编号为空");
  else if (number.length > MAX_TRACKING_NUMBER_LENGTH) problems.push(`编号超过 ${MAX_TRACKING_NUMBER_LENGTH} 个字符`);

  const receivedProblem = v.receivedOn ? calendarDateProblem(v.receivedOn) : "为空";
  if (receivedProblem) problems.push(`收到日期${receivedProblem === "为空" ? "为空" : `：${receivedProblem}`}`);
  else if (today && compareDates(v.receivedOn, today) > 0) problems.push(`收到日期 ${v.receivedOn} 晚于今天 ${today}`);

  const channel = channelIndex.resolve(v.channel);
  if (!channel.ok) problems.push(`渠道${v.channel ? ` ${quote(v.channel)} ` : ""}无法识别，应为 ${CHANNELS.map((c) => c.label).join("、")} 之一`);

  const applicant = applicantTypeIndex().resolve(v.applicantType);
  if (!applicant.ok) {
    problems.push(`申请人类型${v.applicantType ? ` ${quote(v.applicantType)} ` : ""}无法识别，应为 ${applicantTypeList()} 之一`);
  }

  let closedOn: string | null = null;
  let outcome: string | null = null;
  if (v.closedOn) {
    const closedProblem = calendarDateProblem(v.closedOn);
    if (closedProblem) problems.push(`办结日期：${closedProblem}`);
    else if (!receivedProblem && compareDates(v.closedOn, v.receivedOn) < 0) problems.push(`办结日期 ${v.closedOn} 早于收到日期 ${v.receivedOn}`);
    else if (today && compareDates(v.closedOn, today) > 0) problems.push(`办结日期 ${v.closedOn} 晚于今天 ${today}`);
    else closedOn = v.closedOn;
    if (!v.outcome) problems.push("已填办结日期，办理结果却为空");
    else if (closedOn) {
      const format = outcomeFormatFor(closedOn);
      const match = outcomeIndex(format).resolve(v.outcome);
      if (match.ok) outcome = match.key;
      else if (match.ambiguous) problems.push(`办理结果 ${quote(v.outcome)} 可指多项（${match.ambiguous.join("、")}），请写明完整的名称或代码`);
      else problems.push(`办理结果 ${quote(v.outcome)} 不是 ${closedOn.slice(0, 4)} 年适用的《${format.name}》中的办理结果（可写代码如 granted，或表中名称如“（一）予以公开”）`);
    }
  } else if (v.outcome) problems.push("已填办理结果，办结日期却为空");

  if (problems.length > 0 || !channel.ok || !applicant.ok) return { problems };
  return {
    problems,
    request: {
      line: row.line,
      trackingNumber: number,
      receivedOn: v.receivedOn,
      channel: channel.key as ChannelKey,
      applicantType: applicant.key,
      closedOn,
      outcome,
    },
  };
}

/** Every row checked, duplicates of 编号 within the file included; `requests` is complete only when `problems` is empty. */
export function checkRegisterRows(rows: readonly RegisterRow[], options: { today?: string } = {}): { requests: ImportedRequest[]; problems: ImportProblem[] } {
  const requests: ImportedRequest[] = [];
  const problems: ImportProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const checked = checkRow(row, options.today);
    const messages = [...checked.problems];
    const number = row.values.trackingNumber;
    if (number) {
      const seen = firstLine.get(number);
      if (seen !== undefined) messages.push(`编号 ${quote(number)} 与第 ${seen} 行重复`);
      else firstLine.set(number, row.line);
    }
    if (messages.length > 0) problems.push({ line: row.line, message: messages.join("；") });
    else if (checked.request) requests.push(checked.request);
  }
  return { requests, problems };
}
