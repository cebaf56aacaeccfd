"use client";
// What both ways of entering a notice ask for: what the notice is, its 文号 and its date.
import { Field, SelectField } from "@/components/ui/Field";
import { NOTICE_KIND_LABELS } from "@/lib/register/notice-fields";

const KIND_CHOICES = Object.entries(NOTICE_KIND_LABELS).map(([key, label]) => ({ key, label }));

export function NoticeMetaFields({ prefix, today }: { prefix: string; today: string }) {
  return (
    <>
      <SelectField id={`${prefix}-kind`} label="通知类型" name="kind" defaultValue="annual" choices={KIND_CHOICES} />
      <Field id={`${prefix}-issued`} label="通知日期" hint="通知签发或公布的日期。">
        {(props) => <input {...props} name="issuedOn" type="date" required max={today} />}
      </Field>
      <Field id={`${prefix}-doc-no`} label="文号（可选）" hint="如：国办发明电〔2024〕12号。">
        {(props) => <input {...props} name="docNo" type="text" maxLength={100} />}
      </Field>
      <Field id={`${prefix}-title`} label="标题（可选）" hint="留空时按“国务院办公厅关于××××年部分节假日安排的通知”生成。">
        {(props) => <input {...props} name="title" type="text" maxLength={200} className="w-full max-w-xl" />}
      </Field>
      <Field id={`${prefix}-source`} label="来源网址（可选）">
        {(props) => <input {...props} name="sourceUrl" type="url" maxLength={500} className="w-full max-w-xl" />}
      </Field>
    </>
  );
}
