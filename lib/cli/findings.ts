// How validation findings look on the command line: the stable JSON of `validate --json`
// (design.md §8) and a readable list.
import type { Finding, InterchangeDocument } from "@/lib/formats/types";

const SEVERITY_LABELS: Record<Finding["severity"], string> = { error: "错误", warning: "警告" };

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

/** `{"ok", "findings": [{"rule", "severity", "cells", "message"}]}`: ok = no finding of severity error. */
export function findingsJson(findings: readonly Finding[]): string {
  const ok = countFindings(findings).errors === 0;
  const list = findings.map(({ rule, severity, cells, message }) => ({ rule, severity, cells, message }));
  return `${JSON.stringify({ ok, findings: list })}\n`;
}

export function findingsText(doc: InterchangeDocument, formatName: string, findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  const title = `${doc.organization} ${doc.year} 年（${doc.format}，${formatName}）`;
  if (findings.length === 0) return `${title}：未发现问题。\n`;
  const lines = [`${title}：${errors} 个错误，${warnings} 个警告。`];
  for (const finding of findings) {
    const where = finding.cells.length > 0 ? ` [${finding.cells.join(", ")}]` : "";
    lines.push(`  ${SEVERITY_LABELS[finding.severity]} ${finding.rule}${where}：${finding.message}`);
  }
  return `${lines.join("\n")}\n`;
}

export function findingsSummary(findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  if (findings.length === 0) return "检查通过，未发现问题。";
  return `检查完成：${errors} 个错误，${warnings} 个警告。`;
}

export function firstError(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => finding.severity === "error");
}
