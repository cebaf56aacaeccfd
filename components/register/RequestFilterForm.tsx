// 筛选: a plain GET form, so that filtering works without JavaScript and every view has a URL.
import Link from "next/link";
import { DUE_SOON_WORKING_DAYS } from "@/lib/data/register";
import { applicantTypes } from "@/lib/register/structure";
import { CHANNELS } from "@/lib/register/vocabulary";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/validations/report";
import type { RegisterQuery } from "@/components/register/query";
import { REGISTER_PATH } from "@/components/register/paths";

export function RequestFilterForm({ query, orgs }: { query: RegisterQuery; orgs: readonly { slug: string; name: string }[] }) {
  const { filters } = query;
  return (
    <form method="get" action={REGISTER_PATH} className="panel no-print" aria-labelledby="register-filter-heading">
      <h2 id="register-filter-heading" className="mt-0">
        筛选
      </h2>
      <div className="flex flex-wrap gap-x-6 items-end">
        {orgs.length > 1 && (
          <div className="field">
            <label htmlFor="filter-org">单位</label>
            <select id="filter-org" name="org" defaultValue={query.org ?? ""}>
              <option value="">全部单位</option>
              {orgs.map((org) => (
                <option key={org.slug} value={org.slug}>
                  {org.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="filter-status">状态</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">全部</option>
            <option value="open">未办结（办理中、等待补正）</option>
            <option value="closed">已办结</option>
          </select>
        </div>
        <fieldset className="field">
          <legend className="font-semibold">期限</legend>
          <label className="font-normal">
            <input type="checkbox" name="dueSoon" value="1" defaultChecked={filters.dueSoon ?? false} /> 即将到期（{DUE_SOON_WORKING_DAYS} 个工作日内）
          </label>
          <label className="font-normal">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue ?? false} /> 已逾期
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="filter-year">收到年度</label>
          <input id="filter-year" name="year" type="number" inputMode="numeric" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={filters.year ?? ""} className="w-28" />
        </div>
        <div className="field">
          <label htmlFor="filter-channel">渠道</label>
          <select id="filter-channel" name="channel" defaultValue={filters.channel ?? ""}>
            <option value="">全部</option>
            {CHANNELS.map((channel) => (
              <option key={channel.key} value={channel.key}>
                {channel.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">申请人类型</label>
          <select id="filter-type" name="type" defaultValue={filters.applicantType ?? ""}>
            <option value="">全部</option>
            {applicantTypes().map((type) => (
              <option key={type.key} value={type.key}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
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
