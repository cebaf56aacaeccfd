// Reads an interchange JSON file for `validate` and `import`. Anything that keeps it from
// becoming a document (unreadable file, invalid JSON, unknown cell key, wrong type) is a
// CliError with one line and exit 2.
import { CliError } from "@/lib/cli/args";
import { readTextFile } from "@/lib/cli/output";
import type { Finding, InterchangeDocument } from "@/lib/formats/types";
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
