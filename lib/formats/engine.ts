// Walks a FormatDef: cell lookup, blank cells, computed totals and exact sums.
import type { CellDef, Cells, FormatDef, SectionDef, TableDef } from "./types";

interface FormatIndex {
  cells: CellDef[];
  byKey: Map<string, CellDef>;
  position: Map<string, number>;
}

// Definitions are immutable module constants, so the index can live as long as the object.
const indexes = new WeakMap<FormatDef, FormatIndex>();

function indexOf(format: FormatDef): FormatIndex {
  let index = indexes.get(format);
  if (!index) {
    const cells = format.tables.flatMap((t) => t.cells);
    index = {
      cells,
      byKey: new Map(cells.map((c) => [c.key, c])),
      position: new Map(cells.map((c, i) => [c.key, i])),
    };
    indexes.set(format, index);
  }
  return index;
}

/** Every cell of the format, in table order (the interchange order). */
export function listCells(format: FormatDef): readonly CellDef[] {
  return indexOf(format).cells;
}

export function cellDef(format: FormatDef, key: string): CellDef | undefined {
  return indexOf(format).byKey.get(key);
}

/** Position of a cell in listCells order; unknown keys sort last. */
export function cellPosition(format: FormatDef, key: string): number {
  return indexOf(format).position.get(key) ?? Number.MAX_SAFE_INTEGER;
}

export function tableDef(format: FormatDef, tableId: string): TableDef | undefined {
  return format.tables.find((t) => t.id === tableId);
}

export function sectionOfTable(format: FormatDef, tableId: string): SectionDef | undefined {
  return format.sections.find((s) => s.table === tableId);
}

/** All keys of the format, each blank (null). */
export function emptyCells(format: FormatDef): Cells {
  return Object.fromEntries(listCells(format).map((c) => [c.key, null]));
}

/** The format's keys in order, taking values from `cells` (absent = blank); other keys are dropped. */
export function normalizeCells(format: FormatDef, cells: Partial<Cells>): Cells {
  return Object.fromEntries(listCells(format).map((c) => [c.key, cells[c.key] ?? null]));
}

// ---- exact arithmetic ----
// Money carries up to 6 decimals; summing the binary floats directly makes 0.1 + 0.2 differ
// from 0.3. Values are summed as integers in millionths instead.
const SCALE = 1_000_000;

function scaled(value: number): number {
  return Math.round(value * SCALE);
}

export function sumValues(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + scaled(v), 0) / SCALE;
}

export function valuesEqual(a: number, b: number): boolean {
  return scaled(a) === scaled(b);
}

/** The sum of the known values among `keys`, and which of them are blank. */
export function sumKnown(cells: Partial<Cells>, keys: readonly string[]): { sum: number; blank: string[] } {
  const known: number[] = [];
  const blank: string[] = [];
  for (const key of keys) {
    const value = cells[key];
    if (value === null || value === undefined) blank.push(key);
    else known.push(value);
  }
  return { sum: sumValues(known), blank };
}

function isKnown(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

const derivedCache = new WeakMap<FormatDef, ReadonlySet<string>>();

/**
 * The totals the format defines: each cell that is the single left side of a sum rule. They
 * are derived from their parts, never typed in the editor; a value stored for one (an import,
 * an older report) is kept and checked by the identity rules.
 */
export function derivedTotals(format: FormatDef): ReadonlySet<string> {
  let keys = derivedCache.get(format);
  if (!keys) {
    keys = new Set(format.sums.filter((rule) => rule.left.length === 1).map((rule) => rule.left[0]));
    derivedCache.set(format, keys);
  }
  return keys;
}

/**
 * Fills every blank total that a sum rule can compute (one `left` cell, all `right` cells
 * known), repeating until nothing changes, because one computed total can complete the parts
 * of another (a row's 总计 feeds the 总计 column's sum). A typed value is never replaced: if it
 * disagrees, the identity rules report it.
 */
export function computeTotals(format: FormatDef, cells: Partial<Cells>): Cells {
  const result = normalizeCells(format, cells);
  const computable = format.sums.filter((r) => r.left.length === 1);
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of computable) {
      const total = rule.left[0];
      if (result[total] !== null) continue;
      if (!rule.right.every((k) => isKnown(result[k]))) continue;
      result[total] = sumKnown(result, rule.right).sum;
      changed = true;
    }
  }
  return result;
}

/**
 * `cells` without the stored totals that computeTotals gives back exactly: what a working copy
 * keeps of a complete document (an import, numbers from the register), so that those totals
 * then follow their parts. A total that disagrees with its parts, or that cannot be computed
 * because a part is blank, is kept as it is; computeTotals of the result equals computeTotals
 * of `cells`.
 */
export function withoutDerivedTotals(format: FormatDef, cells: Partial<Cells>): Cells {
  const full = normalizeCells(format, cells);
  const dropped = new Set([...derivedTotals(format)].filter((key) => full[key] !== null));
  for (;;) {
    const kept = { ...full };
    for (const key of dropped) kept[key] = null;
    const recomputed = computeTotals(format, kept);
    const differing = [...dropped].filter((key) => recomputed[key] !== full[key]);
    if (differing.length === 0) return kept;
    for (const key of differing) dropped.delete(key);
  }
}
