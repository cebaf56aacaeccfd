// 筛选: a plain GET form, so that filtering works without JavaScript and every view has a URL.
import Link from "next/link";
import { DUE_SOON_WORKING_DAYS } from "@/lib/register/deadline";
import { applicantTypeChoices } from "@/lib/register/labels";
import { CHANNELS } from "@/lib/register/vocabulary";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/formats/report-year";
import type { RegisterQuery } from "@/components/register/query";
import { REGISTER_PATH } from "@/lib/paths";
import { SelectField } from "@/components/ui/Field";

const STATUS_CHOICES = [
  { key: "open", label: "未办结（办理中、等待补正）" },
  { key: "closed", label: "已办结" },
];

export function RequestFilterForm({ query, orgs }: { query: RegisterQuery; orgs: readonly { slug: string; name: string }[] }) {
  const { filters } = query;
  return (
    <form method="get" action={REGISTER_PATH} className="panel no-print" aria-labelledby="register-filter-heading">
      <h2 id="register-filter-heading" className="mt-0">
        筛选
      </h2>
      <div className="flex flex-wrap gap-x-6 items-end">
        {orgs.length > 1 && (
          <SelectField
            id="filter-org"
            label="单位"
            name="org"
            defaultValue={query.org ?? ""}
            allLabel="全部单位"
            choices={orgs.map((org) => ({ key: org.slug, label: org.name }))}
          />
        )}
        <SelectField id="filter-status" label="状态" name="status" defaultValue={filters.status ?? ""} allLabel="全部" choices={STATUS_CHOICES} />
        <fieldset className="field">
          <legend className="font-semibold">期限</legend>
          <label className="font-normal">
            <input type="checkbox" name="dueSoon" value="1" defaultChecked={filters.dueSoon ?? false} /> 即将到期（{DUE_SOON_WORKING_DAYS} 个工作日内）
          </label>
          <label className="font-normal">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue ?? false} /> 已逾期
          </label>
          <label className="font-normal">
            <input type="checkbox" name="late" value="1" defaultChecked={filters.answeredLate ?? false} /> 逾期答复（办结晚于期满日）
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="filter-year">收到年度</label>
          <input id="filter-year" name="year" type="number" inputMode="numeric" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={filters.year ?? ""} className="w-28" />
        </div>
        <SelectField id="filter-channel" label="渠道" name="channel" defaultValue={filters.channel ?? ""} allLabel="全部" choices={CHANNELS} />
        <SelectField id="filter-type" label="申请人类型" name="type" defaultValue={filters.applicantType ?? ""} allLabel="全部" choices={applicantTypeChoices()} />
      </div>
      <p className="actions-row">
        <button type="submit" className="button button-primary">
          筛选
        </button>
        <Link href={REGISTER_PATH}>清除筛选</Link>
      </p>
    </form>
  );
}
