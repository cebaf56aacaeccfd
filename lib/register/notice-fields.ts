// The notice forms' fields as the admin reads them, shared by the forms and their actions.

/** Field names of lib/register/notice-input.ts's schemas, in the form's words. */
export const FIELD_LABELS: Record<string, string> = {
  year: "年度",
  kind: "通知类型",
  title: "标题",
  docNo: "文号",
  issuedOn: "通知日期",
  sourceUrl: "来源网址",
  text: "文件",
  festival: "节日名称",
  from: "放假开始日期",
  to: "放假结束日期",
  makeupWorkdays: "调休上班日",
};

export const NOTICE_KIND_LABELS = { annual: "年度放假安排", amendment: "调整通知" } as const;

export const NOTICE_STATUS_LABELS = { draft: "草稿", active: "已生效" } as const;

/** "2027-02-06, 2027-02-20" (commas, 、, spaces or new lines) → the dates as typed. */
export function makeupDates(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
