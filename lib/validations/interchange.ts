// Reads an interchange document (interchange.md) from untrusted input: a file, an upload,
// an API body. Every problem becomes one line in Chinese that says what is wrong and where.
import { z } from "@/lib/zod";
import { FORMAT_IDS, getFormat } from "../formats";
import { cellValueProblem } from "../formats/cell-number";
import { cellDef, normalizeCells } from "../formats/engine";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "../formats/report-year";
import { cellName } from "../rules/labels";
import type { Cells, InterchangeDocument } from "../formats/types";

export { serializeInterchange } from "../export/json";

export type ParseInterchangeResult = { ok: true; doc: InterchangeDocument } | { ok: false; error: string };

/** How a value reads after "实际为": 字符串 "12", 数字 20.5, 布尔值 true, 对象 … */
function describe(value: unknown): string {
  if (value === null) return "空值 null";
  if (value === undefined) return "空（undefined）";
  if (typeof value === "string") return `字符串 ${JSON.stringify(value)}`;
  if (typeof value === "boolean") return `布尔值 ${value}`;
  if (typeof value === "number") return `数字 ${value}`;
  if (Array.isArray(value)) return "数组";
  return typeof value === "object" ? "对象" : typeof value;
}

/** zod error callback: an absent field says so; otherwise explain what the value should be. */
const unlessMissing =
  (explain: (input: unknown) => string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? "缺少此字段" : explain(issue.input);

const yearError = unlessMissing((y) => `应为报告所属年份（${MIN_REPORT_YEAR}–${MAX_REPORT_YEAR} 的整数），实际为${describe(y)}`);

const documentSchema = z
  .object({
    format: z.enum(FORMAT_IDS, {
      error: unlessMissing((f) => `未知的格式 ${typeof f === "string" ? JSON.stringify(f) : describe(f)}（应为 ${FORMAT_IDS.join("、")} 之一）`),
    }),
    year: z
      .number({ error: yearError })
      .int({ error: yearError })
      .min(MIN_REPORT_YEAR, { error: yearError })
      .max(MAX_REPORT_YEAR, { error: yearError }),
    organization: z
      .string({ error: unlessMissing((o) => `应为填报单位名称，实际为${describe(o)}`) })
      .trim()
      .min(1, { error: "填报单位名称不能为空" }),
    cells: z.record(z.string(), z.unknown(), { error: unlessMissing((c) => `应为对象，实际为${describe(c)}`) }),
  })
  .superRefine((doc, ctx) => {
    const format = getFormat(doc.format);
    for (const [key, value] of Object.entries(doc.cells)) {
      let message: string | null = null;
      if (!cellDef(format, key)) message = `未知的单元格键（格式 ${format.id}）`;
      else if (typeof value !== "number" && value !== null) message = `应为数字或 null，实际为${describe(value)}`;
      else {
        const problem = cellValueProblem(value);
        if (problem) message = `${cellName(format, key)}：${problem}，实际为${describe(value)}`;
      }
      if (message) {
        ctx.addIssue({ code: "custom", path: ["cells", key], message });
        return; // one line: the first problem is enough to fix and re-run
      }
    }
  });

function where(path: readonly PropertyKey[]): string {
  const [field, key] = path;
  if (field === "cells" && typeof key === "string") return `cells[${JSON.stringify(key)}]`;
  return path.length > 0 ? path.map(String).join(".") : "文档";
}

/** Unknown top-level fields are ignored; absent cells come back as null (blank), in format order. */
export function parseInterchange(input: unknown): ParseInterchangeResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, error: `文档：应为 JSON 对象，实际为${describe(input)}` };
  }
  const parsed = documentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${where(issue.path)}：${issue.message}` };
  }
  const { format, year, organization, cells } = parsed.data;
  // Values were checked in superRefine; the record type cannot say so.
  return { ok: true, doc: { format, year, organization, cells: normalizeCells(getFormat(format), cells as Partial<Cells>) } };
}
