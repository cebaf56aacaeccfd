// Why 提交审核 is refused, said the same way wherever it is checked in the browser.
import type { Finding } from "@/lib/formats/types";
import { unexplainedFindings, unexplainedPart, type Acknowledgement } from "@/lib/rules";

export function submitBlockedReason(findings: readonly Finding[], blanks: readonly string[], acknowledgements: readonly Acknowledgement[]): string | null {
  const errors = findings.filter((f) => f.severity === "error").length;
  const unexplained = unexplainedFindings(findings, acknowledgements).length;
  const parts: string[] = [];
  if (errors > 0) parts.push(`还有 ${errors} 个错误需要改正`);
  if (blanks.length > 0) parts.push(`还有 ${blanks.length} 个空白单元格（没有数据的请填 0）`);
  if (unexplained > 0) parts.push(unexplainedPart(unexplained));
  return parts.length > 0 ? `暂不能提交审核：${parts.join("，")}。详见“检查结果”。` : null;
}
