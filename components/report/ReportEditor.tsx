"use client";
// The report as a form, generated from its format definition: a narrative field per
// section, every table laid out from its grid with an input per cell, live findings.
// What the user typed stays on screen whatever the server answers, and is saved by itself
// (useAutosave); the totals the format derives are shown, never typed.
import { useMemo, useState, useTransition, type FocusEvent } from "react";
import { useRouter } from "next/navigation";
import type { Cells, Finding, FormatId } from "@/lib/formats/types";
import type { Acknowledgement, PreviousYearData } from "@/lib/rules";
import { getFormat } from "@/lib/formats";
import { acknowledgeFindingAction, submitReportAction, withdrawAcknowledgementAction } from "@/app/_actions/reports";
import { applyDerivedAction, previewDerivedAction, type DerivedPreviewView } from "@/app/_actions/register";
import { marksCells, severityByCell, severityBySection } from "@/components/report/findings";
import { useReportDraft } from "@/components/report/editor/useReportDraft";
import { useUnsavedWarning } from "@/components/report/editor/useUnsavedWarning";
import { EditorSection } from "@/components/report/editor/EditorSection";
import { EditorTable } from "@/components/report/editor/EditorTable";
import { FindingsPanel } from "@/components/report/editor/FindingsPanel";
import { EditorActions, type EditorNotice } from "@/components/report/editor/EditorActions";
import { findingId } from "@/components/report/editor/ids";
import { submitBlockedReason } from "@/components/report/editor/submit-check";
import { sectionName } from "@/lib/report/section-name";
import { NarrativeTools } from "@/components/report/editor/NarrativeTools";
import { useAutosave } from "@/components/report/editor/useAutosave";
import { ConflictPanel } from "@/components/report/editor/ConflictPanel";
import { DerivePanel } from "@/components/report/editor/DerivePanel";

export interface ReportEditorProps {
  reportId: string;
  formatId: FormatId;
  version: number;
  cells: Cells;
  sections: Record<string, string>;
  orgKind?: string;
  /** the year the report covers */
  year?: number;
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

const OFFLINE_NOTICE = "网络中断，操作未完成；修改保留在本页，连接恢复后请再试一次。";

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
  const autosave = useAutosave({ reportId, format, initialVersion, draft });
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

  /** 保存: now, instead of in two seconds. */
  function save() {
    setNotice(null);
    autosave.saveNow();
  }

  function submit() {
    const snapshot = draft.snapshot();
    const refused = submitBlockedReason(snapshot.findings, snapshot.blanks, acknowledgements);
    if (refused) return setNotice({ kind: "error", text: refused });
    if (autosave.conflict) return setNotice({ kind: "error", text: "请先处理与他人修改的冲突，再提交审核。" });
    const atEdits = draft.edits;
    const sent = draft.mine();
    startTransition(async () => {
      try {
        // What is on screen is saved first, in the same action, on the version this page holds.
        const result = await autosave.exclusive((version) => submitReportAction({ reportId, version, cells: snapshot.cells, sections: sent.sections }));
        if (!result.ok) {
          // Saved, then refused (e.g. BLOCKING_FINDINGS): the values are stored under a new version.
          if (result.version !== undefined) {
            autosave.setVersion(result.version);
            draft.rebase(sent);
          }
          if (result.code === "STALE_VERSION") autosave.saveNow();
          setServer({ atEdits, findings: result.findings ?? [] });
          return setNotice({ kind: "error", text: result.message });
        }
        autosave.setVersion(result.version);
        draft.rebase(sent);
        setNotice({ kind: "success", text: "已提交审核。" });
        router.refresh();
      } catch {
        setNotice({ kind: "error", text: OFFLINE_NOTICE });
      }
    });
  }

  /**
   * 说明原因 and 撤销 save what is on screen first (the server looks the warning up in the
   * saved report), on the version this page holds, with autosave held meanwhile.
   */
  function changeReason(finding: Finding, reason: string | null): Promise<boolean> {
    const snapshot = draft.snapshot();
    if (snapshot.unreadable.length > 0) {
      setNotice({ kind: "error", text: `有 ${snapshot.unreadable.length} 个单元格的内容不是有效数字：请先改正，再说明原因。` });
      return Promise.resolve(false);
    }
    if (autosave.conflict) {
      setNotice({ kind: "error", text: "请先处理与他人修改的冲突，再说明原因。" });
      return Promise.resolve(false);
    }
    const sent = draft.mine();
    const target = { rule: finding.rule, cells: finding.cells, sections: finding.sections };
    return new Promise((resolve) =>
      startTransition(async () => {
        try {
          const result = await autosave.exclusive((version) =>
            reason === null
              ? withdrawAcknowledgementAction({ reportId, version, finding: target })
              : acknowledgeFindingAction({ reportId, version, cells: snapshot.cells, sections: sent.sections, finding: target, reason }),
          );
          if (!result.ok) {
            if (result.version !== undefined) {
              autosave.setVersion(result.version);
              if (reason !== null) draft.rebase(sent);
            }
            if (result.code === "STALE_VERSION") autosave.saveNow();
            setNotice({ kind: "error", text: result.message });
            return resolve(false);
          }
          autosave.setVersion(result.version);
          if (reason !== null) draft.rebase(sent);
          setAcknowledgements(result.acknowledgements);
          setNotice({ kind: "success", text: reason === null ? "已撤销说明。" : `已保存说明（${savedAt()}）。` });
          resolve(true);
        } catch {
          setNotice({ kind: "error", text: OFFLINE_NOTICE });
          resolve(false);
        }
      }),
    );
  }

  // 从登记簿生成 compares with, and writes over, the saved report: unsaved typing comes first.
  const unsavedFirst = () => setNotice({ kind: "error", text: "有未保存的修改：请等待自动保存完成（或点“保存”），再从登记簿生成。" });

  function previewDerived() {
    if (draft.dirty) return unsavedFirst();
    startTransition(async () => {
      try {
        const result = await previewDerivedAction({ reportId });
        if (!result.ok) return setNotice({ kind: "error", text: result.message });
        setNotice(null);
        setDerived(result.preview);
      } catch {
        setNotice({ kind: "error", text: OFFLINE_NOTICE });
      }
    });
  }

  function applyDerived() {
    if (draft.dirty) return unsavedFirst();
    startTransition(async () => {
      try {
        const result = await autosave.exclusive((version) => applyDerivedAction({ reportId, version }));
        if (!result.ok) return setNotice({ kind: "error", text: result.message });
        draft.replaceSaved(result.cells, result.sections);
        autosave.setVersion(result.version);
        setServer({ atEdits: -1, findings: [] });
        setDerived(null);
        const wrote = Object.keys(result.sections).length > 0 ? "，并写入了信息处理费情况" : "";
        setNotice({ kind: "success", text: `已从登记簿生成并保存 ${result.changes} 个单元格${wrote}（${savedAt()}）。` });
      } catch {
        setNotice({ kind: "error", text: OFFLINE_NOTICE });
      }
    });
  }

  /**
   * Leaving a field saves what it holds; moving on from one table cell to the next, as in a
   * spreadsheet, leaves it to the save 2 s after the last edit.
   */
  function saveOnLeave(event: FocusEvent<HTMLDivElement>) {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !draft.dirty) return;
    const next = event.relatedTarget;
    const cellToCell = field.classList.contains("cell-input") && next instanceof HTMLInputElement && next.classList.contains("cell-input");
    if (!cellToCell) autosave.saveNow();
  }

  return (
    <div className="report-editor">
      <div className="editor-aside">
        <EditorActions
          pending={pending}
          dirty={draft.dirty}
          status={autosave.status}
          unreadable={draft.analysis.unreadable.length}
          restored={autosave.restored}
          notice={notice}
          onSave={save}
          onSubmit={submit}
          onDerive={cellsReadOnly ? undefined : previewDerived}
        />
        <FindingsPanel
          format={format}
          findings={findings}
          blanks={blanks}
          blockedReason={submitBlockedReason(findings, blanks, acknowledgements)}
          reasons={{
            acknowledgements,
            pending,
            onAcknowledge: (finding, reason) => changeReason(finding, reason),
            onWithdraw: (finding) => changeReason(finding, null),
          }}
        />
      </div>
      <div className="editor-form" onBlur={saveOnLeave}>
        {autosave.conflict && <ConflictPanel format={format} conflict={autosave.conflict} onResolve={autosave.resolveConflict} />}
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
