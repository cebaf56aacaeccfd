// 通知设置 of a unit: where its staff mails go, its own wording of each kind of mail, and what its
// outbox holds. Its staff and admins (lib/permissions canManageNotificationsOf); a unit out of
// sight answers NOT_FOUND, one only seen (a reviewer's) FORBIDDEN. Each write takes the unit's
// lock and is audited in its transaction. An applicant's address is shown only to those who may
// see the applicant.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { canManageNotificationsOf, canSeeApplicant } from "@/lib/permissions";
import { writeAudit, type Tx } from "@/lib/data/audit";
import { holdLock } from "@/lib/data/locks";
import { assertCanWriteRegister } from "@/lib/data/register-access";
import { mailConfigured } from "@/lib/notify/mailer";
import { staffRecipients, unitTemplates } from "@/lib/notify/queue";
import { parseRecipients, storedRecipients } from "@/lib/notify/recipients";
import { NOTICE_KINDS, noticeKind, renderNotice, SAMPLE_VALUES, isNoticeKind, type NoticeKindInfo, type NoticeTemplate } from "@/lib/notify/templates";
import { parseInput } from "@/lib/validations/parse";
import { recipientsSchema, resetTemplateSchema, templateSchema, type RecipientsInput, type ResetTemplateInput, type TemplateInput } from "@/lib/validations/notifications";

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = { pending: "待发送", sent: "已发送", failed: "发送失败" };

/** How many of a unit's recent messages the settings page lists. */
export const RECENT_OUTBOX_MESSAGES = 50;

export interface OutboxMessageView {
  id: string;
  kindLabel: string;
  /** null when the actor may not see the applicant's address */
  toAddress: string | null;
  subject: string;
  trackingNumber: string | null;
  status: OutboxStatus;
  statusLabel: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
}

export interface TemplateView extends NoticeTemplate {
  kind: NoticeKindInfo;
  custom: boolean;
  preview: NoticeTemplate;
}

export interface NotificationSettingsView {
  orgId: string;
  recipients: string[];
  templates: TemplateView[];
  outbox: OutboxMessageView[];
  counts: Record<OutboxStatus, number>;
  /** whether the site has an SMTP server: without one, messages stay pending */
  mailConfigured: boolean;
}

async function lockUnit(tx: Tx, orgId: string): Promise<void> {
  await holdLock(tx, `notifications:${orgId}`);
}

/** The unit's settings, templates with their previews, and its recent outbox; null for a unit the actor may not manage. */
export async function getNotificationSettings(options: { actor: Actor; orgId: string }): Promise<NotificationSettingsView | null> {
  const { actor, orgId } = options;
  if (!canManageNotificationsOf(actor, orgId)) return null;
  const [recipients, templates, rows, grouped] = await Promise.all([
    staffRecipients(db(), orgId),
    unitTemplates(db(), orgId),
    db().outboxMessage.findMany({
      where: { orgId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_OUTBOX_MESSAGES,
      include: { request: { select: { trackingNumber: true } } },
    }),
    db().outboxMessage.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
  ]);
  const applicantVisible = canSeeApplicant(actor, orgId);
  const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const group of grouped) counts[group.status] = group._count._all;
  return {
    orgId,
    recipients,
    templates: NOTICE_KINDS.map((kind) => {
      const template = templates[kind.key];
      return { kind, subject: template.subject, body: template.body, custom: template.custom, preview: renderNotice(template, SAMPLE_VALUES) };
    }),
    outbox: rows.map((row) => {
      const kind = isNoticeKind(row.kind) ? noticeKind(row.kind) : null;
      return {
        id: row.id,
        kindLabel: kind?.label ?? row.kind,
        toAddress: kind?.audience === "staff" || applicantVisible ? row.toAddress : null,
        subject: row.subject,
        trackingNumber: row.request?.trackingNumber ?? null,
        status: row.status,
        statusLabel: OUTBOX_STATUS_LABELS[row.status],
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
        nextAttemptAt: row.status === "pending" ? row.nextAttemptAt : null,
      };
    }),
    counts,
    mailConfigured: mailConfigured(),
  };
}

/** 收件人: the addresses that receive the unit's staff mails (新申请, 即将到期). */
export async function saveNotificationRecipients(options: { actor: Actor; input: RecipientsInput }): Promise<{ recipients: string[] }> {
  const input = parseInput(recipientsSchema, options.input);
  const parsed = parseRecipients(input.recipients);
  const addresses = parsed.ok ? parsed.addresses : [];
  await assertCanWriteRegister(options.actor, input.orgId);
  const recipients = storedRecipients(addresses);
  await db().$transaction(async (tx) => {
    await lockUnit(tx, input.orgId);
    const before = await staffRecipients(tx, input.orgId);
    await tx.notificationSettings.upsert({ where: { orgId: input.orgId }, create: { orgId: input.orgId, recipients }, update: { recipients } });
    await writeAudit(tx, options.actor, [
      { entity: "notification", entityId: input.orgId, action: "recipients", before: { recipients: before }, after: { recipients: addresses } },
    ]);
  });
  return { recipients: addresses };
}

/** The unit's own wording of one kind of mail. */
export async function saveNotificationTemplate(options: { actor: Actor; input: TemplateInput }): Promise<void> {
  const input = parseInput(templateSchema, options.input);
  await assertCanWriteRegister(options.actor, input.orgId);
  const { orgId, kind, subject, body } = input;
  await db().$transaction(async (tx) => {
    await lockUnit(tx, orgId);
    const before = await tx.notificationTemplate.findUnique({ where: { orgId_kind: { orgId, kind } } });
    await tx.notificationTemplate.upsert({ where: { orgId_kind: { orgId, kind } }, create: { orgId, kind, subject, body }, update: { subject, body } });
    await writeAudit(tx, options.actor, [
      { entity: "notification", entityId: orgId, action: `template:${kind}`, before: before && { subject: before.subject, body: before.body }, after: { subject, body } },
    ]);
  });
}

/** 恢复默认: the unit's wording of one kind is dropped, and the default is used again. */
export async function resetNotificationTemplate(options: { actor: Actor; input: ResetTemplateInput }): Promise<{ changed: boolean }> {
  const { orgId, kind } = parseInput(resetTemplateSchema, options.input);
  await assertCanWriteRegister(options.actor, orgId);
  return db().$transaction(async (tx) => {
    await lockUnit(tx, orgId);
    const before = await tx.notificationTemplate.findUnique({ where: { orgId_kind: { orgId, kind } } });
    if (!before) return { changed: false };
    await tx.notificationTemplate.delete({ where: { orgId_kind: { orgId, kind } } });
    await writeAudit(tx, options.actor, [
      { entity: "notification", entityId: orgId, action: `template-reset:${kind}`, before: { subject: before.subject, body: before.body }, after: null },
    ]);
    return { changed: true };
  });
}
