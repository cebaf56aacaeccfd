"use client";
// 导入报告: choose a published report's file and the unit, 读取 it, look at the source beside
// what was read, then save it as a draft or bring it in as published. One form: the file and
// the choices stay in it, and each button sends them again (the server keeps nothing between
// the two steps). Changing any of them after a reading hides the reading until it is read again.
import { useState } from "react";
import { importReportFileAction, type ReportImportState } from "@/app/_actions/report-import";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { Field, SelectField } from "@/components/ui/Field";
import { UnitSlugField } from "@/components/ui/UnitSlugField";
import type { FormatOption } from "@/components/report/format-options";
import { useKeptForm } from "@/components/ui/useKeptForm";
import { REPORT_LIMITS, sizeText } from "@/lib/uploads/limits";
import { chosenFileTooLarge } from "@/components/ui/file-limit";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/formats/report-year";
import { ReadingView } from "@/components/import/ReadingView";

export interface ReportImportFormProps {
  /** the units the user may import for; one (a unit's staff) needs no choice */
  orgs: { slug: string; name: string }[];
  formats: FormatOption[];
  /** today in China, the latest publication date */
  today: string;
}

const ACCEPT = ".txt,.htm,.html,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function ReportImportForm({ orgs, formats, today }: ReportImportFormProps) {
  const { state, pending, onSubmit } = useKeptForm<ReportImportState>(importReportFileAction, null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  // the answer that was on screen when a choice changed: its reading no longer matches the form
  const [changedAt, setChangedAt] = useState<ReportImportState | undefined>(undefined);
  const reading = state && changedAt !== state ? state.reading : undefined;
  const changed = () => setChangedAt(state);

  return (
    <form
      onSubmit={(event) => {
        const refused = chosenFileTooLarge(event.currentTarget, REPORT_LIMITS.fileBytes);
        setTooLarge(refused);
        if (refused) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      aria-label="导入报告"
    >
      <fieldset className="panel max-w-3xl" onChange={changed}>
        <legend className="sr-only">报告文件</legend>
        <UnitSlugField id="report-import-org" orgs={orgs} />
        <Field
          id="report-import-file"
          label="报告文件（.txt、.html、.htm 或 .docx）"
          error={tooLarge ? `无法读取：${tooLarge}，不是一份年度报告。` : undefined}
          hint={`PDF 中复制的文字或文字识别的结果存为 .txt（UTF-8 或 GBK 编码）；政府网站上的报告页面另存为 .html；Word 文档另存为 .docx。文件不超过 ${sizeText(REPORT_LIMITS.fileBytes)}。`}
        >
          {(props) => <input {...props} name="file" type="file" required accept={ACCEPT} />}
        </Field>
        <div className="flex flex-wrap gap-x-6">
          <Field id="report-import-year" label="报告年度（选填）" hint="标题中没有写明年度时填写。" error={fieldError(state, "year")}>
            {(props) => <input {...props} name="year" type="number" inputMode="numeric" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} step={1} className="w-32" />}
          </Field>
          <SelectField
            id="report-import-format"
            label="格式（选填）"
            hint="默认按年度确定，并与表格的栏目核对。"
            name="format"
            defaultValue=""
            noneLabel="按年度确定"
            choices={formats.map((option) => ({ key: option.id, label: option.label }))}
          />
        </div>
        <button type="submit" name="intent" value="read" className="button button-primary" disabled={pending}>
          {pending ? "正在处理…" : "读取"}
        </button>
        <p className="muted text-sm">读取只显示结果，不保存任何内容；看过结果后再选择如何保存。</p>
      </fieldset>
      {reading ? (
        <ReadingView
          key={reading.fingerprint}
          reading={reading}
          pending={pending}
          today={today}
          fieldErrors={state && !state.ok ? state.fieldErrors : undefined}
          message={<FormMessage state={state?.ok ? null : state} />}
        />
      ) : (
        <div className="max-w-3xl">
          <FormMessage state={state?.ok ? null : state} />
        </div>
      )}
    </form>
  );
}
