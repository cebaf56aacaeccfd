import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isFormatId } from "@/lib/formats";
import { reportTitle } from "@/lib/report/title";
import { loadForPage, type ReportPageProps } from "../load";
import { PublishedArticle } from "../PublishedArticle";

export async function generateMetadata(props: ReportPageProps): Promise<Metadata> {
  const report = await loadForPage(props, "rollup");
  return { title: report ? reportTitle(report.orgName, report.year, "rollup") : "未找到汇总报告" };
}

export default async function PublishedRollupPage(props: ReportPageProps) {
  const report = await loadForPage(props, "rollup");
  if (!report || !isFormatId(report.format)) notFound();
  return <PublishedArticle report={report} />;
}
