"use server";
// 通知设置: the unit's recipients, its wording of each mail, 恢复默认. Each action checks the
// session; lib/data/notifications decides what this actor may change.
import { revalidatePath } from "next/cache";
import { resetNotificationTemplate, saveNotificationRecipients, saveNotificationTemplate } from "@/lib/data/notifications";
import { NOTICE_KINDS, noticeKind } from "@/lib/notify/templates";
import { recipientsSchema, resetTemplateSchema, templateSchema } from "@/lib/validations/notifications";
import { formAction } from "@/app/_lib/server-action";
import { NOTIFICATIONS_PATH } from "@/lib/paths";

export const saveNotificationRecipientsAction = formAction({
  schema: recipientsSchema,
  run: async (actor, input) => {
    const { recipients } = await saveNotificationRecipients({ actor, input });
    revalidatePath(NOTIFICATIONS_PATH);
    const staffKinds = NOTICE_KINDS.filter((k) => k.audience === "staff").map((k) => `“${k.label}”`);
    return recipients.length === 0 ? `已清空收件人：${staffKinds.join("")}邮件将不再发送。` : `已保存 ${recipients.length} 个收件人。`;
  },
});

export const saveNotificationTemplateAction = formAction({
  schema: templateSchema,
  run: async (actor, input) => {
    await saveNotificationTemplate({ actor, input });
    revalidatePath(NOTIFICATIONS_PATH);
    return `已保存“${noticeKind(input.kind).label}”邮件模板。`;
  },
});

export const resetNotificationTemplateAction = formAction({
  schema: resetTemplateSchema,
  run: async (actor, input) => {
    const { changed } = await resetNotificationTemplate({ actor, input });
    revalidatePath(NOTIFICATIONS_PATH);
    const label = noticeKind(input.kind).label;
    return changed ? `“${label}”邮件已恢复为默认模板。` : `“${label}”邮件使用的已是默认模板。`;
  },
});
