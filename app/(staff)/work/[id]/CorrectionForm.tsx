"use client";
// 更正: reopen a published report; the reason is published with the corrected revision.
import { startCorrectionAction } from "@/app/_actions/reports";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";
import { Field } from "@/components/ui/Field";
import type { FormState } from "@/app/_lib/action-result";

export function CorrectionForm({ reportId, version }: { reportId: string; version: number }) {
  const { state, pending, onSubmit, formKey } = useKeptForm<FormState>(startCorrectionAction, null);
  const reasonError = fieldError(state, "reason");
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel no-print" aria-label="更正已发布的报告">
      <h2>更正</h2>
      <p className="muted">更正将把报告重新变为草稿；修改并经审核发布后，公开页面显示新的版本，原版本和更正原因保留在更正记录中。</p>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <Field id="correction-reason" label="更正原因" error={reasonError}>
        {(props) => <textarea {...props} name="reason" rows={3} required />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        更正
      </button>
    </form>
  );
}
