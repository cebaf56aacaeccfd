// The findings of reading a published report (parse-text, the upload page): what the reader
// could not take from the source for certain. They come with the rules' findings on what was read.
import type { Finding } from "../formats/types";

/** A cell whose printed text is no value, or whose digits can be split in more than one way: left blank. */
export const UNREADABLE_CELL_RULE = "P1";
/** A row (or a whole table) of the format not found in the source: its cells are blank. */
export const MISSING_ROW_RULE = "P2";
/** A row printed among a table's rows whose label matches nothing of the format: not read. */
export const UNKNOWN_LABEL_RULE = "P3";
/** The tables' labels are those of another format than the report year's: read as the tables say. */
export const FORMAT_MISMATCH_RULE = "P4";

/** No title naming the unit and the year: the unit is not known (the year came from elsewhere). */
export const NO_TITLE_RULE = "P5";

export const READING_RULES = [UNREADABLE_CELL_RULE, MISSING_ROW_RULE, UNKNOWN_LABEL_RULE, FORMAT_MISMATCH_RULE, NO_TITLE_RULE] as const;

export function readingFinding(rule: (typeof READING_RULES)[number], cells: string[], message: string): Finding {
  return { rule, severity: "warning", cells, message };
}
