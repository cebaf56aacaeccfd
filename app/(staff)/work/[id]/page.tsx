import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getReportForActor } from "@/lib/data/reports";
import { getFormat, isFormatId } from "@/lib/formats";
import { previousReport, validateCells } from "@/lib/rules";
import { canEditReportOf } from "@/lib/permissions";
import { ReportEditor } from "@/components/report/ReportEditor";
import { ReportView } from "@/components/report/ReportView";
import { WorkflowHeader } from "@/components/report/WorkflowHeader";
import { ReportFiles } from "@/components/report/ReportFiles";
import { CorrectionForm } from "./CorrectionForm";

export const metadata: Metadata = { title: "填写年度报告" };

export default async function WorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const report = await getReportForActor({ actor, reportId: id });
  if (!report || !isFormatId(report.format)) notFound();
  const format = getFormat(report.format);
  // Who may type is decided again by every action; this only spares others a form they cannot use.
  const mayEdit = canEditReportOf(actor, report.orgId);
  const editable = mayEdit && (report.status === "draft" || report.status === "returned");

  return (
    <>
      <WorkflowHeader format={format} report={report} />
      <ReportFiles reportId={report.id} />
      {report.status === "submitted" && (
        <p role="status" className="notice notice-info">
          报告已提交审核，审核完成前不能修改。
        </p>
      )}
      {editable ? (
        <ReportEditor
          key={report.id}
          reportId={report.id}
          formatId={format.id}
          version={report.version}
          cells={report.cells}
          sections={report.sections}
          orgKind={report.orgKind}
          previousYear={report.previousYear}
        />
      ) : (
        <>
          {mayEdit && report.status === "published" && <CorrectionForm reportId={report.id} version={report.version} />}
          <ReportView
            format={format}
            cells={report.cells}
            sections={report.sections}
            findings={validateCells({ format, cells: report.cells, orgKind: report.orgKind, previous: previousReport(report.previousYear) })}
          />
        </>
      )}
    </>
  );
}
