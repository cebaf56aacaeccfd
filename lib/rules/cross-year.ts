// I5 and W3 (warnings): this year's report against last year's published revision, when the
// system has one (a draft of last year is no record to compare with). Neither is an identity of
// the official formats, and legitimate reports break them (机构改革, last year's report wrong):
// I5 must be acknowledged with a reason before 提交审核. A rule is skipped where either year's
// cell is blank or last year's format has no such cell (a 2019-format year before a 2021-format
// one keeps I5, loses W3).
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

const ADVICE = {
  error: "两者应相等：请核对本年度或上一年度报告的数字。",
  warning: "两者通常应相等：请核对；如数字无误，请说明原因。",
  needsReason:
    "两者通常相等，但这不是年报格式规定的勾稽关系：请核对；如因机构改革、上一年度报告有误等原因确实不同，请说明原因（说明原因后才能提交审核）。",
} as const;

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
    const fact = `${cellName(format, rule.current)}为 ${formatValue(current)}，而已发布的 ${previous.year} 年度报告的 ${before}。`;
    const section = sectionOfTable(format, requireCell(format, rule.current).table);
    findings.push({
      rule: rule.rule,
      severity: rule.severity,
      cells: [rule.current],
      ...(section ? { sections: [section.key] } : {}),
      message: fact + ADVICE[rule.needsReason ? "needsReason" : rule.severity],
      fact,
      ...(rule.needsReason ? { needsReason: true } : {}),
    });
  }
  return findings;
}
