"use client";
// 按表单录入: one row per festival, as the notice lists them (rest from–to, make-up days).
import { useState } from "react";
import { addNoticeFormAction, type NoticeFormState } from "@/app/_actions/calendar";
import { FormMessage } from "@/components/ui/FormMessage";
import { Field } from "@/components/ui/Field";
import { useKeptForm } from "@/components/ui/useKeptForm";
import { NoticeErrors } from "@/components/calendar/NoticeErrors";
import { NoticeMetaFields } from "@/components/calendar/NoticeMetaFields";

export function NoticeForm({ today, defaultYear }: { today: string; defaultYear: number }) {
  const { state, pending, onSubmit } = useKeptForm<NoticeFormState>(addNoticeFormAction, null);
  const [rows, setRows] = useState([0]);
  const [nextRow, setNextRow] = useState(1);

  return (
    <form onSubmit={onSubmit} className="panel" aria-labelledby="notice-form-heading">
      <h2 id="notice-form-heading" className="mt-0">
        按表单录入
      </h2>
      <Field id="notice-year" label="年度">
        {(props) => <input {...props} name="year" type="number" inputMode="numeric" min={2000} max={2100} required defaultValue={defaultYear} className="w-28" />}
      </Field>
      <NoticeMetaFields prefix="notice" today={today} />
      {rows.map((row, index) => (
        <fieldset key={row} className="panel">
          <legend className="font-semibold">第 {index + 1} 个节日</legend>
          <Field id={`festival-${row}-name`} label="节日名称">
            {(props) => <input {...props} name="festival" type="text" required maxLength={50} />}
          </Field>
          <div className="flex flex-wrap gap-x-6">
            <Field id={`festival-${row}-from`} label="放假开始日期">
              {(props) => <input {...props} name="from" type="date" required />}
            </Field>
            <Field id={`festival-${row}-to`} label="放假结束日期">
              {(props) => <input {...props} name="to" type="date" required />}
            </Field>
          </div>
          <Field id={`festival-${row}-makeup`} label="调休上班日（可选）" hint="周六或周日，YYYY-MM-DD，多个日期用逗号或空格分开。">
            {(props) => <input {...props} name="makeup" type="text" className="w-full max-w-md" />}
          </Field>
          {rows.length > 1 && (
            <button type="button" className="link-button" onClick={() => setRows(rows.filter((r) => r !== row))}>
              删除第 {index + 1} 个节日
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setRows([...rows, nextRow]);
            setNextRow(nextRow + 1);
          }}
        >
          添加节日
        </button>
      </p>
      <FormMessage state={state} />
      <NoticeErrors state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "正在保存…" : "保存为草稿并预览"}
      </button>
    </form>
  );
}
