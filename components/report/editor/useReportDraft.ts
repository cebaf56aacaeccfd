"use client";
// The editor's working copy: what the user typed (text per cell, so nothing typed is ever
// lost or reformatted), and what follows from it — the cells' values, the live findings,
// the totals the system can compute, the blank cells.
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { CellDef, Cells, Finding, FormatDef } from "@/lib/formats/types";
import { computeTotals, derivedTotals, listCells } from "@/lib/formats/engine";
import { previousReport, validateReport, type PreviousReport, type PreviousYearData } from "@/lib/rules";
import { formatCellValue, parseCellText } from "@/lib/formats/cell-number";

export const INPUT_RULE = "INPUT";

export interface DraftAnalysis {
  cells: Cells;
  /** cells with computed totals filled in: what 提交审核 sends */
  completed: Cells;
  findings: Finding[];
  /** blank cells the system can compute: key → computed value */
  computed: Map<string, number>;
  /** blank cells that stay blank even after computing totals, in table order */
  blanks: string[];
}

interface Context {
  year?: number;
  orgKind?: string;
  previous?: PreviousReport;
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
  for (const def of defs) {
    const parsed = parseCellText(def, texts[def.key] ?? "");
    cells[def.key] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      inputFindings.push({
        rule: INPUT_RULE,
        severity: "error",
        cells: [def.key],
        message: `“${def.rowLabel} ${def.columnLabel}”填写的“${texts[def.key]}”无法识别：${parsed.reason}。`,
      });
    }
  }
  const completed = computeTotals(format, cells);
  const computed = new Map<string, number>();
  const blanks: string[] = [];
  for (const def of defs) {
    const value = completed[def.key];
    if (value === null || value === undefined) blanks.push(def.key);
    else if (cells[def.key] === null) computed.set(def.key, value);
  }
  const findings = [...inputFindings, ...validateReport({ format, cells, sections, ...context })];
  return { cells, completed, findings, computed, blanks };
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
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(defs.map((def) => [def.key, formatCellValue(def, options.initialCells[def.key])])),
  );
  const [sections, setSections] = useState<Record<string, string>>(() => ({ ...options.initialSections }));
  // Counts edits, so that a save that finishes while the user types again does not mark
  // the newer text as saved.
  const [edits, setEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);

  // Findings follow typing without making each keystroke wait for the rules.
  const deferredTexts = useDeferredValue(texts);
  const deferredSections = useDeferredValue(sections);
  const analysis = useMemo(
    () => analyse(format, defs, deferredTexts, deferredSections, context),
    [format, defs, deferredTexts, deferredSections, context],
  );

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

  /** Writes computed totals into their blank cells, as 提交审核 stores them. */
  function fillComputedTotals(computed: Map<string, number>) {
    setTexts((current) => {
      const next = { ...current };
      for (const def of defs) {
        const value = computed.get(def.key);
        if (value !== undefined && (current[def.key] ?? "").trim() === "") next[def.key] = formatCellValue(def, value);
      }
      return next;
    });
  }

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

  /** Values the server stored for the user (从登记簿生成): shown as saved, not counted as edits. */
  const replaceSaved = useCallback(
    (stored: Cells) => {
      setTexts((current) => {
        const next = { ...current };
        for (const def of defs) if (def.key in stored) next[def.key] = formatCellValue(def, stored[def.key]);
        return next;
      });
    },
    [defs],
  );

  /** The current values, analysed now (not deferred): what the buttons send. */
  function snapshot(): DraftAnalysis {
    return deferredTexts === texts && deferredSections === sections ? analysis : analyse(format, defs, texts, sections, context);
  }

  return {
    defs,
    texts,
    sections,
    dirty: edits !== savedEdits,
    edits,
    analysis,
    setCellText,
    setCellTexts,
    setSectionText,
    fillComputedTotals,
    fillBlanksWithZero,
    replaceSaved,
    snapshot,
    /** the edits counted when the values were sent are now saved */
    markSaved: (atEdits: number) => setSavedEdits(atEdits),
  };
}

export type ReportDraft = ReturnType<typeof useReportDraft>;
