// I5 (errors) and W3 (warnings): this year's report against last year's, when last year's is
// in the system. A rule is skipped where either year's cell is blank or last year's format
// has no such cell (a 2019-format year before a 2021-format one keeps I5, loses W3).
import { getFormat } from "../formats";
import { cellDef, sectionOfTable, sumKnown, valuesEqual } from "../formats/engine";
import type { Cells, Finding, FormatDef, FormatId } from "../formats/types";
import { cellName, formatValue, requireCell } from "./labels";

export interface PreviousReport {
  year: number;
  format: FormatDef;
  cells: Partial<Cells>;
}

/** Last year's report as data (what a page passes to the browser): its format by id. */
export interface PreviousYearData {
  year: number;
  format: FormatId;
  cells: Cells;
}

export function previousReport(data: PreviousYearData | null | undefined): PreviousReport | undefined {
  return data ? { year: data.year, format: getFormat(data.format), cells: data.cells } : undefined;
}

const ADVICE: Record<Finding["severity"], string> = {
  error: "两者应相等：请核对本年度或上一年度报告的数字。",
  warning: "两者通常应相等：请核对；如数字无误，请说明原因。",
};

function known(cells: Partial<Cells>, key: string): number | undefined {
  const value = cells[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function checkCrossYear(format: FormatDef, cells: Cells, previous: PreviousReport | undefined): Finding[] {
  if (!previous || !format.crossYear) return [];
  const findings: Finding[] = [];
  for (const rule of format.crossYear ?? []) {
    const current = known(cells, rule.current);
    if (current === undefined) continue;
    if (!rule.previous.every((key) => cellDef(previous.format, key) && known(previous.cells, key) !== undefined)) continue;
    const expected = sumKnown(previous.cells, rule.previous).sum;
    if (valuesEqual(current, expected)) continue;
    const terms = rule.previous.map((key) => `${cellName(previous.format, key)} ${formatValue(known(previous.cells, key) ?? 0)}`);
    const before =
      rule.previous.length === 1
        ? `${cellName(previous.format, rule.previous[0])}为 ${formatValue(expected)}`
        : `${terms.join(" + ")} = ${formatValue(expected)}`;
    const message =
      `${cellName(format, rule.current)}为 ${formatValue(current)}，` +
      `而 ${previous.year} 年度报告的 ${before}。${ADVICE[rule.severity]}`;
    const section = sectionOfTable(format, requireCell(format, rule.current).table);
    findings.push({
      rule: rule.rule,
      severity: rule.severity,
      cells: [rule.current],
      ...(section ? { sections: [section.key] } : {}),
      message,
    });
  }
  return findings;
}
