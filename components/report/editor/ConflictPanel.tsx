"use client";
// Someone else saved the draft while this page had unsaved edits to the same cells or
// sections: each one side by side (theirs with who and when, mine), a choice per item, and
// shortcuts for all. Nothing is saved until every item is chosen.
import { useEffect, useRef, useState } from "react";
import type { FormatDef } from "@/lib/formats/types";
import { cellDef } from "@/lib/formats/engine";
import type { ConflictChoice, MergeConflict } from "@/lib/drafts/merge";
import type { DraftTexts } from "@/components/report/editor/useReportDraft";
import type { OpenConflict } from "@/components/report/editor/useAutosave";
import { cellAccessibleName } from "@/lib/formats/cell-name";
import { sectionName, UNTITLED_SECTION_NAME } from "@/lib/report/section-name";

export interface ConflictPanelProps {
  format: FormatDef;
  conflict: OpenConflict;
  onResolve: (chosen: DraftTexts) => void;
}

const BLANK = "（空白）";

function when(at: string | null): string {
  return at ? new Date(at).toLocaleString("zh-CN", { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" }) : "";
}

interface Item {
  id: string;
  kind: "cells" | "sections";
  label: string;
  conflict: MergeConflict;
}

function itemsOf(format: FormatDef, conflict: OpenConflict): Item[] {
  const cells = conflict.cells.map((c) => {
    const def = cellDef(format, c.key);
    return { id: `cell:${c.key}`, kind: "cells" as const, label: def ? cellAccessibleName(def) : c.key, conflict: c };
  });
  const sections = conflict.sections.map((c) => {
    const def = format.sections.find((s) => s.key === c.key);
    const label = def ? sectionName(def) : UNTITLED_SECTION_NAME;
    return { id: `section:${c.key}`, kind: "sections" as const, label, conflict: c };
  });
  return [...sections, ...cells];
}

function Value({ text, long }: { text: string; long: boolean }) {
  if (text === "") return <span className="muted">{BLANK}</span>;
  return long ? <div className="conflict-text">{text}</div> : <span className="conflict-number">{text}</span>;
}

export function ConflictPanel({ format, conflict, onResolve }: ConflictPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  useEffect(() => heading.current?.focus(), [conflict]);
  const items = itemsOf(format, conflict);
  const undecided = items.filter((item) => !choices[item.id]).length;
  const theirs = conflict.by ? `${conflict.by}${conflict.at ? `（${when(conflict.at)}保存）` : ""}` : "服务器上的内容";

  function chooseAll(choice: ConflictChoice) {
    setChoices(Object.fromEntries(items.map((item) => [item.id, choice])));
  }

  function apply() {
    const chosen: DraftTexts = { cells: {}, sections: {} };
    for (const item of items) chosen[item.kind][item.conflict.key] = choices[item.id] === "theirs" ? item.conflict.theirs : item.conflict.mine;
    onResolve(chosen);
  }

  return (
    <section className="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        修改冲突：{items.length} 处需要选择
      </h2>
      <p>
        在您编辑期间，{theirs}也修改了下列{items.length > 1 ? "各项" : "一项"}。只有对方修改的内容已显示在本页，只有您修改的内容保持不变；下列各项请逐项选择保留哪一方，选择完毕后保存在对方的版本之上。选择之前不会自动保存。
      </p>
      <div className="conflict-all">
        <button type="button" className="button" onClick={() => chooseAll("theirs")}>
          全部采用对方的
        </button>
        <button type="button" className="button" onClick={() => chooseAll("mine")}>
          全部保留我的
        </button>
      </div>
      <ol className="conflict-list">
        {items.map((item) => {
          const long = item.kind === "sections";
          return (
            <li key={item.id} className="conflict-item">
              <fieldset>
                <legend>{item.label}</legend>
                <div className="conflict-sides">
                  <label className="conflict-side">
                    <input
                      type="radio"
                      name={item.id}
                      checked={choices[item.id] === "theirs"}
                      onChange={() => setChoices((c) => ({ ...c, [item.id]: "theirs" }))}
                    />
                    <span className="conflict-side-title">采用对方的：{theirs}</span>
                    <Value text={item.conflict.theirs} long={long} />
                  </label>
                  <label className="conflict-side">
                    <input
                      type="radio"
                      name={item.id}
                      checked={choices[item.id] === "mine"}
                      onChange={() => setChoices((c) => ({ ...c, [item.id]: "mine" }))}
                    />
                    <span className="conflict-side-title">保留我的</span>
                    <Value text={item.conflict.mine} long={long} />
                  </label>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" className="button button-primary" onClick={apply} disabled={undecided > 0}>
          按所选保存
        </button>{" "}
        {undecided > 0 && <span className="muted">还有 {undecided} 项未选择。</span>}
      </p>
    </section>
  );
}
