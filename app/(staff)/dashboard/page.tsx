import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listReportsForActor } from "@/lib/data/reports";
import { listOrgsForActor } from "@/lib/data/orgs";
import { StatusBadge } from "@/components/report/status";
import { formatOptions } from "@/components/report/format-options";
import { formatDateTime } from "@/lib/display-dates";
import { publicReportPath, reviewPath, workPath } from "@/lib/paths";
import { NewReportForm } from "./NewReportForm";
import { canEditReports, ownUnitOf } from "@/lib/permissions";
import { reportingYear } from "@/lib/formats/report-year";

export const metadata: Metadata = { title: "年度报告" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const [reports, orgs] = await Promise.all([listReportsForActor({ actor }), listOrgsForActor({ actor })]);
  const sorted = [...reports].sort((a, b) => b.year - a.year || a.orgName.localeCompare(b.orgName, "zh-CN"));
  const manyOrgs = new Set(reports.map((r) => r.orgId)).size > 1 || orgs.length > 1;
  const canCreate = canEditReports(actor);
  const openPath = canCreate ? workPath : reviewPath;
  const ownOrg = orgs.find((o) => o.id === ownUnitOf(actor));

  return (
    <>
      <h1>{ownOrg ? `${ownOrg.name}年度报告` : "年度报告"}</h1>
      {sorted.length === 0 ? (
        <p>还没有年度报告。请在下方新建。</p>
      ) : (
        <table className="data-table">
          <caption>各年度报告及状态</caption>
          <thead>
            <tr>
              {manyOrgs && <th scope="col">单位</th>}
              <th scope="col">年度</th>
              <th scope="col">格式</th>
              <th scope="col">状态</th>
              <th scope="col">最后修改</th>
              <th scope="col">审核意见</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((report) => (
              <tr key={report.id}>
                {manyOrgs && <td>{report.orgName}</td>}
                <th scope="row">{report.year}年</th>
                <td>{report.format}</td>
                <td>
                  <StatusBadge status={report.status} />
                </td>
                <td>{formatDateTime(report.updatedAt)}</td>
                <td>{report.status === "returned" ? report.reviewComment ?? "" : ""}</td>
                <td>
                  <div className="actions-row">
                    <Link href={openPath(report.id)}>
                      {canCreate && (report.status === "draft" || report.status === "returned") ? "填写" : "查看"}
                      <span className="sr-only">
                        {report.orgName}
                        {report.year}年度报告
                      </span>
                    </Link>
                    {report.latestRevision !== null && (
                      <Link href={publicReportPath(report.orgSlug, report.year)}>
                        公开页面<span className="sr-only">（{report.year}年）</span>
                      </Link>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCreate && orgs.length > 0 && (
        <NewReportForm
          defaultYear={reportingYear()}
          formats={formatOptions()}
          orgs={(ownOrg ? [ownOrg] : orgs).map(({ id, name }) => ({ id, name }))}
        />
      )}
    </>
  );
}
