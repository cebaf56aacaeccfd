// Writing mails into the outbox, always inside the caller's transaction: a register change that
// rolls back queues nothing. Mails to staff go to the unit's recipients and name the request by
// its number and dates only (never the applicant); mails to the applicant go to the e-mail the
// applicant gave, and to nobody when there is none.
import type { Tx } from "@/lib/data/audit";
import { parseEnv } from "@/lib/env";
import { requestPath, APPLY_STATUS_PATH } from "@/lib/paths";
import { absoluteUrl } from "@/lib/public-site/meta";
import { recipientList } from "@/lib/notify/recipients";
import { chineseDate, NOTICE_KINDS, noticeKind, renderNotice, type NoticeKind, type NoticeTemplate, type PlaceholderValues } from "@/lib/notify/templates";

/** What happened to a request, and the mails it calls for. */
const MAILS_FOR: Record<string, readonly NoticeKind[]> = {
  received: ["new_request", "receipt"],
  correction_requested: ["correction"],
  answered: ["answer"],
  extended: ["extension"],
  delayed_reply: ["delayed_reply"],
  fee_notified: ["fee_notice"],
};

/** The wording a unit uses for each kind: its own where it has one, else the default. */
export async function unitTemplates(client: Pick<Tx, "notificationTemplate">, orgId: string): Promise<Record<NoticeKind, NoticeTemplate & { custom: boolean }>> {
  const own = new Map((await client.notificationTemplate.findMany({ where: { orgId } })).map((t) => [t.kind, t]));
  return Object.fromEntries(
    NOTICE_KINDS.map((k) => {
      const row = own.get(k.key);
      return [k.key, row ? { subject: row.subject, body: row.body, custom: true } : { ...k.template, custom: false }];
    }),
  ) as Record<NoticeKind, NoticeTemplate & { custom: boolean }>;
}

export async function staffRecipients(client: Pick<Tx, "notificationSettings">, orgId: string): Promise<string[]> {
  const settings = await client.notificationSettings.findUnique({ where: { orgId } });
  return recipientList(settings?.recipients ?? "");
}

/** NEXTAUTH_URL alone: a mail setting that is wrong must not stop a register write. */
function siteUrl(): string | undefined {
  return parseEnv({ NEXTAUTH_URL: process.env.NEXTAUTH_URL }).NEXTAUTH_URL;
}

interface RequestFacts {
  id: string;
  orgId: string;
  trackingNumber: string;
  receivedOn: string;
  dueOn: string | null;
  applicantEmail: string | null;
  org: { name: string };
}

const requestFacts = { id: true, orgId: true, trackingNumber: true, receivedOn: true, dueOn: true, applicantEmail: true, org: { select: { name: true } } } as const;

function valuesOf(request: RequestFacts, note: string | null | undefined, siteUrl: string | undefined): PlaceholderValues {
  return {
    单位名称: request.org.name,
    编号: request.trackingNumber,
    收到日期: chineseDate(request.receivedOn),
    期满日: request.dueOn ? chineseDate(request.dueOn) : undefined,
    补正内容: note ?? undefined,
    答复内容: note ?? undefined,
    延迟理由: note ?? undefined,
    收费说明: note ?? undefined,
    查询地址: absoluteUrl(siteUrl, APPLY_STATUS_PATH) ?? undefined,
    登记地址: absoluteUrl(siteUrl, requestPath(request.id)) ?? undefined,
  };
}

/** The outbox rows of some kinds of mail about one request, each to each of its addressees. */
async function messagesAbout(tx: Tx, request: RequestFacts, kinds: readonly NoticeKind[], note?: string | null, dedupe?: (address: string) => string) {
  const templates = await unitTemplates(tx, request.orgId);
  const staff = kinds.some((k) => noticeKind(k).audience === "staff") ? await staffRecipients(tx, request.orgId) : [];
  const values = valuesOf(request, note, siteUrl());
  return kinds.flatMap((kind) => {
    const addresses = noticeKind(kind).audience === "staff" ? staff : request.applicantEmail ? [request.applicantEmail] : [];
    const mail = renderNotice(templates[kind], values);
    return addresses.map((toAddress) => ({ orgId: request.orgId, requestId: request.id, kind, toAddress, ...mail, dedupeKey: dedupe?.(toAddress) ?? null }));
  });
}

/**
 * Queues the mails a register change calls for, in the transaction that makes it: on receipt
 * (`received`) 新申请 to staff and 受理回执 to the applicant; on `correction_requested` 补正告知 and
 * on `answered` 答复, on `extended` 延长答复告知 (条例第三十三条, 2007年条例第二十四条: 告知申请人),
 * on `delayed_reply` 延迟答复告知 and on `fee_notified`
 * 收费通知 to the applicant, with the event's note. Other events queue nothing.
 * Call it after the request row is written, so that the mail gives the due date as saved.
 */
export async function queueRequestNotices(tx: Tx, options: { requestId: string; occasion: string; note?: string | null }): Promise<number> {
  const kinds = MAILS_FOR[options.occasion];
  if (!kinds) return 0;
  const request = await tx.infoRequest.findUniqueOrThrow({ where: { id: options.requestId }, select: requestFacts });
  const data = await messagesAbout(tx, request, kinds, options.note);
  if (data.length > 0) await tx.outboxMessage.createMany({ data });
  return data.length;
}

/** The key that lets one 即将到期 reminder exist per request, due date and recipient. */
export function dueSoonKey(requestId: string, dueOn: string, address: string): string {
  return `due_soon:${requestId}:${dueOn}:${address.toLowerCase()}`;
}

/** Queues 即将到期 for one request unless it was queued for this due date already; the number queued. */
export async function queueDueSoonNotice(tx: Tx, requestId: string): Promise<number> {
  const request = await tx.infoRequest.findUniqueOrThrow({ where: { id: requestId }, select: requestFacts });
  const dueOn = request.dueOn;
  if (!dueOn) return 0;
  const data = await messagesAbout(tx, request, ["due_soon"], null, (address) => dueSoonKey(request.id, dueOn, address));
  if (data.length === 0) return 0;
  return (await tx.outboxMessage.createMany({ data, skipDuplicates: true })).count;
}
