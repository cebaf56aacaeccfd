// Runs every rule family over a report's cells. Kinds look at what was typed; the others
// look at the cells after computeTotals, so a total the system can compute is neither blank
// nor unchecked, and a typed total that disagrees is an error naming both numbers.
import { cellDef, cellPosition, computeTotals, normalizeCells } from "../formats/engine";
import type { Cells, Finding, FormatDef } from "../formats/types";
import { BLANK_RULE, checkBlanks } from "./blank";
import { checkCrossYear, type PreviousReport } from "./cross-year";
import { checkIdentities } from "./identities";
import { checkKinds, KIND_RULES } from "./kinds";
import { checkNarrative, NARRATIVE_MISMATCH_RULE, SHORT_SECTION_RULE, UNKNOWN_REFERENCE_RULE } from "./narrative";
import { checkSoft, OTHER_HANDLING_RULE, TOWNSHIP_RULE } from "./soft";

export { BLANK_RULE } from "./blank";
export {
  ACKNOWLEDGEMENT_REASON_MAX,
  acknowledgementOf,
  acknowledgementReasonProblem,
  acknowledgementRefusal,
  canAcknowledge,
  findingKey,
  unexplainedFindings,
  unexplainedPart,
  type Acknowledgement,
  type AcknowledgementState,
  type FindingRef,
} from "./acknowledgements";
export { previousReport, type PreviousReport, type PreviousYearData } from "./cross-year";
export {
  FORMAT_MISMATCH_RULE,
  MISSING_ROW_RULE,
  NO_TITLE_RULE,
  READING_RULES,
  UNKNOWN_LABEL_RULE,
  UNREADABLE_CELL_RULE,
} from "./reading";
export { KIND_RULES } from "./kinds";
export { NO_RULEMAKING_KINDS, OTHER_HANDLING_MIN_TOTAL, OTHER_HANDLING_RULE, OTHER_HANDLING_SHARE, TOWNSHIP_RULE } from "./soft";
export {
  NARRATIVE_MISMATCH_RULE,
  SECTION_MINIMUM_LENGTH,
  SHORT_SECTION_RULE,
  UNKNOWN_REFERENCE_RULE,
  narrativeLength,
  sectionLengthGuide,
} from "./narrative";

export interface ValidateInput {
  format: FormatDef;
  cells: Partial<Cells>;
  /** the organization's kind, e.g. "township"; enables W4 for the kinds below 设区的市 level */
  orgKind?: string;
  /** the unit's published report on the year before, when the system has it; enables I5 and W3 */
  previous?: PreviousReport;
}

export interface ValidateReportInput extends ValidateInput {
  /** narrative text by section key */
  sections: Readonly<Record<string, string>>;
  /** the year the report covers: numbers the text gives for another year are not compared */
  year?: number;
}

export function validateCells(input: ValidateInput): Finding[] {
  return validate(input);
}

/** The cells' findings and the narrative's (N1–N3): what a whole report is checked with. */
export function validateReport(input: ValidateReportInput): Finding[] {
  return validate(input, input);
}

function validate({ format, cells, orgKind, previous }: ValidateInput, narrative?: ValidateReportInput): Finding[] {
  const typed = normalizeCells(format, cells);
  const computed = computeTotals(format, typed);
  const previousComputed = previous && {
    ...previous,
    cells: computeTotals(previous.format, normalizeCells(previous.format, previous.cells)),
  };
  const findings = [
    ...checkKinds(format, typed),
    ...checkIdentities(format, computed),
    ...checkCrossYear(format, computed, previousComputed),
    ...checkSoft(format, computed, orgKind),
    ...checkBlanks(format, computed),
    ...(narrative ? checkNarrative(format, computed, { ...narrative.sections }, narrative.year) : []),
  ];
  return sortFindings(format, findings);
}

/**
 * Every rule id validateReport can give for a report of `format`: a finding of another rule
 * comes from somewhere else (the reading of a published report's text).
 */
export function ruleIdsOf(format: FormatDef): Set<string> {
  return new Set([
    ...format.sums.map((rule) => rule.rule),
    ...(format.crossYear ?? []).map((rule) => rule.rule),
    ...KIND_RULES,
    OTHER_HANDLING_RULE,
    TOWNSHIP_RULE,
    BLANK_RULE,
    NARRATIVE_MISMATCH_RULE,
    SHORT_SECTION_RULE,
    UNKNOWN_REFERENCE_RULE,
  ]);
}

/** Errors and blanks keep a report from going to review. */
export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error" || f.rule === BLANK_RULE);
}

export function isValid(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === "error");
}

/** "I2" < "I10" < "L1" < "W1" < "blank": letters by code point, then the number. */
function compareRuleIds(a: string, b: string): number {
  const [, pa = a, na = ""] = /^(\D*)(\d*)$/.exec(a) ?? [];
  const [, pb = b, nb = ""] = /^(\D*)(\d*)$/.exec(b) ?? [];
  if (pa !== pb) return pa < pb ? -1 : 1;
  return Number(na || 0) - Number(nb || 0);
}

/** By the table of the finding's first cell, then rule id, then cell position, then section and place in its text, then message. */
function sortFindings(format: FormatDef, findings: Finding[]): Finding[] {
  const tableIndex = (key: string) => format.tables.findIndex((t) => t.id === cellDef(format, key)?.table);
  const keyed = findings.map((f) => {
    const positions = f.cells.map((k) => cellPosition(format, k));
    const first = Math.min(Number.MAX_SAFE_INTEGER, ...positions);
    const firstKey = f.cells[positions.indexOf(first)];
    const section = f.sections?.length ? format.sections.findIndex((s) => s.key === f.sections?.[0]) : -1;
    return { f, table: firstKey === undefined ? format.tables.length : tableIndex(firstKey), first, section, at: f.excerpt?.start ?? -1 };
  });
  return keyed
    .sort(
      (a, b) =>
        a.table - b.table ||
        compareRuleIds(a.f.rule, b.f.rule) ||
        a.first - b.first ||
        a.section - b.section ||
        a.at - b.at ||
        (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
    )
    .map(({ f }) => f);
}
