// The top of a report for staff and reviewers: title, workflow state, format, the public
// page once published, and what the reviewer or a correction said.
import Link from "next/link";
import type { FormatDef } from "@/lib/formats/types";
import { StatusBadge, type ReportStatus } from "@/components/report/status";
import { reportTitle } from "@/lib/report/title";
import { publicReportPath } from "@/lib/paths";

export interface WorkflowHeaderProps {
  format: FormatDef;
  report: {
    orgName: string;
    orgSlug: string;
    year: number;
    scope: "own" | "rollup";
    status: ReportStatus;
    latestRevision: number | null;
    reviewComment: string | null;
    correctionReason: string | null;
  };
}

export function WorkflowHeader({ format, report }: WorkflowHeaderProps) {
  return (
    <>
      <h1>{reportTitle(report.orgName, report.year, report.scope)}</h1>
      <p className="report-meta">
        状态：<StatusBadge status={report.status} />　格式：{format.id}（{format.source}）
        {report.latestRevision !== null && (
          <>
            　<Link href={publicReportPath(report.orgSlug, report.year, report.scope)}>公开页面（第{report.latestRevision}版）</Link>
          </>
        )}
      </p>
      {report.status === "returned" && report.reviewComment && (
        <div className="notice notice-error">
          <h2 className="mt-0">退回意见</h2>
          <p>{report.reviewComment}</p>
        </div>
      )}
      {report.correctionReason && report.status !== "published" && (
        <p className="notice notice-info">正在更正已发布的报告。更正原因：{report.correctionReason}</p>
      )}
    </>
  );
}
