// I4 (表三, 表四, the legacy 统计表) and I9 (表二): every filled cell has the number kind its
// column names — counts are whole and not negative, 本年增/减 is whole, money is not negative
// and has no more decimals than its unit allows.
import { listCells, sectionOfTable } from "../formats/engine";
import type { CellDef, Cells, Finding, FormatDef } from "../formats/types";
import { cellName, formatValue } from "./labels";

/** 表二 is I9 in formats.md §5.3; every other table's kind check is I4. */
const RULE_BY_TABLE: Readonly<Record<string, string>> = { t2: "I9" };
const DEFAULT_RULE = "I4";

/** Decimal places of a number as written in its shortest form (1.5e-7 → 8). */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent] = String(value).toLowerCase().split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** What is wrong with the value, or null when it fits the cell's kind. */
export function kindProblem(def: CellDef, value: number): string | null {
  if (!Number.isFinite(value)) return "应为有限的数字";
  const unit = def.unit ? `（单位：${def.unit}）` : "";
  switch (def.kind) {
    case "count":
      return Number.isInteger(value) && value >= 0 ? null : `应为不小于 0 的整数${unit}`;
    case "signed-count":
      return Number.isInteger(value) ? null : "应为整数（减少时填负数）";
    case "money": {
      if (value < 0) return `应为不小于 0 的金额${unit}`;
      const decimals = def.decimals ?? 0;
      return decimalPlaces(value) <= decimals ? null : `最多保留 ${decimals} 位小数${unit}`;
    }
  }
}

export function checkKinds(format: FormatDef, cells: Cells): Finding[] {
  const findings: Finding[] = [];
  for (const def of listCells(format)) {
    const value = cells[def.key];
    if (value === null || value === undefined) continue;
    const problem = kindProblem(def, value);
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
