import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isFormatId } from "@/lib/formats";
import { reportTitle } from "@/lib/report/title";
import { loadForPage, type ReportPageProps } from "./load";
import { PublishedArticle } from "./PublishedArticle";

export async function generateMetadata(props: ReportPageProps): Promise<Metadata> {
  const report = await loadForPage(props, "own");
  return { title: report ? reportTitle(report.orgName, report.year, "own") : "未找到年度报告" };
}

export default async function PublishedReportPage(props: ReportPageProps) {
  const report = await loadForPage(props, "own");
  if (!report || !isFormatId(report.format)) notFound();
  return <PublishedArticle report={report} />;
}
