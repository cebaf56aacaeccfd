// Digits printed without separators ("270020130" for seven cells, an archive's text extraction):
// every way to cut them into the row's cells, as numbers are printed (no leading zeros), with a
// bound so that a long run of digits cannot make the reader work for ever.
import { MAX_CELL_VALUE } from "@/lib/formats/cell-number";

/** Most ways of cutting one row that are looked at; a row with more stays blank and flagged. */
export const MAX_SPLITS = 50_000;

/** No cell holds a number of more digits (MAX_CELL_VALUE has 15). */
const MAX_DIGITS = String(MAX_CELL_VALUE).length;

export type Splits = { ok: true; splits: string[][] } | { ok: false; tooMany: true };

/**
 * The ways to cut `tokens` (runs of digits, already separated where the source separated them)
 * into exactly `count` numbers, each token into one or more of them.
 */
export function enumerateSplits(tokens: readonly string[], count: number): Splits {
  const splits: string[][] = [];
  let tooMany = false;
  // digits from each token to the end
  const after = tokens.map((_, i) => tokens.slice(i).reduce((n, t) => n + t.length, 0));
  const remainingDigits = (from: number) => after[from] ?? 0;
  const walk = (token: number, at: number, parts: string[]) => {
    if (tooMany) return;
    if (token === tokens.length) {
      if (parts.length === count) {
        if (splits.length >= MAX_SPLITS) tooMany = true;
        else splits.push([...parts]);
      }
      return;
    }
    const text = tokens[token];
    const left = count - parts.length;
    // each part takes at least one digit, and every later token gives at least one part
    const later = tokens.length - token - 1;
    const remaining = remainingDigits(token) - at;
    if (left === 0 || left <= later || left > remaining || remaining > left * MAX_DIGITS) return;
    for (let end = at + 1; end <= Math.min(text.length, at + MAX_DIGITS); end++) {
      const part = text.slice(at, end);
      if (part.length > 1 && part[0] === "0") break;
      parts.push(part);
      if (end === text.length) walk(token + 1, 0, parts);
      else walk(token, end, parts);
      parts.pop();
      if (tooMany) return;
    }
  };
  walk(0, 0, []);
  return tooMany ? { ok: false, tooMany: true } : { ok: true, splits };
}
