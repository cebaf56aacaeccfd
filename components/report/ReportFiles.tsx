// The files of a report in the state staff and reviewers see it (drafts too): its official
// tables as XLSX and the whole report as DOCX, ready to print and stamp.
import { workExportPath } from "@/lib/paths";

export function ReportFiles({ reportId }: { reportId: string }) {
  return (
    <p className="downloads no-print">
      <span>下载本报告（已保存的内容）：</span>
      <a href={workExportPath(reportId, "xlsx")} download>
        统计表（XLSX）
      </a>
      <a href={workExportPath(reportId, "docx")} download>
        全文（DOCX，可打印盖章）
      </a>
    </p>
  );
}
