// Inputs of the register's forms and actions: one schema each, shared by form and action
// (STYLE.md habit 4). Messages in Chinese.
import { z } from "@/lib/zod";
import { calendarDateSchema } from "@/lib/calendar/date";
import { MAX_EXTENSION_ANY_LAW } from "@/lib/calendar/law";
import { applicantTypes } from "@/lib/register/structure";
import { applicantTypeList } from "@/lib/register/labels";
import { CHANNEL_KEYS, CHANNELS, EVENT_KIND_KEYS } from "@/lib/register/vocabulary";

/** An optional text field: trimmed, at most `max` characters, absent when left empty. */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what}最多${max}字` })
    .optional()
    .transform((v) => (v ? v : undefined));

export const channelSchema = z.enum(CHANNEL_KEYS as [string, ...string[]], { error: `请选择申请渠道（${CHANNELS.map((c) => c.label).join("、")}）` });

export const applicantTypeSchema = z.string({ error: "请选择申请人类型" }).refine((v) => applicantTypes().some((c) => c.key === v), {
  error: `申请人类型应为 ${applicantTypeList()} 之一`,
});

export const createRequestSchema = z.object({
  orgId: z.string({ error: "请选择单位" }).min(1, { error: "请选择单位" }),
  channel: channelSchema,
  receivedOn: calendarDateSchema,
  applicantType: applicantTypeSchema,
  applicantName: optionalText(200, "申请人姓名或名称"),
  applicantContact: optionalText(500, "联系方式"),
  subject: z.string({ error: "请填写申请内容" }).trim().min(1, { error: "请填写申请内容（所需政府信息的名称、文号或特征性描述）" }).max(5000, { error: "申请内容最多5000字" }),
  formWanted: optionalText(200, "获取信息的方式"),
});
export type CreateRequestInput = z.input<typeof createRequestSchema>;

export const feeInputSchema = z.object({
  method: z.enum(["per_item", "per_page"], { error: "请选择按件或按量计收" }),
  quantity: z.coerce.number({ error: "数量应为整数" }).int({ error: "数量应为整数" }).min(0, { error: "数量不能为负数" }).max(1_000_000),
});

export const requestEventSchema = z.object({
  requestId: z.string({ error: "缺少申请标识" }).min(1, { error: "缺少申请标识" }),
  kind: z.enum(EVENT_KIND_KEYS as [string, ...string[]], { error: "未知的办理环节" }),
  date: calendarDateSchema,
  note: optionalText(2000, "备注"),
  approvedBy: optionalText(100, "批准人"),
  days: z.coerce
    .number()
    .int({ error: "延长的工作日数应为整数" })
    // The bound of every law; requestDeadline checks the request's own (15 under the 2007 条例).
    .min(1, { error: `延长的期限应为 1 至 ${MAX_EXTENSION_ANY_LAW} 个工作日` })
    .max(MAX_EXTENSION_ANY_LAW, { error: `延长的期限最长不得超过 ${MAX_EXTENSION_ANY_LAW} 个工作日` })
    .optional(),
  outcome: optionalText(100, "办理结果"),
  /** delayed_reply: the end of the reasonable period told to the applicant */
  untilOn: calendarDateSchema.optional(),
  fee: feeInputSchema.optional(),
});
export type RequestEventInput = z.input<typeof requestEventSchema>;

export const withdrawEventSchema = z.object({
  requestId: z.string().min(1, "缺少申请"),
  eventId: z.string().min(1, "缺少要撤销的办理环节"),
});

export const reviewCaseSchema = z.object({
  orgId: z.string({ error: "请选择单位" }).min(1, { error: "请选择单位" }),
  caseNumber: optionalText(100, "案号"),
  block: z.string({ error: "请选择案件类型" }).min(1, { error: "请选择案件类型" }),
  filedOn: calendarDateSchema,
  coDefendantOnly: z.boolean().default(false),
  note: optionalText(2000, "备注"),
});
export type ReviewCaseInput = z.input<typeof reviewCaseSchema>;

export const closeReviewCaseSchema = z.object({
  caseId: z.string().min(1, { error: "缺少案件标识" }),
  result: z.string({ error: "请选择审结结果" }).min(1, { error: "请选择审结结果" }),
  closedOn: calendarDateSchema,
});
export type CloseReviewCaseInput = z.input<typeof closeReviewCaseSchema>;

export { parseInput } from "@/lib/validations/parse";
