import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listReportsForActor } from "@/lib/data/reports";
import { listOrgsForActor } from "@/lib/data/orgs";
import { StatusBadge } from "@/components/report/status";
import { formatDateTime } from "@/components/ui/dates";
import { reviewPath } from "@/app/_lib/paths";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@/lib/validations/report";

export const metadata: Metadata = { title: "审核" };

type ReportSummary = Awaited<ReturnType<typeof listReportsForActor>>[number];

function chosenYear(value: string | string[] | undefined): number {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR ? year : new Date().getFullYear() - 1;
}

function ReviewLink({ report, text }: { report: ReportSummary; text: string }) {
  return (
    <Link href={reviewPath(report.id)}>
      {text}
      <span className="sr-only">
        {report.orgName}
        {report.year}年度报告
      </span>
    </Link>
  );
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (actor.role === "staff") notFound();
  const year = chosenYear((await searchParams).year);
  const [reports, orgs] = await Promise.all([listReportsForActor({ actor }), listOrgsForActor({ actor })]);
  const waiting = reports.filter((r) => r.status === "submitted").sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
  const ofYear = new Map(reports.filter((r) => r.year === year).map((r) => [r.orgId, r]));
  const parentName = new Map(orgs.map((o) => [o.id, o.name]));
  const tracker = [...orgs].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));

  return (
    <>
      <h1>审核年度报告</h1>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">待审核（{waiting.length}）</h2>
        {waiting.length === 0 ? (
          <p>目前没有待审核的报告。</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">年度</th>
                <th scope="col">提交时间</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((report) => (
                <tr key={report.id}>
                  <th scope="row">{report.orgName}</th>
                  <td>{report.year}年</td>
                  <td>{formatDateTime(report.updatedAt)}</td>
                  <td>
                    <ReviewLink report={report} text="审核" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="tracker-heading">
        <h2 id="tracker-heading">{year}年度报送情况</h2>
        <form method="get" className="actions-row no-print">
          <label htmlFor="tracker-year">查看年份</label>
          <input id="tracker-year" name="year" type="number" min={MIN_REPORT_YEAR} max={MAX_REPORT_YEAR} defaultValue={year} className="w-28 border border-gray-500 rounded px-2" />
          <button type="submit" className="button">
            查看
          </button>
        </form>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">上级单位</th>
              <th scope="col">状态</th>
              <th scope="col">最后修改</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {tracker.map((org) => {
              const report = ofYear.get(org.id);
              return (
                <tr key={org.id}>
                  <th scope="row">{org.name}</th>
                  <td>{org.parentId ? (parentName.get(org.parentId) ?? "") : ""}</td>
                  <td>{report ? <StatusBadge status={report.status} /> : "未建立"}</td>
                  <td>{report ? formatDateTime(report.updatedAt) : ""}</td>
                  <td>{report && <ReviewLink report={report} text="查看" />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
