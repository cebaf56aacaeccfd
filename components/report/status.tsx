// The workflow states as staff and reviewers read them (design.md §4).
import { STATUS_LABELS, type ReportStatus } from "@/lib/report-status";

export { STATUS_LABELS, type ReportStatus };

export function StatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
