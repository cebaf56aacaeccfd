// Test data derived from a format definition, so that no official label or cell key is
// written a second time here.
import { cellDef, listCells } from "../lib/formats/engine";
import type { CellDef, FormatDef, SumRule } from "../lib/formats/types";

export function requireCell(format: FormatDef, key: string): CellDef {
  const cell = cellDef(format, key);
  if (!cell) throw new Error(`${format.id} has no cell ${key}`);
  return cell;
}

/** The row's own label, without the labels of the groups above it. */
export function ownRowLabel(cell: CellDef): string {
  return cell.rowPath?.at(-1) ?? cell.rowLabel;
}

function total(values: Record<string, number>, keys: string[]): number {
  return keys.reduce((sum, key) => sum + values[key], 0);
}

function holds(rule: SumRule, values: Record<string, number>): boolean {
  return total(values, rule.left) === total(values, rule.right);
}

/** Cells that would raise a warning with any count above zero: 其他处理 (W1) and 规章 below 设区的市 level (W4). */
function quietCells(format: FormatDef): Set<string> {
  const otherRows = new Set((format.otherHandling?.rows ?? []).map((key) => requireCell(format, key).row));
  return new Set([
    ...(format.townshipForbidden ?? []),
    ...listCells(format)
      .filter((cell) => otherRows.has(cell.row))
      .map((cell) => cell.key),
  ]);
}

/**
 * A value for every table cell such that every sum rule of the format holds (I1, I2, I3,
 * I7 for gov-2021), also from one year to the next (I5), and no warning fires: small varied
 * counts first, then each rule's
 * first left-hand cell (a total, or 新收 in I1) is solved from the others until nothing
 * changes.
 */
export function consistentCells(format: FormatDef): Record<string, number> {
  const quiet = quietCells(format);
  const values: Record<string, number> = {};
  listCells(format).forEach((cell, i) => {
    if (quiet.has(cell.key)) values[cell.key] = 0;
    else values[cell.key] = cell.kind === "money" ? 24252.311082 : ((i * 7) % 5) + 1;
  });
  // The same data set in consecutive years must agree with itself across the years too (I5).
  for (const rule of format.crossYear ?? []) {
    if (rule.previous.length === 1) values[rule.current] = values[rule.previous[0]];
  }
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
  const negative = Object.keys(values).filter((key) => values[key] < 0);
  if (broken.length > 0 || negative.length > 0) {
    throw new Error(`no consistent data for ${format.id}: ${[...broken.map((r) => r.rule), ...negative].join(", ")}`);
  }
  return values;
}
