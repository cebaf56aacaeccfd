"use client";
// The report as a form, generated from its format definition: a narrative field per
// section, every table laid out from its grid with an input per cell, live findings.
// What the user typed stays on screen whatever the server answers.
import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Cells, Finding, FormatId } from "@/lib/formats/types";
import type { Acknowledgement, PreviousYearData } from "@/lib/rules";
import { getFormat } from "@/lib/formats";
import { acknowledgeFindingAction, saveReportAction, submitReportAction, withdrawAcknowledgementAction } from "@/app/_actions/reports";
import { applyDerivedAction, previewDerivedAction, type DerivedPreviewView } from "@/app/_actions/register";
import { marksCells, severityByCell, severityBySection } from "@/components/report/findings";
import { useReportDraft } from "@/components/report/editor/useReportDraft";
import { useUnsavedWarning } from "@/components/report/editor/useUnsavedWarning";
import { EditorSection } from "@/components/report/editor/EditorSection";
import { sectionName } from "@/lib/report/section-name";
import { NarrativeTools } from "@/components/report/editor/NarrativeTools";
import { EditorTable } from "@/components/report/editor/EditorTable";
import { FindingsPanel } from "@/components/report/editor/FindingsPanel";
import { EditorActions, type EditorNotice } from "@/components/report/editor/EditorActions";
import { findingId } from "@/components/report/editor/ids";
import { saveBlockedReason, submitBlockedReason } from "@/components/report/editor/submit-check";
import { DerivePanel } from "@/components/report/editor/DerivePanel";

export interface ReportEditorProps {
  reportId: string;
  formatId: FormatId;
  version: number;
  cells: Cells;
  sections: Record<string, string>;
  /** the year the report covers */
  year?: number;
  orgKind?: string;
  /** the unit's published report on the year before, for the cross-year checks (I5, W3) */
  previousYear?: PreviousYearData | null;
  /** the reasons given for warnings (说明原因) */
  acknowledgements?: readonly Acknowledgement[];
  /** a roll-up (汇总): its numbers are the sums of the units below, only the narrative is typed */
  cellsReadOnly?: boolean;
}

/** finding ids that name each cell or section, for aria-describedby */
function describers(findings: readonly Finding[], pick: (f: Finding) => readonly string[] | undefined) {
  const map = new Map<string, string>();
  findings.forEach((finding, index) => {
    if (!marksCells(finding)) return;
    for (const key of pick(finding) ?? []) map.set(key, [map.get(key), findingId(index)].filter(Boolean).join(" "));
  });
  return map;
}

const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.message === b.message;

function savedAt() {
  return new Date().toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

export function ReportEditor({
  reportId,
  formatId,
  version: initialVersion,
  cells,
  sections,
  year,
  orgKind,
  previousYear,
  acknowledgements: initialAcknowledgements = [],
  cellsReadOnly,
}: ReportEditorProps) {
  const format = useMemo(() => getFormat(formatId), [formatId]);
  const draft = useReportDraft({ format, initialCells: cells, initialSections: sections, year, orgKind, previousYear });
  const [version, setVersion] = useState(initialVersion);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  // Findings only the server can make (e.g. I5 against the previous year), from the last
  // 提交审核; shown until the values they were made on change.
  const [server, setServer] = useState<{ atEdits: number; findings: Finding[] }>({ atEdits: -1, findings: [] });
  const [derived, setDerived] = useState<DerivedPreviewView | null>(null);
  const [acknowledgements, setAcknowledgements] = useState<readonly Acknowledgement[]>(initialAcknowledgements);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  useUnsavedWarning(draft.dirty);

  const { computed, blanks } = draft.analysis;
  const serverFindings = server.atEdits === draft.edits ? server.findings : null;
  const findings = useMemo(
    () => [...draft.analysis.findings, ...(serverFindings ?? []).filter((s) => !draft.analysis.findings.some((c) => sameFinding(c, s)))],
    [draft.analysis.findings, serverFindings],
  );
  const cellSeverity = useMemo(() => severityByCell(findings), [findings]);
  const sectionSeverity = useMemo(() => severityBySection(findings), [findings]);
  const cellDescribers = useMemo(() => describers(findings, (f) => f.cells), [findings]);
  const sectionDescribers = useMemo(() => describers(findings, (f) => f.sections), [findings]);

  function save() {
    const snapshot = draft.snapshot();
    const refused = saveBlockedReason(snapshot.findings);
    if (refused) return setNotice({ kind: "error", text: refused });
    const atEdits = draft.edits;
    startTransition(async () => {
      const result = await saveReportAction({ reportId, version, cells: snapshot.cells, sections: draft.sections });
      if (!result.ok) return setNotice({ kind: "error", text: result.message });
      setVersion(result.version);
      draft.markSaved(atEdits);
      setNotice({ kind: "success", text: `已保存（${savedAt()}）。` });
    });
  }

  function submit() {
    const snapshot = draft.snapshot();
    const refused = submitBlockedReason(snapshot.findings, snapshot.blanks, acknowledgements);
    if (refused) return setNotice({ kind: "error", text: refused });
    const atEdits = draft.edits;
    draft.fillComputedTotals(snapshot.computed);
    startTransition(async () => {
      const result = await submitReportAction({ reportId, version, cells: snapshot.completed, sections: draft.sections });
      if (!result.ok) {
        // Saved, then refused (e.g. BLOCKING_FINDINGS): the values are stored under a new version.
        if (result.version !== undefined) {
          setVersion(result.version);
          draft.markSaved(atEdits);
        }
        setServer({ atEdits, findings: result.findings ?? [] });
        return setNotice({ kind: "error", text: result.message });
      }
      setVersion(result.version);
      draft.markSaved(atEdits);
      setNotice({ kind: "success", text: "已提交审核。" });
      router.refresh();
    });
  }

  /** 说明原因 saves what is on screen first: the server looks the warning up in the saved report. */
  function acknowledge(finding: Finding, reason: string): Promise<boolean> {
    const snapshot = draft.snapshot();
    const refused = saveBlockedReason(snapshot.findings);
    if (refused) {
      setNotice({ kind: "error", text: refused });
      return Promise.resolve(false);
    }
    const atEdits = draft.edits;
    return new Promise((resolve) =>
      startTransition(async () => {
        const target = { rule: finding.rule, cells: finding.cells, sections: finding.sections };
        const result = await acknowledgeFindingAction({ reportId, version, cells: snapshot.cells, sections: draft.sections, finding: target, reason });
        if (!result.ok) {
          if (result.version !== undefined) {
            setVersion(result.version);
            draft.markSaved(atEdits);
          }
          setNotice({ kind: "error", text: result.message });
          return resolve(false);
        }
        setVersion(result.version);
        draft.markSaved(atEdits);
        setAcknowledgements(result.acknowledgements);
        setNotice({ kind: "success", text: `已保存说明（${savedAt()}）。` });
        resolve(true);
      }),
    );
  }

  function withdraw(finding: Finding): Promise<boolean> {
    return new Promise((resolve) =>
      startTransition(async () => {
        const target = { rule: finding.rule, cells: finding.cells, sections: finding.sections };
        const result = await withdrawAcknowledgementAction({ reportId, version, finding: target });
        if (!result.ok) {
          setNotice({ kind: "error", text: result.message });
          return resolve(false);
        }
        setVersion(result.version);
        setAcknowledgements(result.acknowledgements);
        setNotice({ kind: "success", text: "已撤销说明。" });
        resolve(true);
      }),
    );
  }

  // 从登记簿生成 compares with, and writes over, the saved report: unsaved typing comes first.
  const unsavedFirst = () => setNotice({ kind: "error", text: "有未保存的修改：请先保存，再从登记簿生成。" });

  function previewDerived() {
    if (draft.dirty) return unsavedFirst();
    startTransition(async () => {
      const result = await previewDerivedAction({ reportId });
      if (!result.ok) return setNotice({ kind: "error", text: result.message });
      setNotice(null);
      setDerived(result.preview);
    });
  }

  function applyDerived() {
    if (draft.dirty) return unsavedFirst();
    startTransition(async () => {
      const result = await applyDerivedAction({ reportId, version });
      if (!result.ok) return setNotice({ kind: "error", text: result.message });
      draft.replaceSaved(result.cells);
      setVersion(result.version);
      setServer({ atEdits: -1, findings: [] });
      setDerived(null);
      setNotice({ kind: "success", text: `已从登记簿生成并保存 ${result.changes} 个单元格（${savedAt()}）。` });
    });
  }

  return (
    <div className="report-editor">
      <div className="editor-aside">
        <EditorActions pending={pending} dirty={draft.dirty} notice={notice} onSave={save} onSubmit={submit} onDerive={cellsReadOnly ? undefined : previewDerived} />
        <FindingsPanel
          format={format}
          findings={findings}
          blanks={blanks}
          blockedReason={submitBlockedReason(findings, blanks, acknowledgements)}
          reasons={{ acknowledgements, pending, onAcknowledge: acknowledge, onWithdraw: withdraw }}
        />
      </div>
      <div className="editor-form">
        {derived && (
          <DerivePanel format={format} reportId={reportId} preview={derived} pending={pending} onApply={applyDerived} onCancel={() => setDerived(null)} />
        )}
        {format.sections.map((section) => {
          const table = section.table ? format.tables.find((t) => t.id === section.table) : undefined;
          return (
            <EditorSection
              key={section.key}
              section={section}
              text={draft.sections[section.key] ?? ""}
              severity={sectionSeverity.get(section.key)}
              describedBy={sectionDescribers.get(section.key)}
              onChange={draft.setSectionText}
              tools={
                <NarrativeTools
                  format={format}
                  sectionKey={section.key}
                  label={sectionName(section)}
                  text={draft.sections[section.key] ?? ""}
                  cells={draft.analysis.completed}
                  findings={findings}
                  onChange={draft.setSectionText}
                />
              }
            >
              {table && (
                <EditorTable
                  format={format}
                  table={table}
                  texts={draft.texts}
                  computed={computed}
                  severities={cellSeverity}
                  describedBy={cellDescribers}
                  onChange={draft.setCellText}
                  onChangeMany={draft.setCellTexts}
                  previousYear={previousYear}
                  onFillBlanks={draft.fillBlanksWithZero}
                  readOnly={cellsReadOnly}
                />
              )}
            </EditorSection>
          );
        })}
      </div>
    </div>
  );
}
