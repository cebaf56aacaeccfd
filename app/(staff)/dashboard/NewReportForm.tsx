"use client";
// 新建年度报告: the year picks the default format; the user may choose another.
import { useActionState, useState } from "react";
import { formatForYear } from "@/lib/formats";
import type { FormatId } from "@/lib/formats/types";
import type { FormatOption } from "@/components/report/format-options";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { createReportAction } from "@/app/_actions/reports";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/validations/report";

export interface NewReportFormProps {
  defaultYear: number;
  formats: FormatOption[];
  /** units the user may create reports for; one unit needs no choice */
  orgs: { id: string; name: string }[];
}

function defaultFormatFor(yearText: string): FormatId | null {
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) return null;
  return formatForYear(year).id;
}

export function NewReportForm({ defaultYear, formats, orgs }: NewReportFormProps) {
  const [state, action, pending] = useActionState(createReportAction, null);
  const [year, setYear] = useState(String(defaultYear));
  const [chosen, setChosen] = useState<FormatId | null>(null);
  const format = chosen ?? defaultFormatFor(year) ?? formats[formats.length - 1]?.id;
  const yearError = fieldError(state, "year");

  return (
    <form action={action} className="panel" aria-label="新建年度报告">
      <h2>新建报告</h2>
      {orgs.length > 1 ? (
        <div className="field">
          <label htmlFor="new-report-org">单位</label>
          <select id="new-report-org" name="orgId" required defaultValue={orgs[0]?.id}>
            {orgs.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        orgs[0] && <input type="hidden" name="orgId" value={orgs[0].id} />
      )}
      <div className="field">
        <label htmlFor="new-report-year">年度</label>
        <input
          id="new-report-year"
          name="year"
          type="number"
          inputMode="numeric"
          min={MIN_REPORT_YEAR}
          max={MAX_REPORT_YEAR}
          step={1}
          required
          value={year}
          onChange={(event) => setYear(event.target.value)}
          aria-invalid={yearError ? true : undefined}
          aria-describedby={yearError ? "new-report-year-error" : undefined}
          className="w-32"
        />
        {yearError && (
          <p id="new-report-year-error" className="field-error">
            {yearError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="new-report-format">格式</label>
        <select
          id="new-report-format"
          name="format"
          value={format}
          onChange={(event) => setChosen(formats.find((option) => option.id === event.target.value)?.id ?? null)}
          aria-describedby="new-report-format-hint"
        >
          {formats.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <p id="new-report-format-hint" className="muted text-sm">
          按年度自动选择对应的官方格式，如有需要可以改选。
        </p>
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        新建年度报告
      </button>
    </form>
  );
}
