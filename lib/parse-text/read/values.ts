// A cell's printed text → its value: blank for "/" "—" and nothing, the number with its unit
// ("251000元" in a 万元 column is 25.1), its note ("22（其中修订 16 件）") and its thousands
// separators set aside. What no cell can hold (30 digits, a negative count, words) is not a
// value: the reader leaves the cell blank and says what was printed.
import { readPastedValue } from "@/lib/editor/paste";
import { sumValues } from "@/lib/formats/engine";
import type { CellDef } from "@/lib/formats/types";
import { compact, isNotApplicable, UNITS } from "./text";

export type ReadValue = { ok: true; value: number | null } | { ok: false; reason: string };

const NOTE = /^(.*?\d)\((?:其中|含|包括|另|注)?[^()]*\)$/;
const UNIT = new RegExp(`^(.*?\\d)(${UNITS})$`);

/** 元 ↔ 万元 when the cell prints the other one; other units are the column's own. */
function inColumnUnit(value: number, printedUnit: string, def: Pick<CellDef, "unit">): number {
  if (printedUnit === "元" && def.unit === "万元") return Number((value / 10_000).toFixed(10));
  if (printedUnit === "万元" && def.unit === "元") return sumValues([value * 10_000]);
  return value;
}

export function readCellValue(def: CellDef, printed: string): ReadValue {
  let text = compact(printed);
  if (text === "" || isNotApplicable(text)) return { ok: true, value: null };
  const note = NOTE.exec(text);
  if (note) text = note[1];
  const unit = UNIT.exec(text);
  let printedUnit = "";
  if (unit) {
    text = unit[1];
    printedUnit = unit[2];
  }
  const read = readPastedValue(def, text);
  if (!read.ok) return { ok: false, reason: read.reason ?? "不是数字" };
  if (read.value === null) return read;
  const value = inColumnUnit(read.value, printedUnit, def);
  if (value !== read.value) {
    const again = readPastedValue(def, String(value));
    if (!again.ok) return { ok: false, reason: again.reason ?? "不是数字" };
  }
  return { ok: true, value };
}
