// The admin's two ways to enter a notice (holidays.md §4.2): a holiday-cn JSON file, or a form
// with one row per festival (rest range and make-up days), the 文号 and the date.
import { z } from "@/lib/zod";
import { calendarDateSchema } from "@/lib/calendar/date";
import { parseHolidayCnNotice } from "@/lib/calendar/holiday-cn";
import type { HolidayNotice } from "@/lib/calendar/types";

const yearSchema = z.coerce.number({ error: "年份应为数字" }).int({ error: "年份应为整数" }).min(2000, { error: "年份应在 2000 至 2100 之间" }).max(2100, { error: "年份应在 2000 至 2100 之间" });

const metaSchema = z.object({
  kind: z.enum(["annual", "amendment"], { error: "通知类型应为年度安排（annual）或调整（amendment）" }).default("annual"),
  title: z.string().trim().max(200, { error: "标题最多200字" }).optional(),
  docNo: z.string().trim().max(100, { error: "文号最多100字" }).optional(),
  issuedOn: calendarDateSchema,
  sourceUrl: z.string().trim().max(500).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const noticeFormSchema = metaSchema.extend({
  year: yearSchema,
  festivals: z
    .array(
      z.object({
        festival: z.string({ error: "请填写节日名称" }).trim().min(1, { error: "请填写节日名称" }).max(50),
        from: calendarDateSchema,
        to: calendarDateSchema,
        makeupWorkdays: z.array(calendarDateSchema).default([]),
      }),
    )
    .min(1, { error: "至少填写一个节日的放假安排" }),
});

export const holidayCnInputSchema = metaSchema.extend({ text: z.string({ error: "请上传 holiday-cn 格式的 JSON 文件" }) });

export type NoticeInput =
  | { source: "form"; form: z.input<typeof noticeFormSchema> }
  | { source: "holiday-cn"; input: z.input<typeof holidayCnInputSchema> };

export type NoticeParse = { ok: true; notice: HolidayNotice } | { ok: false; errors: string[] };

function issues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join(".")}：` : ""}${issue.message}`);
}

function annualTitle(year: number, kind: "annual" | "amendment"): string {
  return kind === "annual" ? `国务院办公厅关于${year}年部分节假日安排的通知` : `国务院办公厅关于调整${year}年部分节假日安排的通知`;
}

/** The notice as lib/calendar knows it; `id` is the stable key the database stores. */
export function parseNoticeInput(input: NoticeInput): NoticeParse {
  if (input.source === "holiday-cn") {
    const parsed = holidayCnInputSchema.safeParse(input.input);
    if (!parsed.success) return { ok: false, errors: issues(parsed.error) };
    const { text, kind, title, docNo, issuedOn, sourceUrl, note } = parsed.data;
    const result = parseHolidayCnNotice(text, { issuedOn, kind, docNo: docNo || null, ...(title ? { title } : {}) });
    if (!result.ok) return result;
    return { ok: true, notice: { ...result.notice, ...(sourceUrl ? { sourceUrl } : {}), ...(note ? { note } : {}) } };
  }
  const parsed = noticeFormSchema.safeParse(input.form);
  if (!parsed.success) return { ok: false, errors: issues(parsed.error) };
  const form = parsed.data;
  return {
    ok: true,
    notice: {
      id: `form-${form.year}-${form.kind}-${form.issuedOn}`,
      year: form.year,
      kind: form.kind,
      title: form.title || annualTitle(form.year, form.kind),
      docNo: form.docNo || null,
      issuedOn: form.issuedOn,
      ...(form.sourceUrl ? { sourceUrl: form.sourceUrl } : {}),
      ...(form.note ? { note: form.note } : {}),
      festivals: form.festivals.map((f) => ({ festival: f.festival, rest: { from: f.from, to: f.to }, makeupWorkdays: f.makeupWorkdays })),
    },
  };
}
