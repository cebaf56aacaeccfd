"use client";
// Under a narrative field: 插入表格数字 (a reference to a cell, at the caret), the section's
// length (against the format's guide where it has one), and a preview that shows each
// reference as its cell's live value and marks the sentences the findings point at.
import { useMemo, useState } from "react";
import type { Cells, Finding, FormatDef } from "@/lib/formats/types";
import { referenceResolver, referenceToken } from "@/lib/narrative/references";
import { narrativeLength, SECTION_MINIMUM_LENGTH, sectionLengthGuide } from "@/lib/rules";
import { highlightsOf, NarrativeParagraphs } from "@/components/report/Narrative";
import { CellPicker } from "@/components/report/editor/CellPicker";
import { sectionFieldId } from "@/components/report/editor/ids";

export interface NarrativeToolsProps {
  format: FormatDef;
  sectionKey: string;
  /** the section's name, for the preview's accessible name */
  label: string;
  text: string;
  /** the cells with computed totals, as the references read them */
  cells: Cells;
  findings: readonly Finding[];
  onChange: (key: string, text: string) => void;
}

function field(sectionKey: string): HTMLTextAreaElement | null {
  const element = document.getElementById(sectionFieldId(sectionKey));
  return element instanceof HTMLTextAreaElement ? element : null;
}

export function NarrativeTools({ format, sectionKey, label, text, cells, findings, onChange }: NarrativeToolsProps) {
  const [picking, setPicking] = useState<{ start: number; end: number } | null>(null);
  const references = useMemo(() => referenceResolver(format, cells), [format, cells]);
  const highlights = useMemo(() => highlightsOf(findings, sectionKey), [findings, sectionKey]);
  const length = useMemo(() => narrativeLength(format, cells, text), [format, cells, text]);
  const guide = sectionLengthGuide(format, sectionKey);
  const minimum = SECTION_MINIMUM_LENGTH[sectionKey];
  const hasReferences = text.includes("{{");
  const pickerId = `${sectionFieldId(sectionKey)}-picker`;

  function open() {
    // Where the caret was in the field; a click into the table later does not move it.
    const input = field(sectionKey);
    const end = input ? input.selectionEnd : text.length;
    setPicking({ start: input ? input.selectionStart : end, end });
  }

  function insert(key: string) {
    const at = picking ?? { start: text.length, end: text.length };
    const token = referenceToken(key);
    onChange(sectionKey, text.slice(0, at.start) + token + text.slice(at.end));
    setPicking(null);
    const caret = at.start + token.length;
    requestAnimationFrame(() => {
      const input = field(sectionKey);
      if (!input) return;
      input.focus();
      input.setSelectionRange(caret, caret);
    });
  }

  function cancel() {
    setPicking(null);
    field(sectionKey)?.focus();
  }

  return (
    <div className="narrative-tools">
      <div className="narrative-toolbar">
        <button type="button" className="button" aria-expanded={picking !== null} aria-controls={pickerId} onClick={() => (picking ? cancel() : open())}>
          插入表格数字
        </button>
        <span className={guide !== undefined && length > guide ? "narrative-length narrative-length-over" : "narrative-length"}>
          {guide !== undefined ? `已写 ${length} 字，篇幅原则上不超过 ${guide} 字` : `已写 ${length} 字`}
          {minimum !== undefined && length < minimum && minimum > 1 ? `（至少 ${minimum} 字）` : ""}
        </span>
      </div>
      <div id={pickerId}>{picking && <CellPicker format={format} cells={cells} onPick={insert} onCancel={cancel} />}</div>
      {(hasReferences || highlights.length > 0) && (
        <div className="narrative-preview" role="region" aria-label={`${label}（预览）`}>
          <p className="narrative-preview-title">
            预览：含表格数字{highlights.length > 0 ? "或需要核对" : ""}的段落，引用显示为表格中的数值{highlights.length > 0 ? "，需要核对的句子已标出" : ""}
          </p>
          <div className="narrative">
            <NarrativeParagraphs text={text} references={references} highlights={highlights} markReferences onlyMarked />
          </div>
        </div>
      )}
    </div>
  );
}
