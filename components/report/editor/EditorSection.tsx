"use client";
// One section of the report as a form: its heading (which labels the narrative field),
// what the section must contain, the narrative, and its table.
import type { ReactNode } from "react";
import type { SectionDef } from "@/lib/formats/types";
import type { Severity } from "@/components/report/findings";
import { UNTITLED_SECTION_NAME } from "@/lib/report/section-name";
import { sectionAnchorId, sectionFieldId } from "@/components/report/editor/ids";

export interface EditorSectionProps {
  section: SectionDef;
  text: string;
  severity?: Severity;
  describedBy?: string;
  onChange: (key: string, text: string) => void;
  /** shown under the narrative field (插入表格数字, length, preview) */
  tools?: ReactNode;
  children?: ReactNode;
}

function textRows(text: string) {
  return Math.min(24, Math.max(5, Math.ceil(text.length / 60) + text.split("\n").length));
}

export function EditorSection({ section, text, severity, describedBy, onChange, tools, children }: EditorSectionProps) {
  const id = sectionFieldId(section.key);
  const guidanceId = `${id}-guidance`;
  const titled = !section.untitled && Boolean(section.heading);
  const hasField = section.narrative || text.trim() !== "";
  const labelText = titled ? section.heading : UNTITLED_SECTION_NAME;
  const heading = hasField ? <label htmlFor={id}>{labelText}</label> : labelText;
  return (
    <section id={sectionAnchorId(section.key)} tabIndex={-1} className="editor-section" data-severity={severity}>
      {titled ? <h2 className="report-section-heading">{heading}</h2> : <p className="narrative-label">{heading}</p>}
      {section.guidance && (
        <p id={guidanceId} className="guidance">
          {section.guidance}
        </p>
      )}
      {hasField && (
        <textarea
          id={id}
          className="narrative-input"
          rows={textRows(text)}
          value={text}
          aria-describedby={[section.guidance ? guidanceId : null, describedBy].filter(Boolean).join(" ") || undefined}
          aria-invalid={severity === "error" ? true : undefined}
          onChange={(event) => onChange(section.key, event.target.value)}
        />
      )}
      {hasField && tools}
      {children}
    </section>
  );
}
