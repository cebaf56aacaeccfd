"use client";
// 新建年度报告: the year picks the default format; the user may choose another.
import { useActionState, useState } from "react";
import { formatForYear } from "@/lib/formats";
import type { FormatId } from "@/lib/formats/types";
import type { FormatOption } from "@/components/report/format-options";
import { Field, SelectField } from "@/components/ui/Field";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { createReportAction } from "@/app/_actions/reports";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, parseReportYear } from "@/lib/formats/report-year";

export interface NewReportFormProps {
  defaultYear: number;
  formats: FormatOption[];
  /** units the user may create reports for; one unit needs no choice */
  orgs: { id: string; name: string }[];
}

function defaultFormatFor(yearText: string): FormatId | null {
  const year = parseReportYear(yearText);
  return year === null ? null : formatForYear(year).id;
}

export function NewReportForm({ defaultYear, formats, orgs }: NewReportFormProps) {
  const [state, action, pending] = useActionState(createReportAction, null);
  const [year, setYear] = useState(String(defaultYear));
  const [chosen, setChosen] = useState<FormatId | null>(null);
  const format = chosen ?? defaultFormatFor(year) ?? formats[formats.length - 1]?.id;

  return (
    <form action={action} className="panel" aria-label="新建年度报告">
      <h2>新建报告</h2>
      {orgs.length > 1 ? (
        <SelectField
          id="new-report-org"
          label="单位"
          name="orgId"
          required
          defaultValue={orgs[0]?.id}
          choices={orgs.map((org) => ({ key: org.id, label: org.name }))}
        />
      ) : (
        orgs[0] && <input type="hidden" name="orgId" value={orgs[0].id} />
      )}
      <Field id="new-report-year" label="年度" error={fieldError(state, "year")}>
        {(props) => (
          <input
            {...props}
            name="year"
            type="number"
            inputMode="numeric"
            min={MIN_REPORT_YEAR}
            max={MAX_REPORT_YEAR}
            step={1}
            required
            value={year}
            onChange={(event) => setYear(event.target.value)}
            className="w-32"
          />
        )}
      </Field>
      <SelectField
        id="new-report-format"
        label="格式"
        hint="按年度自动选择对应的官方格式，如有需要可以改选。"
        name="format"
        value={format}
        onChange={(event) => setChosen(formats.find((option) => option.id === event.target.value)?.id ?? null)}
        choices={formats.map((option) => ({ key: option.id, label: option.label }))}
      />
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        新建年度报告
      </button>
    </form>
  );
}
