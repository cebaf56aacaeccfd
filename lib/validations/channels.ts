// Inputs of the 公开渠道 forms, shared by the forms and their server actions.
import { z } from "@/lib/zod";
import { calendarDateSchema } from "@/lib/calendar/date";
import { reportYearSchema } from "@/lib/validations/report";
import { DISCLOSURE_CHANNEL_KINDS } from "@/lib/register/vocabulary";

const KIND_KEYS = DISCLOSURE_CHANNEL_KINDS.map((k) => k.key) as [string, ...string[]];

export const createChannelSchema = z.object({
  orgId: z.string().min(1, "缺少单位"),
  name: z.string().trim().min(1, "请填写渠道名称").max(100, "渠道名称最多 100 字"),
  kind: z.enum(KIND_KEYS, { error: "请选择渠道类型" }),
  address: z.string().trim().max(300, "地址最多 300 字").optional(),
});

export const channelCountSchema = z.object({
  channelId: z.string().min(1),
  year: reportYearSchema,
  // empty: no typed count, the item log counts
  count: z
    .string()
    .trim()
    .transform((text) => (text === "" ? null : Number(text)))
    .refine((n) => n === null || (Number.isInteger(n) && n >= 0), "条数应为不小于 0 的整数，或留空按发布记录统计"),
});

export const channelItemSchema = z.object({
  channelId: z.string().min(1),
  publishedOn: calendarDateSchema,
  title: z.string().trim().min(1, "请填写标题").max(500, "标题最多 500 字"),
});
