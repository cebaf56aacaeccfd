"use client";
// The forms of 通知设置 whose fields show the action's field messages: the unit's recipients,
// and one kind of mail's subject and body with the placeholders it may use.
import type { FormState } from "@/app/_lib/action-result";
import { ActionForm } from "@/components/ui/ActionForm";
import { Field } from "@/components/ui/Field";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function RecipientsForm({ action, orgId, recipients, hint }: { action: Action; orgId: string; recipients: readonly string[]; hint: string }) {
  return (
    <ActionForm action={action} label="通知邮件收件人" submit="保存收件人" className="panel">
      {(error) => (
        <>
          <input type="hidden" name="orgId" value={orgId} />
          <Field id="notifications-recipients-input" label="本单位收件人邮箱（每行一个）" error={error("recipients")} hint={hint}>
            {(props) => <textarea {...props} name="recipients" rows={4} defaultValue={recipients.join("\n")} className="w-full" />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export interface TemplateFormProps {
  action: Action;
  orgId: string;
  kind: { key: string; label: string };
  subject: string;
  body: string;
  /** "{编号}（申请的登记编号）、…" */
  placeholders: string;
  subjectMax: number;
  bodyMax: number;
}

export function TemplateForm({ action, orgId, kind, subject, body, placeholders, subjectMax, bodyMax }: TemplateFormProps) {
  const id = `template-${kind.key}`;
  return (
    <ActionForm action={action} label={`“${kind.label}”邮件模板`} submit="保存模板">
      {(error) => (
        <>
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="kind" value={kind.key} />
          <Field id={`${id}-subject`} label="邮件标题" error={error("subject")}>
            {(props) => <input {...props} name="subject" required maxLength={subjectMax} defaultValue={subject} className="w-full" />}
          </Field>
          <Field id={`${id}-body`} label="邮件正文" error={error("body")} hint={`可用的占位符：${placeholders}`}>
            {(props) => <textarea {...props} name="body" required maxLength={bodyMax} rows={9} defaultValue={body} className="w-full" />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
