// One line about what a backup holds, for the person who made or restored it.
const SHOWN: [table: string, label: string][] = [
  ["Org", "单位"],
  ["User", "账号"],
  ["Report", "报告"],
  ["ReportRevision", "已发布的版本"],
  ["InfoRequest", "依申请公开的申请"],
  ["AuditLog", "审计日志"],
];

export function describeBackup(rows: Record<string, number>): string {
  const counts = SHOWN.map(([table, label]) => `${label} ${rows[table] ?? 0}`).join("、");
  const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
  return `${counts}，共 ${Object.keys(rows).length} 张数据表 ${total} 行；`;
}
