// 通知设置: where the unit's staff mails go, the unit's wording of each mail with a preview on
// sample values, and the unit's recent outbox with each message's status, attempts and error.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getNotificationSettings, RECENT_OUTBOX_MESSAGES, type OutboxMessageView, type TemplateView } from "@/lib/data/notifications";
import { listOrgsForActor } from "@/lib/data/orgs";
import { formatDateTime } from "@/lib/display-dates";
import { readEnv } from "@/lib/env";
import { canManageNotificationsOf } from "@/lib/permissions";
import { MAX_ATTEMPTS } from "@/lib/notify/retry";
import { MAX_RECIPIENTS } from "@/lib/notify/recipients";
import { BODY_MAX, NOTICE_KINDS, PLACEHOLDERS, SUBJECT_MAX } from "@/lib/notify/templates";
import { ActionForm } from "@/components/ui/ActionForm";
import { SelectField } from "@/components/ui/Field";
import { RecipientsForm, TemplateForm } from "@/components/notifications/NotificationForms";
import { DataTable } from "@/components/ui/TableScroll";
import { resetNotificationTemplateAction, saveNotificationRecipientsAction, saveNotificationTemplateAction } from "@/app/_actions/notifications";

export const metadata: Metadata = { title: "通知设置" };

const STAFF_KINDS = NOTICE_KINDS.filter((k) => k.audience === "staff")
  .map((k) => `“${k.label}”`)
  .join("");

const AUDIENCE_LABELS = { staff: "发给本单位工作人员（收件人见上）", applicant: "发给申请人（申请时留有电子邮箱的）" } as const;

function TemplateSection({ orgId, template }: { orgId: string; template: TemplateView }) {
  const { kind } = template;
  const id = `template-${kind.key}`;
  const placeholders = PLACEHOLDERS.filter((p) => (kind.placeholders as readonly string[]).includes(p.key));
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h3 id={`${id}-title`} className="mt-0">
        {kind.label}
        <span className="muted text-sm font-normal">（{template.custom ? "本单位修改的模板" : "默认模板"}）</span>
      </h3>
      <p className="muted text-sm">
        {AUDIENCE_LABELS[kind.audience]}；{kind.when}。
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <TemplateForm
          action={saveNotificationTemplateAction}
          orgId={orgId}
          kind={{ key: kind.key, label: kind.label }}
          subject={template.subject}
          body={template.body}
          placeholders={placeholders.map((p) => `{${p.key}}（${p.hint}）`).join("、")}
          subjectMax={SUBJECT_MAX}
          bodyMax={BODY_MAX}
        />
        <div className="min-w-0">
          <h4 className="mt-0 mb-1">预览（以示例数据填入）</h4>
          <div role="group" aria-label={`“${kind.label}”邮件预览`} className="rounded border border-gray-300 bg-white p-3">
            <p className="mt-0">
              <strong>标题：</strong>
              <span data-preview="subject">{template.preview.subject}</span>
            </p>
            <div data-preview="body" className="whitespace-pre-wrap break-words">
              {template.preview.body}
            </div>
          </div>
        </div>
      </div>
      {template.custom && (
        <ActionForm action={resetNotificationTemplateAction} label={`“${kind.label}”邮件恢复默认模板`} submit="恢复默认模板" className="mt-3">
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="kind" value={kind.key} />
        </ActionForm>
      )}
    </section>
  );
}

function OutboxTable({ messages }: { messages: OutboxMessageView[] }) {
  return (
    <DataTable label="最近的通知邮件" caption={`最近 ${RECENT_OUTBOX_MESSAGES} 封以内的通知邮件`} nowrap>
      <thead>
        <tr>
          <th scope="col">排入时间</th>
          <th scope="col">类型</th>
          <th scope="col">申请编号</th>
          <th scope="col">收件人</th>
          <th scope="col">状态</th>
          <th scope="col">尝试次数</th>
          <th scope="col">下次尝试 / 发出时间</th>
          <th scope="col">最近的错误</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id}>
            <td>{formatDateTime(message.createdAt)}</td>
            <td>{message.kindLabel}</td>
            <td>{message.trackingNumber ?? ""}</td>
            <td>{message.toAddress ?? <span className="muted">申请人（不显示）</span>}</td>
            <td>{message.statusLabel}</td>
            <td className="text-right tabular-nums">
              {message.attempts}/{MAX_ATTEMPTS}
            </td>
            <td>{message.sentAt ? formatDateTime(message.sentAt) : message.nextAttemptAt ? formatDateTime(message.nextAttemptAt) : ""}</td>
            <td>{message.lastError ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const orgs = (await listOrgsForActor({ actor })).filter((o) => canManageNotificationsOf(actor, o.id));
  const org = orgs.find((o) => o.slug === params.org) ?? orgs.find((o) => o.id === actor.orgId) ?? orgs[0];
  if (!org) notFound();
  const settings = await getNotificationSettings({ actor, orgId: org.id });
  if (!settings) notFound();
  const siteUrlMissing = !readEnv().NEXTAUTH_URL;

  return (
    <>
      <h1>{org.name}通知设置</h1>
      <p className="muted">
        收到申请、申请即将到期时，系统给本单位工作人员发邮件；收到申请、告知补正、答复办结时，给留有电子邮箱的申请人发邮件。邮件先排入发件箱，
        发送失败的会自动重试。
      </p>
      {!settings.mailConfigured && (
        <p className="notice notice-info">
          本网站尚未配置发信服务器（环境变量 SMTP_URL 和 MAIL_FROM）：通知邮件会排入发件箱，但不会发出，直到网站管理员配置发信服务器。
        </p>
      )}
      {siteUrlMissing && <p className="notice notice-info">本网站未设置对外网址（NEXTAUTH_URL）：邮件中的查询地址和办理地址将显示为“网站地址未配置”。</p>}
      {orgs.length > 1 && (
        <form method="get" className="panel flex flex-wrap items-end gap-4" aria-label="选择单位">
          <SelectField id="notifications-org" label="单位" name="org" defaultValue={org.slug} choices={orgs.map((o) => ({ key: o.slug, label: o.name }))} />
          <button type="submit" className="button">
            查看
          </button>
        </form>
      )}

      <section aria-labelledby="notifications-recipients">
        <h2 id="notifications-recipients">收件人</h2>
        <RecipientsForm
          action={saveNotificationRecipientsAction}
          orgId={org.id}
          recipients={settings.recipients}
          hint={`${STAFF_KINDS}邮件发给这些地址，最多 ${MAX_RECIPIENTS} 个；不填则不发。这些邮件只写登记编号和日期，不含申请人的信息。`}
        />
      </section>

      <section aria-labelledby="notifications-outbox">
        <h2 id="notifications-outbox">发件箱</h2>
        <p>
          待发送 {settings.counts.pending} 封，已发送 {settings.counts.sent} 封，发送失败 {settings.counts.failed} 封。
        </p>
        {settings.outbox.length === 0 ? <p>还没有通知邮件。</p> : <OutboxTable messages={settings.outbox} />}
      </section>

      <section aria-labelledby="notifications-templates">
        <h2 id="notifications-templates">邮件模板</h2>
        <p className="muted">占位符写在花括号中，如 {"{编号}"}，发送时换成该申请的内容。保存后预览随之更新；恢复默认模板后使用系统的默认措辞。</p>
        {settings.templates.map((template) => (
          <TemplateSection key={template.kind.key} orgId={org.id} template={template} />
        ))}
      </section>
    </>
  );
}
