// The one rule for the number in a report cell. The editor reads typed text with it; the
// server actions, the interchange documents (import, validate) and the data layer refuse with
// it what no cell can hold; the validation rules (I4, I9) report with it what the cell's kind
// does not allow. Blank (null) is never a number and never 0.
import type { CellDef } from "./types";

/**
 * The largest value a cell holds: 10^15 − 1. Every whole number up to it is exact as a
 * JavaScript number (exact up to 2^53 ≈ 9.007 × 10^15) and fits the Cell.value column
 * (Decimal(24, 6), 18 digits before the point). No report counts or spends anything near it.
 */
export const MAX_CELL_VALUE = 999_999_999_999_999;

/** Why a value cannot be stored in any cell (not a number, not finite, out of range), or null. */
export function cellValueProblem(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== "number") return "应为数字或留空";
  if (!Number.isFinite(value)) return "应为有限的数字";
  if (value > MAX_CELL_VALUE) return `数值过大，最大为 ${MAX_CELL_VALUE}`;
  if (value < -MAX_CELL_VALUE) return `数值过小，最小为 -${MAX_CELL_VALUE}`;
  return null;
}

/** Decimal places of a number as written in its shortest form (1.5e-7 → 8). */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent] = String(value).toLowerCase().split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

type NumberDef = Pick<CellDef, "kind" | "decimals" | "unit">;

function unitNote(def: NumberDef): string {
  return def.unit ? `（单位：${def.unit}）` : "";
}

function decimalsProblem(def: NumberDef, places: number): string | null {
  const allowed = def.kind === "money" ? (def.decimals ?? 0) : 0;
  return places <= allowed ? null : `最多保留 ${allowed} 位小数${unitNote(def)}`;
}

/** What the cell's kind does not allow in a storable value, or null when it fits. */
export function kindProblem(def: NumberDef, value: number): string | null {
  switch (def.kind) {
    case "count":
      return Number.isInteger(value) && value >= 0 ? null : `应为不小于 0 的整数${unitNote(def)}`;
    case "signed-count":
      return Number.isInteger(value) ? null : "应为整数（减少时填负数）";
    case "money":
      return value < 0 ? `应为不小于 0 的金额${unitNote(def)}` : decimalsProblem(def, decimalPlaces(value));
  }
}

/** Everything wrong with a cell's value: first whether any cell can hold it, then its kind. */
export function cellNumberProblem(def: NumberDef, value: number): string | null {
  return cellValueProblem(value) ?? kindProblem(def, value);
}

export type ParsedCell = { ok: true; value: number | null } | { ok: false; reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** What a person typed → the cell's value. Full-width digits and thousands separators are accepted. */
export function parseCellText(def: NumberDef, text: string): ParsedCell {
  const normalized = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, ".")
    .replace(/[－—]/g, "-")
    .replace(/[,，\s]/g, "");
  if (normalized === "") return { ok: true, value: null };
  if (!NUMBER.test(normalized)) return { ok: false, reason: "请输入数字（没有数据请留空，数量为零请填 0）" };
  const value = Number(normalized);
  // Decimals as typed, before the number rounds them away (trailing zeros say nothing).
  const typedDecimals = normalized.split(".")[1]?.replace(/0+$/, "").length ?? 0;
  const problem = cellNumberProblem(def, value) ?? (def.kind === "money" ? decimalsProblem(def, typedDecimals) : null);
  return problem ? { ok: false, reason: problem } : { ok: true, value };
}

/** How a cell's value is written: blank stays blank, never "0"; money with its decimals. */
export function formatCellValue(def: Pick<CellDef, "kind" | "decimals">, value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const decimals = def.kind === "money" ? (def.decimals ?? 0) : 0;
  return new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: decimals }).format(value);
}
