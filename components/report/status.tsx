// The workflow states as staff and reviewers read them (design.md §4).
export type ReportStatus = "draft" | "submitted" | "returned" | "published";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  published: "已发布",
};

export function StatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
