// 网络申请: the public form of 条例第二十九条 as a plain HTML form (no script): it posts to its own
// address, which answers with the same form, the values kept and each error beside its field,
// or with a redirect to the receipt. The applicant types come from the format registry (表三's
// columns), grouped as 表三 groups them.
import type { ReactNode } from "react";
import { applicantTypes } from "@/lib/register/structure";
import { APPLICANT_LIMITS } from "@/lib/register/applicant";
import { HONEYPOT_FIELD } from "@/lib/register/apply-guard";
import { DELIVERY_METHODS, ID_TYPES, INFO_FORMS, channelEntry } from "@/lib/register/vocabulary";
import { applyPath, publicGuidePath } from "@/lib/paths";
import { Field, SelectField } from "@/components/ui/Field";

export interface ApplyFormProps {
  unit: { slug: string; name: string };
  token: string;
  question: string;
  /** what the applicant typed, kept after a refusal */
  values: Record<string, string>;
  /** the first message of each field */
  errors: Record<string, string>;
  /** a refusal of the whole form (token, limit) */
  message?: string;
}

/** The field names in the order of the form, with what the error summary calls them. */
const FIELD_NAMES: Record<string, string> = {
  applicantType: "申请人类型",
  applicantName: "姓名或名称",
  idType: "身份证明类型",
  idNumber: "证件号码",
  phone: "联系电话",
  email: "电子邮件",
  address: "通信地址",
  infoTitle: "信息名称",
  infoDocNo: "文号",
  description: "内容描述",
  formWanted: "所需信息的形式",
  formOther: "其他形式",
  deliveryMethod: "获取信息的方式",
  deliveryOther: "其他途径",
  answer: "验证问题",
};

const fieldId = (name: string) => `apply-${name}`;

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="apply-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function ApplicantTypeField({ value, error }: { value: string; error?: string }) {
  const columns = applicantTypes();
  const single = columns.filter((c) => (c.path?.length ?? 1) <= 1);
  const groups = new Map<string, typeof columns>();
  for (const c of columns) {
    if ((c.path?.length ?? 1) <= 1) continue;
    const group = c.path?.[0] ?? "";
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  return (
    <Field id={fieldId("applicantType")} label="申请人类型（必填）" error={error} hint="法人或其他组织请选择其类别。">
      {(props) => (
        <select {...props} name="applicantType" required defaultValue={value}>
          <option value="" disabled>
            请选择
          </option>
          {single.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
          {[...groups].map(([group, options]) => (
            <optgroup key={group} label={group}>
              {options.map((c) => (
                <option key={c.key} value={c.key}>
                  {`${group} › ${c.label}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

function TextField(props: { name: string; label: string; value: string; error?: string; max: number; hint?: ReactNode; type?: "text" | "tel" | "email"; required?: boolean; autoComplete?: string; long?: boolean }) {
  return (
    <Field id={fieldId(props.name)} label={props.required ? `${props.label}（必填）` : props.label} error={props.error} hint={props.hint}>
      {(field) =>
        props.long ? (
          <textarea {...field} name={props.name} rows={5} maxLength={props.max} defaultValue={props.value} className="apply-wide" />
        ) : (
          <input
            {...field}
            name={props.name}
            type={props.type ?? "text"}
            maxLength={props.max}
            required={props.required}
            autoComplete={props.autoComplete ?? "off"}
            defaultValue={props.value}
            className="apply-wide"
          />
        )
      }
    </Field>
  );
}

export function ApplyForm({ unit, token, question, values, errors, message }: ApplyFormProps) {
  const online = channelEntry("online");
  const wrong = Object.keys(FIELD_NAMES).filter((name) => errors[name]);
  const v = (name: string) => values[name] ?? "";
  return (
    <>
      <h1>网络申请政府信息公开</h1>
      <p className="apply-unit">
        受理单位：<strong>{unit.name}</strong>
      </p>
      <p>
        <a href={publicGuidePath(unit.slug)}>申请前请阅读本单位政府信息公开指南</a>。
      </p>
      <p className="muted">
        依据《中华人民共和国政府信息公开条例》第二十九条，请填写申请人的姓名或名称、身份证明、联系方式，所需政府信息的名称、文号或便于查询的其他特征性描述，以及获取信息的方式和途径。您的个人信息仅用于办理本申请，不会公开。
      </p>
      {(wrong.length > 0 || message) && (
        <div className="notice notice-error" role="alert">
          {message && <p>{message}</p>}
          {wrong.length > 0 && (
            <>
              <p>请修改以下 {wrong.length} 处后再提交：</p>
              <ul>
                {wrong.map((name) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>
                      {FIELD_NAMES[name]}：{errors[name]}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <form method="post" action={applyPath(unit.slug)} className="apply-form" noValidate aria-label="政府信息公开申请表">
        <input type="hidden" name="token" value={token} />
        <Group legend="申请人信息">
          <ApplicantTypeField value={v("applicantType")} error={errors.applicantType} />
          <TextField name="applicantName" label="姓名或名称" value={v("applicantName")} error={errors.applicantName} max={APPLICANT_LIMITS.name} required autoComplete="name" hint="法人或其他组织填写其全称。" />
          <SelectField
            id={fieldId("idType")}
            label="身份证明类型（必填）"
            error={errors.idType}
            name="idType"
            required
            defaultValue={v("idType")}
            placeholder="请选择"
            choices={ID_TYPES}
            hint="法人或其他组织请选择统一社会信用代码。"
          />
          <TextField name="idNumber" label="证件号码" value={v("idNumber")} error={errors.idNumber} max={APPLICANT_LIMITS.idNumber} required />
        </Group>
        <Group legend="联系方式">
          <TextField name="phone" label="联系电话" type="tel" value={v("phone")} error={errors.phone} max={30} required autoComplete="tel" hint="手机号码，或带区号的固定电话。查询办理进度时需要。" />
          <TextField name="email" label="电子邮件" type="email" value={v("email")} error={errors.email} max={APPLICANT_LIMITS.email} autoComplete="email" hint="选择以电子邮件获取信息的必填。" />
          <TextField name="address" label="通信地址" value={v("address")} error={errors.address} max={APPLICANT_LIMITS.address} autoComplete="street-address" hint="选择邮寄的必填。" />
        </Group>
        <Group legend="所需政府信息">
          <p className="muted apply-small">名称、文号和内容描述至少填写一项。</p>
          <TextField name="infoTitle" label="信息名称" value={v("infoTitle")} error={errors.infoTitle} max={APPLICANT_LIMITS.infoTitle} />
          <TextField name="infoDocNo" label="文号" value={v("infoDocNo")} error={errors.infoDocNo} max={APPLICANT_LIMITS.infoDocNo} hint="如：某政发〔2024〕3号。" />
          <TextField name="description" label="内容描述" value={v("description")} error={errors.description} max={APPLICANT_LIMITS.description} long hint="便于查询的其他特征性描述，如涉及的时间、地点、事项。" />
        </Group>
        <Group legend="获取信息的方式">
          <SelectField id={fieldId("formWanted")} label="所需信息的形式（必填）" error={errors.formWanted} name="formWanted" required defaultValue={v("formWanted")} placeholder="请选择" choices={INFO_FORMS} />
          <TextField name="formOther" label="其他形式" value={v("formOther")} error={errors.formOther} max={APPLICANT_LIMITS.other} hint="选择“其他”的，请注明，如：U盘。" />
          <SelectField id={fieldId("deliveryMethod")} label="获取信息的途径（必填）" error={errors.deliveryMethod} name="deliveryMethod" required defaultValue={v("deliveryMethod")} placeholder="请选择" choices={DELIVERY_METHODS} />
          <TextField name="deliveryOther" label="其他途径" value={v("deliveryOther")} error={errors.deliveryOther} max={APPLICANT_LIMITS.other} hint="选择“其他”的，请注明，如：传真。" />
        </Group>
        <Group legend="验证">
          <Field id={fieldId("answer")} label={`验证问题：${question}（必填）`} error={errors.answer} hint="请填写阿拉伯数字，用于防止自动提交。">
            {(props) => <input {...props} name="answer" type="text" inputMode="numeric" required autoComplete="off" maxLength={5} className="apply-short" />}
          </Field>
        </Group>
        <div className="apply-trap" aria-hidden="true">
          <label htmlFor={fieldId(HONEYPOT_FIELD)}>请勿填写此项</label>
          <input id={fieldId(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="muted apply-small">
          {online.basis}：{online.receipt}。本系统在您提交时即时确认收到，提交之日即为收到申请之日。
        </p>
        <button type="submit" className="button button-primary">
          提交申请
        </button>
      </form>
    </>
  );
}
