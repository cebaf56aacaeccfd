"use client";
// The 政府信息公开指南 form of a unit: the 工作机构 and its contacts, then the texts. The three
// texts the law words are offered in its wording until the unit writes its own; left so, they
// follow the law's wording (lib/guide/law.ts). What was typed stays when the save is refused.
import { saveGuideAction } from "@/app/_actions/guides";
import { ActionForm } from "@/components/ui/ActionForm";
import { Field } from "@/components/ui/Field";
import { GUIDE_CONTACT_FIELDS, GUIDE_TEXT_FIELDS, type GuideField } from "@/lib/guide/fields";

/** How each contact field is typed, and what it says about itself. */
const CONTACT_INPUTS: Record<(typeof GUIDE_CONTACT_FIELDS)[number]["key"], { inputMode?: "tel" | "email"; maxLength: number; hint?: string; required?: boolean }> = {
  office: { maxLength: 100, required: true, hint: "负责本机关政府信息公开日常工作的机构，如“××镇人民政府党政办公室”。" },
  address: { maxLength: 200, hint: "当面提交和邮寄申请的地址。" },
  postcode: { maxLength: 6, hint: "6位数字。" },
  hours: { maxLength: 200, hint: "如“工作日上午8:30—12:00，下午14:30—18:00（法定节假日除外）”。" },
  phone: { inputMode: "tel", maxLength: 100, hint: "如 0951-1234567 或 13912345678，多个号码用“、”分隔。" },
  fax: { inputMode: "tel", maxLength: 100 },
  email: { inputMode: "email", maxLength: 100 },
};

const LAW_WORDING = "尚未改写时填入的是依据法规的通用表述；不作修改，公开页面即随法规表述更新。每段一行。";
const TEXT_HINTS: Record<(typeof GUIDE_TEXT_FIELDS)[number]["key"], string> = {
  applyChannels: `当面、邮寄、传真、网络等申请方式。${LAW_WORDING}`,
  fees: `是否收费及收费标准。${LAW_WORDING}`,
  remedies: `投诉、举报、行政复议和行政诉讼。${LAW_WORDING}`,
  notes: "可选：如政府信息查阅场所、申请表下载等本单位的其他说明。",
};

export interface GuideFormProps {
  orgId: string;
  version: number;
  /** what the form starts with: the saved guide, the law's wording for texts not written */
  values: Record<GuideField, string>;
}

export function GuideForm({ orgId, version, values }: GuideFormProps) {
  return (
    <ActionForm action={saveGuideAction} label="编辑政府信息公开指南" heading submit="保存公开指南" className="panel">
      {(error) => (
        <>
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="version" value={version} />
          <fieldset className="guide-fieldset">
            <legend>一、政府信息公开工作机构</legend>
            {GUIDE_CONTACT_FIELDS.map(({ key, label }) => {
              const input = CONTACT_INPUTS[key];
              return (
                <Field key={key} id={`guide-${key}`} label={input.required ? label : `${label}（可选）`} hint={input.hint} error={error(key)}>
                  {(props) => <input {...props} name={key} inputMode={input.inputMode} maxLength={input.maxLength} required={input.required} defaultValue={values[key]} />}
                </Field>
              );
            })}
          </fieldset>
          <fieldset className="guide-fieldset">
            <legend>二、申请渠道、收费、救济途径和其他事项</legend>
            {GUIDE_TEXT_FIELDS.map(({ key, label }) => (
              <Field key={key} id={`guide-${key}`} label={label} hint={TEXT_HINTS[key]} error={error(key)}>
                {(props) => <textarea {...props} name={key} rows={key === "notes" ? 3 : 7} maxLength={2000} defaultValue={values[key]} />}
              </Field>
            ))}
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
