// The title and description of each public page: what a search engine lists and what a link
// shared in a chat shows (Open Graph). Each says what is on the page in one or two sentences.
import type { PublishedReport } from "@/lib/data/public";
import { formatDate } from "@/lib/display-dates";
import { getFormat, isFormatId } from "@/lib/formats";
import { reportTitle } from "@/lib/report/title";
import { publicIndexPath, publicReportPath, publicRevisionPath } from "@/lib/paths";
import type { PublicPageMeta } from "@/lib/public-site/meta";
import type { IndexView } from "./units";

/** What the index is called, and what every report is: 政府信息公开工作年度报告. */
export const INDEX_TITLE = "政府信息公开工作年度报告";

/** The index for a year, or the units a search found. */
export function describeIndex(view: IndexView, currentYear: number): PublicPageMeta {
  const { q, year } = view.query;
  const path = publicIndexPath({ q: q || undefined, year: year === currentYear ? undefined : year });
  if (q) {
    return {
      title: `查找“${q}”：${INDEX_TITLE}`,
      description:
        view.found > 0
          ? `名称或标识包含“${q}”的单位共 ${view.found} 个，及其${year}年度政府信息公开工作年度报告的公开情况。`
          : `没有名称或标识包含“${q}”的单位。`,
      path,
      type: "website",
    };
  }
  const count = view.years.find((y) => y.year === year);
  return {
    title: year === currentYear ? INDEX_TITLE : `${year}年度${INDEX_TITLE}`,
    description:
      `按县（区）、乡镇、街道和部门查找各单位的政府信息公开工作年度报告。` +
      `${year}年度已公开 ${count?.published ?? 0} 个单位，共 ${count?.total ?? 0} 个单位；可阅读全文，下载 JSON、CSV、XLSX 数据。`,
    path,
    type: "website",
  };
}

function requestFigures(report: PublishedReport): string {
  if (!isFormatId(report.format)) return "";
  const { received, closed } = getFormat(report.format).requestTotals;
  const figures = [
    report.cells[received] == null ? null : `新收政府信息公开申请 ${report.cells[received]} 件`,
    report.cells[closed] == null ? null : `办结 ${report.cells[closed]} 件`,
  ].filter((f) => f !== null);
  return figures.length > 0 ? `本年度${figures.join("，")}。` : "";
}

/**
 * A published report: its latest address, or with `permanent` the revision's own address.
 * A roll-up says how many units it sums.
 */
export function describeReport(report: PublishedReport, options: { permanent?: boolean } = {}): PublicPageMeta {
  const revision = `（第 ${report.revision} 版）`;
  const title = reportTitle(report.orgName, report.year, report.scope) + (options.permanent ? revision : "");
  const summed = report.scope === "rollup" && report.rollup ? `汇总下属 ${report.rollup.units.length} 个单位的报告。` : "";
  return {
    title,
    description:
      `${reportTitle(report.orgName, report.year, report.scope)}${options.permanent || report.revision > 1 ? revision : ""}，${formatDate(report.publishedAt)}发布。` +
      `${summed}${requestFigures(report)}含全文和统计表，可下载 JSON、CSV、XLSX 数据。`,
    path: options.permanent
      ? publicRevisionPath(report.orgSlug, report.year, report.revision, report.scope)
      : publicReportPath(report.orgSlug, report.year, report.scope),
    type: "article",
  };
}
