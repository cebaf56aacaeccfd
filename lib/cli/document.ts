// Reads an interchange JSON file for `validate` and `import`, and a published report's file
// (text, a web page, a Word file) for `parse-text` and `import`. Anything that keeps it from
// becoming a document (unreadable file, invalid JSON, unknown cell key, wrong type) is a
// CliError with one line and exit 2.
import path from "node:path";
import { CliError, UsageError } from "@/lib/cli/args";
import { readInputFile, readTextFile } from "@/lib/cli/output";
import { FORMAT_IDS, isFormatId } from "@/lib/formats";
import { parseReportYear, REPORT_YEAR_MESSAGE } from "@/lib/formats/report-year";
import type { Finding, InterchangeDocument } from "@/lib/formats/types";
import { parseReport, type ReadHint } from "@/lib/parse-text";
import type { ParsedReport } from "@/lib/parse-text/types";
import { REPORT_LIMITS } from "@/lib/uploads/limits";
import { parseInterchange } from "@/lib/validations/interchange";
import { findingsSchema, sectionsSchema } from "@/lib/validations/report";

export interface InputDocument {
  doc: InterchangeDocument;
  /**
   * Narrative by section key, when the file carries it next to the interchange fields (as
   * `parse-text` writes it). Not part of the interchange format, whose parser ignores it.
   */
  sections?: Record<string, string>;
  /** The findings of the reading of a published report, when the file carries them (`parse-text`). */
  findings?: Finding[];
}

export function readInterchangeFile(file: string): InputDocument {
  const text = readTextFile(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const what = text.trim() === "" ? "文件是空的" : "内容不完整或有语法错误（请检查括号、引号和逗号是否成对、完整）";
    throw new CliError(`文件 ${file} 不是有效的 JSON：${what}`);
  }
  let sections: Record<string, string> | undefined;
  if (isPlainObject(raw) && raw.sections !== undefined) {
    const parsed = sectionsSchema.safeParse(raw.sections);
    if (!parsed.success) {
      throw new CliError(`文件 ${file} 的 sections 无效：应为“章节键 → 文字”的对象（${parsed.error.issues[0]?.message ?? ""}）`);
    }
    sections = parsed.data;
  }
  let findings: Finding[] | undefined;
  if (isPlainObject(raw) && raw.findings !== undefined) {
    const parsed = findingsSchema.safeParse(raw.findings);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(`文件 ${file} 的 findings 无效：${issue ? `${issue.path.join(".")} ${issue.message}` : ""}`);
    }
    findings = parsed.data;
  }
  const result = parseInterchange(raw);
  if (!result.ok) throw new CliError(`文件 ${file}：${result.error}`);
  return { doc: result.doc, ...(sections ? { sections } : {}), ...(findings ? { findings } : {}) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The options that tell the reader of a published report what its title may not: --year, --format. */
export const READ_HINT_OPTIONS = {
  year: { type: "string", value: "YYYY" },
  format: { type: "string", value: FORMAT_IDS.join("|") },
} as const;

export function readHintOf(values: { year?: string; format?: string }): ReadHint {
  const hint: ReadHint = {};
  if (values.year !== undefined) {
    const year = parseReportYear(values.year);
    if (year === null) throw new UsageError(`--year：${REPORT_YEAR_MESSAGE}`);
    hint.year = year;
  }
  if (values.format !== undefined) {
    if (!isFormatId(values.format)) throw new UsageError(`--format：未知的格式“${values.format}”（应为 ${FORMAT_IDS.join("、")} 之一）`);
    hint.format = values.format;
  }
  return hint;
}

/** A published report read from its file; one that cannot be read is a CliError with one line (exit 2). */
export function readPublishedReport(file: string, hint: ReadHint): ParsedReport {
  const result = parseReport(readInputFile(file, REPORT_LIMITS.fileBytes), path.basename(file), hint);
  if (!result.ok) throw new CliError(`文件 ${file}：${result.error}`);
  return result.report;
}

/** Whether `import` reads the file as interchange JSON; any other file is read as a published report. */
export const isInterchangeFile = (file: string): boolean => /\.json$/i.test(file);
