// Inputs of the report forms and of the server actions behind them: one schema per input,
// used by the form (client-side hints) and by the action (the check that counts).
import { z } from "@/lib/zod";
import { isFormatId } from "@/lib/formats";
import { isReportYear, parseReportYear, REPORT_YEAR_MESSAGE } from "@/lib/formats/report-year";
import type { FormatId } from "@/lib/formats/types";
import { acknowledgementReasonProblem } from "@/lib/rules/acknowledgements";

/** A report year from a form field, a query string or a command option: four digits in the range. */
export const reportYearSchema = z
  .union([z.number(), z.string()], { error: REPORT_YEAR_MESSAGE })
  .transform((value) => (typeof value === "number" ? (isReportYear(value) ? value : null) : parseReportYear(value)))
  .refine((year) => year !== null, { error: REPORT_YEAR_MESSAGE })
  .transform((year) => year as number);

export const formatIdSchema = z.custom<FormatId>((value) => typeof value === "string" && isFormatId(value), {
  error: "请选择有效的报告格式",
});

const idSchema = z.string({ error: "缺少报告标识" }).min(1, { error: "缺少报告标识" });

export const versionSchema = z.coerce
  .number({ error: "缺少版本号，请刷新页面" })
  .int({ error: "版本号无效，请刷新页面" })
  .positive({ error: "版本号无效，请刷新页面" });

/** Blank is not zero: a cell nobody filled is null. */
export const cellsSchema = z.record(
  z.string().min(1),
  z.number({ error: "单元格的值必须是数字或空白" }).nullable(),
);

export const sectionsSchema = z.record(
  z.string().min(1),
  z.string().max(100_000, { error: "文字内容过长（最多十万字）" }),
);

/**
 * The findings a document carries next to its cells (as `parse-text` writes them), for a
 * historical report's notes; the data layer checks them against the format.
 */
export const findingsSchema = z
  .array(
    z.object({
      rule: z.string().min(1).max(16),
      severity: z.enum(["error", "warning"]),
      cells: z.array(z.string().max(200)).max(1000),
      sections: z.array(z.string().max(200)).max(100).optional(),
      message: z.string().min(1).max(10_000),
      fact: z.string().max(10_000).optional(),
      excerpt: z.object({ section: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
    }),
    { error: "检查结果（findings）应为一个列表" },
  )
  .max(10_000, { error: "检查结果（findings）过多" });

export const createReportSchema = z.object({
  orgId: z.string({ error: "请选择单位" }).min(1, { error: "请选择单位" }),
  year: reportYearSchema,
  format: formatIdSchema.optional(),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

export const saveReportSchema = z.object({
  reportId: idSchema,
  version: versionSchema,
  cells: cellsSchema,
  sections: sectionsSchema,
});
export type SaveReportInput = z.infer<typeof saveReportSchema>;

/** 提交审核 saves what is on screen first, so it carries the same fields as 保存. */
export const submitReportSchema = saveReportSchema;

export const publishReportSchema = z.object({ reportId: idSchema, version: versionSchema });

/** The report's current content, read by an editor whose save met a newer version. */
export const reportContentSchema = z.object({ reportId: idSchema });

export const returnReportSchema = publishReportSchema.extend({
  comment: z
    .string({ error: "请填写退回意见" })
    .trim()
    .min(1, { error: "请填写退回意见，说明需要修改的内容" })
    .max(5000, { error: "退回意见最多5000字" }),
});

export const startCorrectionSchema = publishReportSchema.extend({
  reason: z
    .string({ error: "请填写更正原因" })
    .trim()
    .min(1, { error: "请填写更正原因，它将公开显示在更正记录中" })
    .max(2000, { error: "更正原因最多2000字" }),
});

/** A finding as the editor names it: its rule and the cells and sections it concerns. */
const findingRefSchema = z.object(
  {
    rule: z.string().min(1).max(50),
    cells: z.array(z.string().min(1).max(200)).max(1000),
    sections: z.array(z.string().min(1).max(100)).max(100).optional(),
  },
  { error: "缺少要说明原因的警告" },
);

/** 说明原因: the reason is required and limited in one place (lib/rules/acknowledgements.ts). */
export const acknowledgementReasonSchema = z
  .string({ error: "请填写原因" })
  .superRefine((reason, ctx) => {
    const problem = acknowledgementReasonProblem(reason);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((reason) => reason.trim());

/** 说明原因 saves what is on screen first (the warning is looked up in the saved report), so it carries the fields of 保存. */
export const acknowledgeFindingSchema = saveReportSchema.extend({ finding: findingRefSchema, reason: acknowledgementReasonSchema });

export const withdrawAcknowledgementSchema = publishReportSchema.extend({ finding: findingRefSchema });
