"use client";
// 生效: errors block it; warnings must be acknowledged first.
import { activateNoticeAction, type NoticeFormState } from "@/app/_actions/calendar";
import { FormMessage } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";

export function ActivateForm({ noticeId, warnings, blocked }: { noticeId: string; warnings: number; blocked: boolean }) {
  const { state, pending, onSubmit } = useKeptForm<NoticeFormState>(activateNoticeAction, null);
  return (
    <form onSubmit={onSubmit} className="panel" aria-labelledby="activate-heading">
      <h2 id="activate-heading" className="mt-0">
        生效
      </h2>
      <input type="hidden" name="noticeId" value={noticeId} />
      {blocked ? (
        <p className="field-error">检查发现错误（见上），这份通知不能生效。请重新录入正确的安排。</p>
      ) : (
        <p>生效后，新的放假安排立即用于计算期限；受影响的未办结申请的期满日将重新计算，并记入审计日志。</p>
      )}
      {warnings > 0 && !blocked && (
        <div className="field">
          <label className="font-normal">
            <input type="checkbox" name="acknowledge" required /> 我已核对以上 {warnings} 条提示，确认按此安排生效
          </label>
        </div>
      )}
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending || blocked}>
        {pending ? "正在生效…" : "生效"}
      </button>
    </form>
  );
}
