import Link from "next/link";
import { reportHistoryPath } from "@/lib/paths";

/** To the report's history from the pages that show it to staff and reviewers. */
export function ReportHistoryLink({ reportId }: { reportId: string }) {
  return (
    <p className="no-print">
      <Link href={reportHistoryPath(reportId)}>修改记录</Link>
      <span className="muted">（谁在什么时候改了什么；可查看任一时刻的报告内容）</span>
    </p>
  );
}
