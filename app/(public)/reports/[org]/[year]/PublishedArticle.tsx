// A published revision as the public reads it: a unit's own report or its roll-up (汇总), laid
// out as the printed report (title centred, 落款 at the end), then the correction log.
import type { ReactNode } from "react";
import { getFormat } from "@/lib/formats";
import type { PublishedReport } from "@/lib/data/public";
import { ReportView } from "@/components/report/ReportView";
import { ChannelList } from "@/components/report/ChannelList";
import { CorrectionLog } from "@/components/report/CorrectionLog";
import { RollupSummary } from "@/components/report/RollupSummary";
import { reportTitle } from "@/lib/report/title";
import { signatureLines } from "@/lib/report/signature";
import { formatDate, isoDate } from "@/lib/display-dates";
import { publicDownloadPath, publicReportPath, publicRevisionPath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/public-site/meta";
import { readEnv } from "@/lib/env";
import type { PublicPageContent } from "@/app/_lib/public-site";
import { listPublishedYears } from "@/lib/data/public";
import { describeReport } from "@/lib/public-index/describe";
import { reportingYear } from "@/lib/formats/report-year";
import { OtherYears } from "@/components/public/OtherYears";
import { HistoricalNotice } from "@/components/report/HistoricalNotes";

/**
 * What the page of a published revision says about itself, and shows, with the unit's other
 * years. `permanent`: the page is the revision's own address (/r/N), then its canonical path.
 */
export async function reportPageContent(report: PublishedReport, { permanent = false }: { permanent?: boolean } = {}): Promise<PublicPageContent> {
  const years = await listPublishedYears({ orgSlug: report.orgSlug, scope: report.scope });
  const otherYears = (
    <OtherYears orgSlug={report.orgSlug} orgName={report.orgName} years={years} year={report.year} reportingYear={reportingYear()} scope={report.scope} />
  );
  return {
    meta: describeReport(report, { permanent }),
    body: <PublishedArticle report={report} otherYears={otherYears} siteUrl={readEnv().NEXTAUTH_URL} />,
    lastModified: report.publishedAt,
  };
}

export function PublishedArticle({
  report,
  otherYears,
  siteUrl,
}: {
  report: PublishedReport;
  otherYears?: ReactNode;
  /** the site's address, when configured: the printed permanent address is then complete */
  siteUrl?: string;
}) {
  const format = getFormat(report.format);
  const path = publicReportPath(report.orgSlug, report.year, report.scope);
  const revisionPath = (revision: number) => publicRevisionPath(report.orgSlug, report.year, revision, report.scope);
  const latest = Math.max(report.revision, ...report.corrections.map((c) => c.number));
  const permalink = revisionPath(report.revision);
  const [unit, date] = signatureLines(report.orgName, report.publishedAt);

  return (
    <article className="published-report">
      <nav aria-label="位置" className="no-print">
        <a href="/reports">年度报告目录</a>
      </nav>
      <h1 className="report-title">{reportTitle(report.orgName, report.year, report.scope)}</h1>
      <p className="report-permalink">
        本版地址：<a href={permalink}>{absoluteUrl(siteUrl, permalink) ?? permalink}</a>
      </p>
      <p className="report-meta">
        第{report.revision}版，发布于<time dateTime={isoDate(report.publishedAt)}>{formatDate(report.publishedAt)}</time>
        {report.revision > 1 && report.reason ? `；更正原因：${report.reason}` : ""}
        {latest > 1 && (
          <>
            {"；"}
            <a href="#correction-log-heading">更正记录</a>
          </>
        )}
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
      {report.historical && <HistoricalNotice historical={report.historical} publishedAt={report.publishedAt} />}
      {otherYears}
      {report.rollup && <RollupSummary rollup={report.rollup} />}
      <ReportView format={format} cells={report.cells} sections={report.sections} blanks={report.rollup?.blanks} historical={report.historical} />
      <ChannelList channels={report.channels} year={report.year} />
      <footer className="report-signature">
        <p>{unit}</p>
        <p>
          <time dateTime={isoDate(report.publishedAt)}>{date}</time>
        </p>
      </footer>
      {latest > 1 && <CorrectionLog corrections={report.corrections} current={report.revision} revisionPath={revisionPath} />}
    </article>
  );
}
