// How labels and printed values are compared: the forms one label takes in published reports
// (formats.md §1.4 "Label variants", §5.4) all reduce to one comparable text.
import { normalize, NOT_APPLICABLE } from "@/lib/editor/paste";

/** A report's lines are compared many times over (each format, each table): their forms are kept. */
const MEMO_SIZE = 20_000;
/** Labels and table cells are short; a paragraph of running text is worked on once. */
const MEMO_LENGTH = 200;

function memoized(fn: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (text.length > MEMO_LENGTH) return fn(text);
    let result = memo.get(text);
    if (result === undefined) {
      result = fn(text);
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(text, result);
    }
    return result;
  };
}

/** Full-width letters, digits and brackets as ASCII, no whitespace: the base of every comparison. */
export const compact = memoized(normalize);

/**
 * A label as compared: no whitespace; "，" read as "、"; ASCII, curly and corner quotes dropped;
 * "1、" "1．" "1." alike; full- and half-width brackets alike.
 */
export const labelKey = memoized((text) =>
  compact(text)
    .replace(/[“”"'‘’「」『』]/g, "")
    .replace(/,/g, "、")
    .replace(/^(\d+)[、.]/, "$1.")
    .replace(/[:：]$/, ""),
);

/** A slash or dash alone (the editor's paste reads it the same): not applicable, printed for a blank cell. */
export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(compact(text));
}

/** Units the reports print inside a cell ("251000元", "22件"), longest first where one ends another. */
export const UNITS = "万元|元|人次|件|条|次|个|人|篇|项";

/**
 * A number as printed in a table cell, with an optional unit and an optional note in brackets;
 * also a number given roughly ("约30", "30余件"), which is in a value's place but no value.
 */
const VALUE_LIKE = new RegExp(`^(?:约|近|逾|超过?|大约)?[+-]?(?:\\d[\\d,]*)?(?:\\.\\d+)?(?:余|多)?(?:${UNITS})?(?:左右|以上)?(?:\\(.*\\))?$`);

/** Text that stands where a number stands: blank, "/", "—", or a number (with unit or note). */
export function looksLikeValue(text: string): boolean {
  const t = compact(text);
  if (t === "" || NOT_APPLICABLE.test(t)) return true;
  return /\d/.test(t.replace(/\(.*\)$/, "")) && VALUE_LIKE.test(t);
}

/** Only digits: what a row of cells glued together in a text extraction prints. */
export function isDigitRun(text: string): boolean {
  return /^\d+$/.test(compact(text));
}
