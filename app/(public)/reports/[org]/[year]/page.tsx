import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormat, isFormatId } from "@/lib/formats";
import { ReportView } from "@/components/report/ReportView";
import { ChannelList } from "@/components/report/ChannelList";
import { CorrectionLog } from "@/components/report/CorrectionLog";
import { reportTitle } from "@/components/report/title";
import { formatDate, isoDate } from "@/components/ui/dates";
import { publicDownloadPath, publicReportPath } from "@/app/_lib/paths";
import { loadPublishedReport, type ReportParams } from "./load";

type Props = {
  params: Promise<ReportParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** ?revision=N shows an earlier revision; without it, the latest. */
async function load({ params, searchParams }: Props) {
  const [{ org, year }, query] = await Promise.all([params, searchParams]);
  const revision = typeof query.revision === "string" ? query.revision : undefined;
  return loadPublishedReport(org, year, revision);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const report = await load(props);
  return { title: report ? reportTitle(report.orgName, report.year) : "未找到年度报告" };
}

export default async function PublishedReportPage(props: Props) {
  const report = await load(props);
  if (!report || !isFormatId(report.format)) notFound();
  const format = getFormat(report.format);
  const path = publicReportPath(report.orgSlug, report.year);
  const latest = Math.max(report.revision, ...report.corrections.map((c) => c.number));

  return (
    <article>
      <nav aria-label="位置" className="no-print">
        <Link href="/reports">年度报告目录</Link>
      </nav>
      <h1>{reportTitle(report.orgName, report.year)}</h1>
      <p className="report-meta">
        第{report.revision}版，发布于<time dateTime={isoDate(report.publishedAt)}>{formatDate(report.publishedAt)}</time>
        {report.revision > 1 && report.reason ? `；更正原因：${report.reason}` : ""}
      </p>
      {report.revision < latest && (
        <p className="notice notice-info">
          这是已被更正的第{report.revision}版。<Link href={path}>查看最新的第{latest}版</Link>
        </p>
      )}
      {report.revision === latest && (
        <p className="downloads no-print">
          <span>下载：</span>
          <a href={publicDownloadPath(report.orgSlug, report.year, "data.json")} download>
            JSON（数据交换格式）
          </a>
          <a href={publicDownloadPath(report.orgSlug, report.year, "data.csv")} download>
            CSV（每个单元格一行）
          </a>
          <a href={publicDownloadPath(report.orgSlug, report.year, "data.xlsx")} download>
            XLSX（官方格式统计表）
          </a>
          <a href={publicDownloadPath(report.orgSlug, report.year, "report.docx")} download>
            DOCX（报告全文）
          </a>
        </p>
      )}
      {latest > 1 && <CorrectionLog corrections={report.corrections} path={path} current={report.revision} />}
      <ReportView format={format} cells={report.cells} sections={report.sections} />
      <ChannelList channels={report.channels} year={report.year} />
    </article>
  );
}
