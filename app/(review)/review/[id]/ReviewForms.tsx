"use client";
// 退回 (with the comments the unit must act on) and 发布 (a new public revision).
import { publishReportAction, returnReportAction } from "@/app/_actions/review";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";
import { Field } from "@/components/ui/Field";
import type { FormState } from "@/app/_lib/action-result";

interface ReviewFormProps {
  reportId: string;
  version: number;
}

function ReportFields({ reportId, version }: ReviewFormProps) {
  return (
    <>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function ReturnForm(props: ReviewFormProps) {
  const { state, pending, onSubmit, formKey } = useKeptForm<FormState>(returnReportAction, null);
  const commentError = fieldError(state, "comment");
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel no-print" aria-label="退回报告">
      <ReportFields {...props} />
      <Field id="review-comment" label="退回意见" hint="请具体说明需要修改的内容，填报单位将看到这些意见。" error={commentError}>
        {(props) => <textarea {...props} name="comment" rows={4} required />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button-danger" disabled={pending}>
        退回
      </button>
    </form>
  );
}

export function PublishForm({ blocked, ...props }: ReviewFormProps & { blocked: boolean }) {
  const { state, pending, onSubmit, formKey } = useKeptForm<FormState>(publishReportAction, null);
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel no-print" aria-label="发布报告">
      <ReportFields {...props} />
      <p>发布后报告将在公开页面向社会公布，发布的版本不能再修改，只能通过更正发布新版本。</p>
      {blocked && <p className="field-error">检查发现错误，发布前请先退回修改。</p>}
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        发布
      </button>
    </form>
  );
}
