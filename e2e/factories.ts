// Test data derived from a format definition, so that no official label or cell key is
// written a second time here.
import type { CellDef, FormatDef, SumRule } from "../lib/formats/types";

export function tableCells(format: FormatDef): CellDef[] {
  return format.tables.flatMap((table) => table.cells);
}

function total(values: Record<string, number>, keys: string[]): number {
  return keys.reduce((sum, key) => sum + values[key], 0);
}

function holds(rule: SumRule, values: Record<string, number>): boolean {
  return total(values, rule.left) === total(values, rule.right);
}

/**
 * A value for every table cell such that every sum rule of the format holds (I1, I2, I3,
 * I7 for gov-2021): small varied counts first, then each rule's first left-hand cell (a
 * total, or 新收 in I1) is solved from the others until nothing changes.
 */
export function consistentCells(format: FormatDef): Record<string, number> {
  const values: Record<string, number> = {};
  tableCells(format).forEach((cell, i) => {
    values[cell.key] = cell.kind === "money" ? 24252.311082 : ((i * 7) % 5) + 1;
  });
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    for (const rule of format.sums) {
      const [solved, ...rest] = rule.left;
      const wanted = total(values, rule.right) - total(values, rest);
      if (values[solved] !== wanted) {
        values[solved] = wanted;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const broken = format.sums.filter((rule) => !holds(rule, values));
  const negative = Object.entries(values).filter(([, value]) => value < 0);
  if (broken.length > 0 || negative.length > 0) {
    throw new Error(
      `no consistent data set for ${format.id}: ${broken.map((r) => r.rule).join(", ")} ${negative.map(([k]) => k).join(", ")}`,
    );
  }
  return values;
}
