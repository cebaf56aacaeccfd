import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { listOrgsForActor } from "@/lib/data/orgs";
import { canEditReportOf, canImportHistoricalReportOf, visibleOrgIds } from "@/lib/permissions";
import { todayInChina } from "@/lib/register/today";
import { formatOptions } from "@/components/report/format-options";
import { ReportImportForm } from "@/components/import/ReportImportForm";

export const metadata: Metadata = { title: "导入报告" };

export default async function ImportReportPage() {
  const actor = await requireActor();
  const [orgs, ids] = await Promise.all([listOrgsForActor({ actor }), visibleOrgIds(actor)]);
  // the units whose report this user may save as a draft (their own) or bring in as published (those they review)
  const targets = orgs.filter((org) => canEditReportOf(actor, org.id) || canImportHistoricalReportOf(actor, ids, org.id));
  if (targets.length === 0) notFound();
  return (
    <>
      <h1>导入已发布的年度报告</h1>
      <p className="max-w-3xl">
        读取一份已经公开的政府信息公开工作年度报告（PDF 中复制的文字、政府网站上的报告页面或 Word 文档），按栏目名称读出统计表，按章节标题分出正文，并检查勾稽关系和文字与表格是否一致。读取后先对照原文查看结果，确认后才保存。
      </p>
      <ReportImportForm orgs={targets.map(({ slug, name }) => ({ slug, name }))} formats={formatOptions()} today={todayInChina()} />
    </>
  );
}
