// I4 (表三, 表四, the legacy 统计表) and I9 (表二): every filled cell has the number kind its
// column names — counts are whole and not negative, 本年增/减 is whole, money is not negative
// and has no more decimals than its unit allows.
import { cellNumberProblem } from "../formats/cell-number";
import { listCells, sectionOfTable } from "../formats/engine";
import type { Cells, Finding, FormatDef } from "../formats/types";
import { cellName, formatValue } from "./labels";

/** 表二 is I9 in formats.md §5.3; every other table's kind check is I4. */
const RULE_BY_TABLE: Readonly<Record<string, string>> = { t2: "I9" };
const DEFAULT_RULE = "I4";

/** Every rule id this family gives. */
export const KIND_RULES: readonly string[] = [...new Set([DEFAULT_RULE, ...Object.values(RULE_BY_TABLE)])];

export function checkKinds(format: FormatDef, cells: Cells): Finding[] {
  const findings: Finding[] = [];
  for (const def of listCells(format)) {
    const value = cells[def.key];
    if (value === null || value === undefined) continue;
    const problem = cellNumberProblem(def, value);
    if (!problem) continue;
    const section = sectionOfTable(format, def.table);
    findings.push({
      rule: RULE_BY_TABLE[def.table] ?? DEFAULT_RULE,
      severity: "error",
      cells: [def.key],
      ...(section ? { sections: [section.key] } : {}),
      message: `${cellName(format, def.key)}${problem}，实际为 ${formatValue(value)}。`,
    });
  }
  return findings;
}
