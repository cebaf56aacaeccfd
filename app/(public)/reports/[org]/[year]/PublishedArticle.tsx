// A published revision as the public reads it: a unit's own report or its roll-up (汇总).
import type { ReactNode } from "react";
import { getFormat } from "@/lib/formats";
import type { PublishedReport } from "@/lib/data/public";
import { ReportView } from "@/components/report/ReportView";
import { ChannelList } from "@/components/report/ChannelList";
import { CorrectionLog } from "@/components/report/CorrectionLog";
import { RollupSummary } from "@/components/report/RollupSummary";
import { reportTitle } from "@/lib/report/title";
import { formatDate, isoDate } from "@/lib/display-dates";
import { publicDownloadPath, publicReportPath } from "@/lib/paths";
import type { PublicPageContent } from "@/app/_lib/public-site";
import { listPublishedYears } from "@/lib/data/public";
import { describeReport } from "@/lib/public-index/describe";
import { reportingYear } from "@/lib/formats/report-year";
import { OtherYears } from "@/components/public/OtherYears";

/** What the page of a published revision says about itself, and shows, with the unit's other years. */
export async function reportPageContent(report: PublishedReport): Promise<PublicPageContent> {
  const years = await listPublishedYears({ orgSlug: report.orgSlug, scope: report.scope });
  const otherYears = (
    <OtherYears orgSlug={report.orgSlug} orgName={report.orgName} years={years} year={report.year} reportingYear={reportingYear()} scope={report.scope} />
  );
  return { meta: describeReport(report), body: <PublishedArticle report={report} otherYears={otherYears} />, lastModified: report.publishedAt };
}

export function PublishedArticle({ report, otherYears }: { report: PublishedReport; otherYears?: ReactNode }) {
  const format = getFormat(report.format);
  const path = publicReportPath(report.orgSlug, report.year, report.scope);
  const latest = Math.max(report.revision, ...report.corrections.map((c) => c.number));

  return (
    <article>
      <nav aria-label="位置" className="no-print">
        <a href="/reports">年度报告目录</a>
      </nav>
      <h1>{reportTitle(report.orgName, report.year, report.scope)}</h1>
      <p className="report-meta">
        第{report.revision}版，发布于<time dateTime={isoDate(report.publishedAt)}>{formatDate(report.publishedAt)}</time>
        {report.revision > 1 && report.reason ? `；更正原因：${report.reason}` : ""}
      </p>
      {report.revision < latest && (
        <p className="notice notice-info">
          这是已被更正的第{report.revision}版。<a href={path}>查看最新的第{latest}版</a>
        </p>
      )}
      {report.revision === latest && (
        <p className="downloads no-print">
          <span>下载：</span>
          <a href={publicDownloadPath(report.orgSlug, report.year, "data.json", report.scope)} download>
            JSON（数据交换格式）
          </a>
          <a href={publicDownloadPath(report.orgSlug, report.year, "data.csv", report.scope)} download>
            CSV（每个单元格一行）
          </a>
          <a href={publicDownloadPath(report.orgSlug, report.year, "data.xlsx", report.scope)} download>
            XLSX（官方格式统计表）
          </a>
          <a href={publicDownloadPath(report.orgSlug, report.year, "report.docx", report.scope)} download>
            DOCX（报告全文）
          </a>
        </p>
      )}
      {otherYears}
      {latest > 1 && <CorrectionLog corrections={report.corrections} path={path} current={report.revision} />}
      {report.rollup && <RollupSummary rollup={report.rollup} />}
      <ReportView format={format} cells={report.cells} sections={report.sections} blanks={report.rollup?.blanks} />
      <ChannelList channels={report.channels} year={report.year} />
    </article>
  );
}
