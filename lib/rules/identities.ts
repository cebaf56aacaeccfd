// I1, I2, I3, I7 (errors) and the legacy L rules (warnings): every SumRule of the format.
import { sectionOfTable, sumKnown, valuesEqual } from "../formats/engine";
import type { Cells, Finding, FormatDef, SumRule } from "../formats/types";
import { distinguishingLabels, findingContext, formatValue, requireCell } from "./labels";

const ADVICE: Record<SumRule["severity"], string> = {
  error: "请核对并修改这些数字。",
  warning: "请核对这些数字；如数字无误，请说明原因。",
};

function side(labels: string[], values: number[], sum: number): string {
  const terms = labels.map((label, i) => `${label} ${formatValue(values[i])}`);
  return terms.length === 1 ? terms[0] : `${terms.join(" + ")} = ${formatValue(sum)}`;
}

/** One finding per rule whose cells are all filled and whose two sides differ. */
export function checkIdentities(format: FormatDef, cells: Cells): Finding[] {
  const findings: Finding[] = [];
  for (const rule of format.sums) {
    const keys = [...rule.left, ...rule.right];
    const values: number[] = [];
    for (const key of keys) {
      const value = cells[key];
      // Blank is unknown, and a non-number is the kind rule's finding: either way, nothing to add.
      if (typeof value !== "number" || !Number.isFinite(value)) break;
      values.push(value);
    }
    if (values.length < keys.length) continue;
    const left = sumKnown(cells, rule.left).sum;
    const right = sumKnown(cells, rule.right).sum;
    if (valuesEqual(left, right)) continue;
    const labels = distinguishingLabels(format, keys);
    const n = rule.left.length;
    const fact =
      `${findingContext(format, keys)}：` +
      `${side(labels.slice(0, n), values.slice(0, n), left)}，不等于 ` +
      `${side(labels.slice(n), values.slice(n), right)}。`;
    const section = sectionOfTable(format, requireCell(format, keys[0]).table);
    findings.push({
      rule: rule.rule,
      severity: rule.severity,
      cells: keys,
      ...(section ? { sections: [section.key] } : {}),
      message: fact + ADVICE[rule.severity],
      fact,
    });
  }
  return findings;
}
