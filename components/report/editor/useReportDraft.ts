"use client";
// The editor's working copy: what the user typed (text per cell, so nothing typed is ever
// lost or reformatted), what the page last loaded or saved (the base that tells what is
// unsaved, and what a conflicting save is compared with), and what follows from the typing —
// the cells' values, the live findings, the totals the format derives, the blank cells.
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { CellDef, Cells, Finding, FormatDef } from "@/lib/formats/types";
import { computeTotals, derivedTotals, listCells } from "@/lib/formats/engine";
import { previousReport, validateReport, type PreviousReport, type PreviousYearData } from "@/lib/rules";
import { formatCellValue, parseCellText } from "@/lib/formats/cell-number";

export const INPUT_RULE = "INPUT";

export interface DraftAnalysis {
  cells: Cells;
  /** the cells with the totals computed: what the narrative's references show */
  completed: Cells;
  findings: Finding[];
  /**
   * The totals the format derives that the working copy leaves to the system: key → the
   * computed value, or null while a part is blank.
   */
  computed: Map<string, number | null>;
  /** blank cells that stay blank even after computing totals, in table order */
  blanks: string[];
  /** cells whose text is no number: never sent as a value */
  unreadable: string[];
}

/** The texts of cells and sections, as the merge of two people's edits compares them. */
export interface DraftTexts {
  cells: Record<string, string>;
  sections: Record<string, string>;
}

interface Context {
  year?: number;
  orgKind?: string;
  previous?: PreviousReport;
}

/** A cell's text written the one way the editor writes its number; text that is no number as typed. */
export function canonicalText(def: CellDef, text: string): string {
  const parsed = parseCellText(def, text);
  return parsed.ok ? formatCellValue(def, parsed.value) : text;
}

export function textsOfCells(defs: readonly CellDef[], cells: Cells): Record<string, string> {
  return Object.fromEntries(defs.map((def) => [def.key, formatCellValue(def, cells[def.key] ?? null)]));
}

function analyse(
  format: FormatDef,
  defs: readonly CellDef[],
  texts: Record<string, string>,
  sections: Record<string, string>,
  context: Context,
): DraftAnalysis {
  const cells: Cells = {};
  const inputFindings: Finding[] = [];
  const unreadable: string[] = [];
  for (const def of defs) {
    const parsed = parseCellText(def, texts[def.key] ?? "");
    cells[def.key] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      unreadable.push(def.key);
      inputFindings.push({
        rule: INPUT_RULE,
        severity: "error",
        cells: [def.key],
        message: `“${def.rowLabel} ${def.columnLabel}”填写的“${texts[def.key]}”无法识别：${parsed.reason}。`,
      });
    }
  }
  const completed = computeTotals(format, cells);
  const totals = derivedTotals(format);
  const computed = new Map<string, number | null>();
  const blanks: string[] = [];
  for (const def of defs) {
    const value = completed[def.key];
    if (value === null || value === undefined) blanks.push(def.key);
    if (totals.has(def.key) && (texts[def.key] ?? "").trim() === "") computed.set(def.key, value ?? null);
  }
  const findings = [...inputFindings, ...validateReport({ format, cells, sections, ...context })];
  return { cells, completed, findings, computed, blanks, unreadable };
}

export function useReportDraft(options: {
  format: FormatDef;
  initialCells: Cells;
  initialSections: Record<string, string>;
  /** the year the report covers: the text's numbers for another year are not compared */
  year?: number;
  orgKind?: string;
  previousYear?: PreviousYearData | null;
}) {
  const { format, year, orgKind, previousYear } = options;
  const context = useMemo<Context>(() => ({ year, orgKind, previous: previousReport(previousYear) }), [year, orgKind, previousYear]);
  const defs = useMemo(() => listCells(format), [format]);
  const [texts, setTexts] = useState<Record<string, string>>(() => textsOfCells(defs, options.initialCells));
  const [sections, setSections] = useState<Record<string, string>>(() => ({ ...options.initialSections }));
  const [base, setBase] = useState<DraftTexts>(() => ({ cells: textsOfCells(defs, options.initialCells), sections: { ...options.initialSections } }));
  // Counts edits: findings the server made stay shown until the values they were made on change.
  const [edits, setEdits] = useState(0);

  // Findings follow typing without making each keystroke wait for the rules.
  const deferredTexts = useDeferredValue(texts);
  const deferredSections = useDeferredValue(sections);
  const analysis = useMemo(
    () => analyse(format, defs, deferredTexts, deferredSections, context),
    [format, defs, deferredTexts, deferredSections, context],
  );

  /** What differs from the base: the unsaved cells and sections. */
  const unsaved = useMemo(() => {
    const cells = defs.filter((def) => canonicalText(def, texts[def.key] ?? "") !== (base.cells[def.key] ?? "")).map((def) => def.key);
    const sectionKeys = [...new Set([...Object.keys(sections), ...Object.keys(base.sections)])].filter((key) => (sections[key] ?? "") !== (base.sections[key] ?? ""));
    return { cells, sections: sectionKeys };
  }, [defs, texts, sections, base]);

  const setCellText = useCallback((key: string, text: string) => {
    setTexts((current) => ({ ...current, [key]: text }));
    setEdits((n) => n + 1);
  }, []);

  /** Several cells at once (a pasted block): one edit. */
  const setCellTexts = useCallback((changes: Readonly<Record<string, string>>) => {
    setTexts((current) => ({ ...current, ...changes }));
    setEdits((n) => n + 1);
  }, []);

  const setSectionText = useCallback((key: string, text: string) => {
    setSections((current) => ({ ...current, [key]: text }));
    setEdits((n) => n + 1);
  }, []);

  /**
   * 本表空白填 0: the user states that nothing happened in the cells still blank in a table.
   * Totals stay blank, so that the system computes them from their parts.
   */
  const fillBlanksWithZero = useCallback(
    (tableId: string) => {
      const totals = derivedTotals(format);
      setTexts((current) => {
        const next = { ...current };
        for (const def of defs) {
          if (def.table === tableId && !totals.has(def.key) && (current[def.key] ?? "").trim() === "") next[def.key] = "0";
        }
        return next;
      });
      setEdits((n) => n + 1);
    },
    [defs, format],
  );

  /** Values the server stored for the user (从登记簿生成): shown, and the base, as saved. */
  const replaceSaved = useCallback(
    (stored: Cells, storedSections: Readonly<Record<string, string>> = {}) => {
      const storedTexts = textsOfCells(
        defs.filter((def) => def.key in stored),
        stored,
      );
      setTexts((current) => ({ ...current, ...storedTexts }));
      setSections((current) => ({ ...current, ...storedSections }));
      setBase((current) => ({ cells: { ...current.cells, ...storedTexts }, sections: { ...current.sections, ...storedSections } }));
    },
    [defs],
  );

  /** Puts texts on screen that did not come from typing here (their side of a merge, a restored backup). */
  const showTexts = useCallback((next: Partial<DraftTexts>) => {
    if (next.cells) setTexts((current) => ({ ...current, ...next.cells }));
    if (next.sections) setSections((current) => ({ ...current, ...next.sections }));
    setEdits((n) => n + 1);
  }, []);

  /** The content now stored on the server, after a save (what it sent) or a merge (theirs). */
  const rebase = useCallback((next: Partial<DraftTexts>) => {
    setBase((current) => ({ cells: { ...current.cells, ...next.cells }, sections: { ...current.sections, ...next.sections } }));
  }, []);

  /** The current values, analysed now (not deferred): what the buttons send. */
  function snapshot(): DraftAnalysis {
    return deferredTexts === texts && deferredSections === sections ? analysis : analyse(format, defs, texts, sections, context);
  }

  /** The screen as the merge compares it: each cell's text written the editor's way. */
  function mine(): DraftTexts {
    return { cells: Object.fromEntries(defs.map((def) => [def.key, canonicalText(def, texts[def.key] ?? "")])), sections };
  }

  return {
    defs,
    texts,
    sections,
    base,
    unsaved,
    dirty: unsaved.cells.length > 0 || unsaved.sections.length > 0,
    edits,
    analysis,
    setCellText,
    setCellTexts,
    setSectionText,
    fillBlanksWithZero,
    replaceSaved,
    showTexts,
    rebase,
    snapshot,
    mine,
  };
}

export type ReportDraft = ReturnType<typeof useReportDraft>;
