import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canReview } from "@/lib/permissions";
import { getReportForActor, reportFindings } from "@/lib/data/reports";
import { getFormat, isFormatId } from "@/lib/formats";
import { hasBlockingFindings } from "@/lib/rules";
import { ReportView } from "@/components/report/ReportView";
import { HistoricalNotice } from "@/components/report/HistoricalNotes";
import { FindingsList } from "@/components/report/FindingsList";
import { WorkflowHeader } from "@/components/report/WorkflowHeader";
import { RollupSummary } from "@/components/report/RollupSummary";
import { ReportFiles } from "@/components/report/ReportFiles";
import { formatDate } from "@/lib/display-dates";
import { REVIEW_PATH } from "@/lib/paths";
import { PublishForm, ReturnForm } from "./ReviewForms";
import { ReportHistoryLink } from "@/components/report/ReportHistoryLink";
import { SimilarityPanel } from "@/components/report/SimilarityPanel";
import { getSimilarSections } from "@/lib/data/similarity";

export const metadata: Metadata = { title: "审核报告" };

export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!canReview(actor)) notFound();
  const report = await getReportForActor({ actor, reportId: id });
  if (!report || !isFormatId(report.format)) notFound();
  const format = getFormat(report.format);
  const findings = reportFindings(report);
  const similarity = await getSimilarSections({ actor, reportId: report.id, format });

  return (
    <>
      <p className="no-print">
        <Link href={REVIEW_PATH}>返回审核列表</Link>
      </p>
      <WorkflowHeader format={format} report={report} />
      <ReportFiles reportId={report.id} />
      <ReportHistoryLink reportId={report.id} />
      {report.revisions.length > 0 && (
        <p className="muted">
          已发布版本：
          {report.revisions.map((r) => `第${r.number}版（${formatDate(r.publishedAt)}）`).join("，")}
        </p>
      )}
      {report.rollup && <RollupSummary rollup={report.rollup} />}
      <FindingsList format={format} findings={findings} acknowledgements={report.acknowledgements} />
      {similarity && <SimilarityPanel {...similarity} />}
      {report.status === "submitted" && (
        <div className="grid gap-x-4 md:grid-cols-2">
          <ReturnForm reportId={report.id} version={report.version} />
          <PublishForm reportId={report.id} version={report.version} blocked={hasBlockingFindings(findings)} />
        </div>
      )}
      {report.historical && report.latestRevision !== null && <HistoricalNotice historical={report.historical} publishedAt={report.revisions[0].publishedAt} />}
      <ReportView
        format={format}
        cells={report.completed}
        sections={report.sections}
        findings={report.historical ? undefined : findings}
        blanks={report.rollup?.blanks}
        historical={report.historical}
      />
    </>
  );
}
