"use client";
// No lost work: saves about 2 s after the last edit and when a field loses focus, keeps what
// the server has not got in this browser (localStorage) until it has, retries with a growing
// pause while the network is down, and when someone else saved in between (STALE_VERSION)
// compares their content with this page's three ways: what only they changed comes onto the
// screen, what only I changed stays, and what both changed waits for the user's choice.
import { useCallback, useEffect, useRef, useState } from "react";
import { loadReportContentAction, saveReportAction } from "@/app/_actions/reports";
import { mergeThreeWay, type MergeConflict } from "@/lib/drafts/merge";
import type { FormatDef } from "@/lib/formats/types";
import { textsOfCells, type DraftTexts, type ReportDraft } from "@/components/report/editor/useReportDraft";

export const AUTOSAVE_DELAY_MS = 2_000;
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

export type SaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "saving" }
  | { kind: "unsaved"; reason: "network" | "conflict" | "error"; message?: string };

export interface OpenConflict {
  cells: MergeConflict[];
  sections: MergeConflict[];
  /** who saved their side last, and when; null when their side is what the page loaded (a restored backup) */
  by: string | null;
  at: string | null;
}

/** What this browser keeps of the unsaved edits: per cell or section, the value it was based on and mine. */
interface Backup {
  version: number;
  cells: Record<string, { base: string; mine: string }>;
  sections: Record<string, { base: string; mine: string }>;
}

const backupKey = (reportId: string) => `nianbao:unsaved:${reportId}`;

function readBackup(reportId: string): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(reportId));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

function writeBackup(reportId: string, backup: Backup | null) {
  try {
    if (backup) window.localStorage.setItem(backupKey(reportId), JSON.stringify(backup));
    else window.localStorage.removeItem(backupKey(reportId));
  } catch {
    // A full or forbidden storage only loses the copy in this browser; the page keeps the edits.
  }
}

function changedPairs(keys: readonly string[], base: Record<string, string>, mine: Record<string, string>) {
  return Object.fromEntries(keys.map((key) => [key, { base: base[key] ?? "", mine: mine[key] ?? "" }]));
}

function sides(pairs: Record<string, { base: string; mine: string }>, side: "base" | "mine") {
  return Object.fromEntries(Object.entries(pairs).map(([key, pair]) => [key, pair[side]]));
}

export function useAutosave(options: { reportId: string; format: FormatDef; initialVersion: number; draft: ReportDraft }) {
  const { reportId, format, draft } = options;
  const [version, setVersionState] = useState(options.initialVersion);
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [conflict, setConflict] = useState<OpenConflict | null>(null);
  const [restored, setRestored] = useState(0);
  const [requests, setRequests] = useState(0);

  const versionRef = useRef(options.initialVersion);
  const draftRef = useRef(draft);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const held = useRef(0);
  const failures = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflictOpen = useRef(false);

  // First effect of the hook: the save that follows reads the draft of this render.
  useEffect(() => {
    draftRef.current = draft;
  });
  useEffect(() => {
    conflictOpen.current = conflict !== null;
  }, [conflict]);

  const setVersion = useCallback((next: number) => {
    versionRef.current = next;
    setVersionState(next);
  }, []);

  /** Asks for a save after the next render, when the draft read is the one on screen. */
  const requestSave = useCallback(() => setRequests((n) => n + 1), []);

  const scheduleRetry = useCallback(() => {
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** failures.current);
    failures.current += 1;
    setStatus({ kind: "unsaved", reason: "network" });
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = setTimeout(requestSave, delay);
  }, [requestSave]);

  /** Their content, compared with the base and the screen; true when it is merged without a question. */
  const mergeWithServer = useCallback(async (): Promise<boolean> => {
    const content = await loadReportContentAction({ reportId });
    if (!content.ok) {
      setStatus({ kind: "unsaved", reason: "error", message: content.message });
      return false;
    }
    const current = draftRef.current;
    const theirs: DraftTexts = { cells: textsOfCells(current.defs, content.cells), sections: content.sections };
    const mine = current.mine();
    const cells = mergeThreeWay({ base: current.base.cells, mine: mine.cells, theirs: theirs.cells }, current.defs.map((d) => d.key));
    const sections = mergeThreeWay(
      { base: current.base.sections, mine: mine.sections, theirs: theirs.sections },
      format.sections.map((s) => s.key),
    );
    current.showTexts({ cells: cells.theirs, sections: sections.theirs });
    current.rebase(theirs);
    setVersion(content.version);
    if (content.status !== "draft" && content.status !== "returned") {
      setStatus({ kind: "unsaved", reason: "error", message: "报告已由他人提交审核或发布，不能再保存本页的修改。请复制需要保留的内容后刷新页面。" });
      return false;
    }
    if (cells.conflicts.length > 0 || sections.conflicts.length > 0) {
      setConflict({ cells: cells.conflicts, sections: sections.conflicts, by: content.lastChange?.by ?? null, at: content.lastChange?.at ?? null });
      setStatus({ kind: "unsaved", reason: "conflict" });
      return false;
    }
    return true;
  }, [reportId, format, setVersion]);

  const saveOnce = useCallback(async () => {
    const current = draftRef.current;
    const snapshot = current.snapshot();
    const unreadable = new Set(snapshot.unreadable);
    const sendable = current.unsaved.cells.filter((key) => !unreadable.has(key));
    if (sendable.length === 0 && current.unsaved.sections.length === 0) {
      setStatus((s) => (s.kind === "saved" ? s : { kind: "saved", at: new Date() }));
      return;
    }
    const mine = current.mine();
    const cells = Object.fromEntries(Object.entries(snapshot.cells).filter(([key]) => !unreadable.has(key)));
    const sentCells = Object.fromEntries(Object.entries(mine.cells).filter(([key]) => !unreadable.has(key)));
    setStatus({ kind: "saving" });
    try {
      const result = await saveReportAction({ reportId, version: versionRef.current, cells, sections: mine.sections });
      if (result.ok) {
        failures.current = 0;
        setVersion(result.version);
        current.rebase({ cells: sentCells, sections: mine.sections });
        setStatus({ kind: "saved", at: new Date() });
      } else if (result.code === "STALE_VERSION") {
        if (await mergeWithServer()) again.current = true;
      } else {
        setStatus({ kind: "unsaved", reason: "error", message: result.message });
      }
    } catch {
      // The request did not reach the server or its answer did not come back.
      scheduleRetry();
    }
  }, [reportId, mergeWithServer, scheduleRetry, setVersion]);

  // One save at a time; a request while one runs makes another after it, on the newer draft.
  useEffect(() => {
    if (requests === 0 || conflictOpen.current) return;
    if (running.current || held.current > 0) {
      again.current = true;
      return;
    }
    if (retryTimer.current) {
      clearTimeout(retryTimer.current);
      retryTimer.current = null;
    }
    running.current = saveOnce().finally(() => {
      running.current = null;
      if (again.current) {
        again.current = false;
        requestSave();
      }
    });
  }, [requests, saveOnce, requestSave]);

  // About 2 s after the last edit.
  useEffect(() => {
    if (!draft.dirty || conflict) return;
    const timer = setTimeout(requestSave, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft.edits, draft.dirty, conflict, requestSave]);

  // The connection is back: save now instead of waiting for the next retry.
  useEffect(() => {
    window.addEventListener("online", requestSave);
    return () => window.removeEventListener("online", requestSave);
  }, [requestSave]);

  // Opening the page: edits this browser kept and the server never got come back, compared
  // with what the server has now as any conflicting save is. (Before the effect that writes
  // the backup, which on the first render, with nothing unsaved yet, removes it.)
  useEffect(() => {
    const backup = readBackup(reportId);
    if (!backup) return;
    const current = draftRef.current;
    const cells = mergeThreeWay({ base: sides(backup.cells, "base"), mine: sides(backup.cells, "mine"), theirs: pick(current.base.cells, backup.cells) });
    const sections = mergeThreeWay({ base: sides(backup.sections, "base"), mine: sides(backup.sections, "mine"), theirs: pick(current.base.sections, backup.sections) });
    current.showTexts({ cells: sides(pickPairs(backup.cells, cells.mine), "mine"), sections: sides(pickPairs(backup.sections, sections.mine), "mine") });
    if (cells.conflicts.length > 0 || sections.conflicts.length > 0) {
      setConflict({ cells: cells.conflicts, sections: sections.conflicts, by: null, at: null });
      setStatus({ kind: "unsaved", reason: "conflict" });
    }
    setRestored(cells.mine.length + sections.mine.length + cells.conflicts.length + sections.conflicts.length);
  }, [reportId]);

  // This browser keeps what the server has not got, under the version it is based on.
  useEffect(() => {
    if (!draft.dirty) return writeBackup(reportId, null);
    writeBackup(reportId, {
      version,
      cells: changedPairs(draft.unsaved.cells, draft.base.cells, draft.texts),
      sections: changedPairs(draft.unsaved.sections, draft.base.sections, draft.sections),
    });
  }, [reportId, version, draft.dirty, draft.unsaved, draft.base, draft.texts, draft.sections]);

  /** The user chose for every conflicting cell and section: the screen takes the choice and is saved on top of theirs. */
  const resolveConflict = useCallback(
    (chosen: DraftTexts) => {
      draftRef.current.showTexts(chosen);
      setConflict(null);
      conflictOpen.current = false;
      requestSave();
    },
    [requestSave],
  );

  /**
   * Runs a step that saves by itself (提交审核, 从登记簿生成) with autosave held, after any
   * save on its way; it gets the version to name and says which version it left.
   */
  const exclusive = useCallback(async <T,>(step: (version: number) => Promise<T>): Promise<T> => {
    held.current += 1;
    try {
      while (running.current) await running.current;
      return await step(versionRef.current);
    } finally {
      held.current -= 1;
      // Edits made while the step ran are saved after it, on the version it left.
      if (held.current === 0 && again.current) {
        again.current = false;
        requestSave();
      }
    }
  }, [requestSave]);

  return { version, setVersion, status, setStatus, conflict, resolveConflict, saveNow: requestSave, exclusive, restored };
}

function pick(values: Record<string, string>, keys: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.keys(keys).map((key) => [key, values[key] ?? ""]));
}

function pickPairs<T>(pairs: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.map((key) => [key, pairs[key]]));
}
