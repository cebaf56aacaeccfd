// The registry of official formats. Everything that needs "the format of this report"
// starts here; the definitions themselves are in legacy-2014.ts, gov-2019.ts, gov-2021.ts.
import { gov2019 } from "./gov-2019";
import { gov2021 } from "./gov-2021";
import { legacy2014 } from "./legacy-2014";
import type { FormatDef, FormatId } from "./types";

export type * from "./types";

export const FORMAT_IDS = ["legacy-2014", "gov-2019", "gov-2021"] as const satisfies readonly FormatId[];

export const FORMATS: Readonly<Record<FormatId, FormatDef>> = {
  "legacy-2014": legacy2014,
  "gov-2019": gov2019,
  "gov-2021": gov2021,
};

export function isFormatId(x: unknown): x is FormatId {
  return typeof x === "string" && (FORMAT_IDS as readonly string[]).includes(x);
}

export function getFormat(id: FormatId): FormatDef {
  return FORMATS[id];
}

/**
 * The default format for a report year: the latest format whose range starts at or before
 * the year. Years before the first format's start fall back to the oldest format.
 */
export function formatForYear(year: number): FormatDef {
  const byStart = FORMAT_IDS.map((id) => FORMATS[id]).sort((a, b) => a.years.from - b.years.from);
  let chosen = byStart[0];
  for (const format of byStart) if (format.years.from <= year) chosen = format;
  return chosen;
}
