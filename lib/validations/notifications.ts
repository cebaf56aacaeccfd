// Inputs of the 通知设置 forms, shared by the forms, their server actions and the data functions.
import { z } from "@/lib/zod";
import { parseRecipients } from "@/lib/notify/recipients";
import { BODY_MAX, NOTICE_KIND_KEYS, noticeKind, SUBJECT_MAX, unknownPlaceholders, type NoticeKind } from "@/lib/notify/templates";

const orgId = z.string({ error: "缺少单位" }).min(1, { error: "缺少单位" });
const kind = z.enum(NOTICE_KIND_KEYS as [NoticeKind, ...NoticeKind[]], { error: "未知的通知类型" });

export const recipientsSchema = z.object({
  orgId,
  // one address a line (or separated by commas); read by parseRecipients, which gives the list
  recipients: z
    .string()
    .max(5000, { error: "收件人内容过长" })
    .superRefine((text, ctx) => {
      const parsed = parseRecipients(text);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
    }),
});
export type RecipientsInput = z.input<typeof recipientsSchema>;

export const templateSchema = z
  .object({
    orgId,
    kind,
    subject: z.string({ error: "请填写邮件标题" }).trim().min(1, { error: "请填写邮件标题" }).max(SUBJECT_MAX, { error: `邮件标题最多 ${SUBJECT_MAX} 字` }),
    body: z
      .string({ error: "请填写邮件正文" })
      .trim()
      .min(1, { error: "请填写邮件正文" })
      .max(BODY_MAX, { error: `邮件正文最多 ${BODY_MAX} 字` })
      .transform((text) => text.replace(/\r\n/g, "\n")),
  })
  .superRefine((input, ctx) => {
    for (const field of ["subject", "body"] as const) {
      const unknown = unknownPlaceholders(input.kind, input[field]);
      if (unknown.length > 0) {
        const braced = (names: readonly string[]) => names.map((name) => `{${name}}`).join("、");
        ctx.addIssue({ code: "custom", path: [field], message: `“${noticeKind(input.kind).label}”邮件没有占位符 ${braced(unknown)}；可用的有 ${braced(noticeKind(input.kind).placeholders)}` });
      }
    }
  });
export type TemplateInput = z.input<typeof templateSchema>;

export const resetTemplateSchema = z.object({ orgId, kind });
export type ResetTemplateInput = z.input<typeof resetTemplateSchema>;
