// Which cells and sections the findings name, with the worst severity of each.
import type { Finding } from "@/lib/formats/types";
import { BLANK_RULE } from "@/lib/rules";

export type Severity = Finding["severity"];

export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告" };

function worst(map: Map<string, Severity>, key: string, severity: Severity) {
  if (map.get(key) !== "error") map.set(key, severity);
}

/** Blank cells show as blank; the blank-cell finding does not mark each of them. */
export const marksCells = (finding: Finding) => finding.rule !== BLANK_RULE;

export function severityByCell(findings: readonly Finding[]): Map<string, Severity> {
  const map = new Map<string, Severity>();
  for (const finding of findings.filter(marksCells)) for (const key of finding.cells) worst(map, key, finding.severity);
  return map;
}

export function severityBySection(findings: readonly Finding[]): Map<string, Severity> {
  const map = new Map<string, Severity>();
  for (const finding of findings.filter(marksCells)) for (const key of finding.sections ?? []) worst(map, key, finding.severity);
  return map;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
  };
}
