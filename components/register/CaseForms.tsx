"use client";
// 登记案件 and 记录审结 for 表四. Kinds and results are 表四's own (caseVocabulary).
import { createReviewCaseAction, closeReviewCaseAction } from "@/app/_actions/register-cases";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { Field, SelectField } from "@/components/ui/Field";
import { UnitField } from "@/components/register/UnitField";
import type { CaseVocabulary } from "@/components/register/labels";
import { useKeptForm } from "@/components/ui/useKeptForm";

export function NewCaseForm({ vocabulary, today, orgs }: { vocabulary: CaseVocabulary; today: string; orgs: { id: string; name: string }[] }) {
  const { state, pending, onSubmit, formKey } = useKeptForm(createReviewCaseAction, null);
  const error = (name: string) => fieldError(state, name);
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel" aria-labelledby="new-case-heading">
      <h2 id="new-case-heading" className="mt-0">
        登记案件
      </h2>
      <UnitField id="case-org" orgs={orgs} error={error("orgId")} />
      <SelectField id="case-block" label="案件类型" error={error("block")} name="block" required defaultValue="" placeholder="请选择" choices={vocabulary.blocks} />
      <Field id="case-number" label="案号（可选）" error={error("caseNumber")}>
        {(props) => <input {...props} name="caseNumber" type="text" maxLength={100} />}
      </Field>
      <Field id="case-filed" label="立案日期" error={error("filedOn")} hint="收到行政复议申请书或起诉状副本的日期；年底尚未审结的案件计入当年“尚未审结”。">
        {(props) => <input {...props} name="filedOn" type="date" required max={today} defaultValue={today} />}
      </Field>
      <div className="field">
        <label className="font-normal">
          <input type="checkbox" name="coDefendantOnly" aria-describedby="case-co-defendant-hint" /> 本机关仅作为行政复议机关被列为共同被告
        </label>
        <p id="case-co-defendant-hint" className="muted text-sm">
          行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量：勾选后该案件不计入{vocabulary.table}。
        </p>
      </div>
      <Field id="case-note" label="备注（可选）" error={error("note")}>
        {(props) => <textarea {...props} name="note" rows={2} maxLength={2000} />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        登记案件
      </button>
    </form>
  );
}

export function CloseCaseForm({ vocabulary, today, cases }: { vocabulary: CaseVocabulary; today: string; cases: { id: string; label: string }[] }) {
  const { state, pending, onSubmit, formKey } = useKeptForm(closeReviewCaseAction, null);
  const error = (name: string) => fieldError(state, name);
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel" aria-labelledby="close-case-heading">
      <h2 id="close-case-heading" className="mt-0">
        记录审结
      </h2>
      <SelectField
        id="close-case"
        label={`案件（${vocabulary.pendingLabel}）`}
        error={error("caseId")}
        name="caseId"
        required
        defaultValue=""
        placeholder="请选择"
        choices={cases.map((c) => ({ key: c.id, label: c.label }))}
      />
      <SelectField id="close-case-result" label="审结结果" error={error("result")} name="result" required defaultValue="" placeholder="请选择" choices={vocabulary.results} />
      <Field id="close-case-date" label="审结日期" error={error("closedOn")}>
        {(props) => <input {...props} name="closedOn" type="date" required max={today} defaultValue={today} />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        记录审结
      </button>
    </form>
  );
}
