// The workflow states of a report as staff and reviewers read them (design.md §4), for pages
// and for files alike.
export type ReportStatus = "draft" | "submitted" | "returned" | "published";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  published: "已发布",
};
