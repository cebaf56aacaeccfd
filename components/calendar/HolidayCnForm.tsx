"use client";
// 上传 holiday-cn 文件 (github.com/NateScarlet/holiday-cn, one JSON file per notice year).
import { addNoticeFileAction, type NoticeFormState } from "@/app/_actions/calendar";
import { FormMessage } from "@/components/ui/FormMessage";
import { Field } from "@/components/ui/Field";
import { useKeptForm } from "@/components/ui/useKeptForm";
import { NoticeErrors } from "@/components/calendar/NoticeErrors";
import { NoticeMetaFields } from "@/components/calendar/NoticeMetaFields";

export function HolidayCnForm({ today }: { today: string }) {
  const { state, pending, onSubmit } = useKeptForm<NoticeFormState>(addNoticeFileAction, null);
  return (
    <form onSubmit={onSubmit} className="panel" aria-labelledby="holiday-cn-heading">
      <h2 id="holiday-cn-heading" className="mt-0">
        上传 holiday-cn 文件
      </h2>
      <Field id="holiday-cn-file" label="JSON 文件" hint="NateScarlet/holiday-cn 的年度文件（如 2027.json）：{ year, papers, days: [{ name, date, isOffDay }] }。文件不含文号和日期，请在下方填写。">
        {(props) => <input {...props} name="file" type="file" required accept=".json,application/json" />}
      </Field>
      <NoticeMetaFields prefix="holiday-cn" today={today} />
      <FormMessage state={state} />
      <NoticeErrors state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "正在读取…" : "读取并预览"}
      </button>
    </form>
  );
}
