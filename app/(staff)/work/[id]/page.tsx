import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getReportForActor, reportFindings } from "@/lib/data/reports";
import { getFormat, isFormatId } from "@/lib/formats";
import { canEditReport, visibleOrgIds } from "@/lib/permissions";
import Link from "next/link";
import { RollupSummary } from "@/components/report/RollupSummary";
import { rollupPath } from "@/lib/paths";
import { ReportEditor } from "@/components/report/ReportEditor";
import { ReportView } from "@/components/report/ReportView";
import { HistoricalNotice } from "@/components/report/HistoricalNotes";
import { WorkflowHeader } from "@/components/report/WorkflowHeader";
import { ReportFiles } from "@/components/report/ReportFiles";
import { CorrectionForm } from "./CorrectionForm";
import { ReportHistoryLink } from "@/components/report/ReportHistoryLink";
import { SimilarityPanel } from "@/components/report/SimilarityPanel";
import { getSimilarSections } from "@/lib/data/similarity";

export const metadata: Metadata = { title: "填写年度报告" };

export default async function WorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const report = await getReportForActor({ actor, reportId: id });
  if (!report || !isFormatId(report.format)) notFound();
  const format = getFormat(report.format);
  // Who may type is decided again by every action; this only spares others a form they cannot use.
  const mayEdit = canEditReport(actor, await visibleOrgIds(actor), report);
  const editable = mayEdit && (report.status === "draft" || report.status === "returned");
  const similarity = await getSimilarSections({ actor, reportId: report.id, format });

  return (
    <>
      <WorkflowHeader format={format} report={report} />
      <ReportFiles reportId={report.id} />
      <ReportHistoryLink reportId={report.id} />
      {similarity && <SimilarityPanel {...similarity} />}
      {report.status === "submitted" && (
        <p role="status" className="notice notice-info">
          报告已提交审核，审核完成前不能修改。
        </p>
      )}
      {report.rollup && (
        <>
          <RollupSummary rollup={report.rollup} />
          {editable && (
            <p className="no-print">
              下级单位的报告有变化时，
              <Link href={rollupPath({ parent: report.orgSlug, year: report.year, submitted: report.rollup.includeSubmitted, own: report.rollup.includeOwn })}>
                重新汇总
              </Link>
              （文字部分保留）。
            </p>
          )}
        </>
      )}
      {editable ? (
        <ReportEditor
          cellsReadOnly={report.scope === "rollup"}
          key={report.id}
          reportId={report.id}
          formatId={format.id}
          version={report.version}
          cells={report.cells}
          sections={report.sections}
          year={report.year}
          orgKind={report.orgKind}
          previousYear={report.previousYear}
          acknowledgements={report.acknowledgements}
        />
      ) : (
        <>
          {mayEdit && report.status === "published" && <CorrectionForm reportId={report.id} version={report.version} />}
          {report.historical && report.latestRevision !== null && (
            <HistoricalNotice historical={report.historical} publishedAt={report.revisions[0].publishedAt} />
          )}
          <ReportView
            format={format}
            blanks={report.rollup?.blanks}
            cells={report.completed}
            sections={report.sections}
            findings={report.historical ? undefined : reportFindings(report)}
            historical={report.historical}
          />
        </>
      )}
    </>
  );
}
