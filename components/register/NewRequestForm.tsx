"use client";
// 登记新申请. The receipt date depends on the channel (条例 art. 31; for "其他", 国办公开办函〔2015〕207号 一.5): the
// rule for the chosen channel is shown under the date.
import { useState } from "react";
import { applicantTypeChoices } from "@/lib/register/labels";
import { CHANNELS } from "@/lib/register/vocabulary";
import { createRequestAction } from "@/app/_actions/register";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { Field, SelectField } from "@/components/ui/Field";
import { UnitField } from "@/components/register/UnitField";
import { useKeptForm } from "@/components/ui/useKeptForm";

export interface NewRequestFormProps {
  today: string;
  /** units an admin may choose from; empty for staff (their own unit) */
  orgs: { id: string; name: string }[];
}

export function NewRequestForm({ today, orgs }: NewRequestFormProps) {
  const { state, pending, onSubmit } = useKeptForm(createRequestAction, null);
  const [channel, setChannel] = useState("");
  const receipt = CHANNELS.find((c) => c.key === channel);
  const error = (name: string) => fieldError(state, name);

  return (
    <form onSubmit={onSubmit} className="panel max-w-3xl" aria-label="登记新申请">
      <UnitField id="request-org" orgs={orgs} error={error("orgId")} />
      <SelectField
        id="request-channel"
        label="申请渠道"
        error={error("channel")}
        name="channel"
        required
        value={channel}
        onChange={(event) => setChannel(event.target.value)}
        placeholder="请选择"
        choices={CHANNELS}
      />
      <Field
        id="request-received"
        label="收到日期"
        error={error("receivedOn")}
        hint={receipt ? `${receipt.basis}：${receipt.receipt}。` : "条例第三十一条按申请渠道规定收到申请之日，请先选择申请渠道。"}
      >
        {(props) => <input {...props} name="receivedOn" type="date" required max={today} defaultValue={today} />}
      </Field>
      <SelectField
        id="request-applicant-type"
        label="申请人类型"
        error={error("applicantType")}
        hint="即年度报告表三的申请人类别。"
        name="applicantType"
        required
        defaultValue=""
        placeholder="请选择"
        choices={applicantTypeChoices()}
      />
      <Field id="request-applicant-name" label="申请人姓名或名称" error={error("applicantName")} hint="个人信息，仅本单位填报人员可见，不出现在导出文件和公开页面中。">
        {(props) => <input {...props} name="applicantName" type="text" autoComplete="off" maxLength={200} className="w-full max-w-md" />}
      </Field>
      <Field id="request-applicant-contact" label="联系方式" error={error("applicantContact")}>
        {(props) => <input {...props} name="applicantContact" type="text" autoComplete="off" maxLength={500} className="w-full max-w-md" />}
      </Field>
      <Field id="request-subject" label="申请内容" error={error("subject")} hint="所需政府信息的名称、文号或便于查询的其他特征性描述。">
        {(props) => <textarea {...props} name="subject" rows={4} required maxLength={5000} />}
      </Field>
      <Field id="request-form-wanted" label="获取信息的方式" error={error("formWanted")} hint="如：纸质、电子邮件、光盘、当面查阅。">
        {(props) => <input {...props} name="formWanted" type="text" maxLength={200} className="w-full max-w-md" />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "正在登记…" : "登记"}
      </button>
    </form>
  );
}
