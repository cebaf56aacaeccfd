"use client";
// The live findings: each with its rule id and Chinese message, a button per cell or section
// it names that moves the focus there, and under a warning its reason (说明原因).
import type { Finding, FormatDef } from "@/lib/formats/types";
import { cellDef } from "@/lib/formats/engine";
import { acknowledgementOf, BLANK_RULE, canAcknowledge, type Acknowledgement } from "@/lib/rules";
import { FindingReason, type FindingReasonProps } from "@/components/report/editor/FindingReason";
import { sectionName } from "@/lib/report/section-name";
import { SEVERITY_LABELS, countBySeverity } from "@/components/report/findings";
import { cellInputId, findingId, focusField, focusSection } from "@/components/report/editor/ids";

export interface FindingsPanelProps {
  format: FormatDef;
  findings: readonly Finding[];
  blanks: readonly string[];
  /** why 提交审核 is refused now, if it is */
  blockedReason: string | null;
  /** the reasons given for warnings (说明原因), and what gives or withdraws one */
  reasons: {
    acknowledgements: readonly Acknowledgement[];
    pending: boolean;
    onAcknowledge: FindingReasonProps["onAcknowledge"];
    onWithdraw: FindingReasonProps["onWithdraw"];
  };
}

function CellLink({ format, cellKey }: { format: FormatDef; cellKey: string }) {
  const cell = cellDef(format, cellKey);
  const text = cell ? `${cell.rowLabel} · ${cell.columnLabel}` : cellKey;
  return (
    <button type="button" className="link-button" onClick={() => focusField(cellInputId(cellKey))}>
      {text}
    </button>
  );
}

function SectionLink({ format, sectionKey }: { format: FormatDef; sectionKey: string }) {
  const section = format.sections.find((s) => s.key === sectionKey);
  return (
    <button type="button" className="link-button" onClick={() => focusSection(sectionKey)}>
      {section ? sectionName(section) : sectionKey}
    </button>
  );
}

/** A finding about many cells links the first few; the blank-cell finding fewer still. */
const MAX_LINKS = 8;
const MAX_BLANK_LINKS = 3;

function FindingItem({ format, finding, index, reasons }: { format: FormatDef; finding: Finding; index: number; reasons: FindingsPanelProps["reasons"] }) {
  const targets = finding.cells.length + (finding.sections?.length ?? 0);
  const shown = finding.cells.slice(0, finding.rule === BLANK_RULE ? MAX_BLANK_LINKS : MAX_LINKS);
  return (
    <li className={`finding finding-${finding.severity}`}>
      <p id={findingId(index)}>
        <span className="finding-severity">{SEVERITY_LABELS[finding.severity]}</span>{" "}
        <code className="finding-rule">{finding.rule}</code> {finding.message}
      </p>
      {targets > 0 && (
        <p className="finding-targets">
          <span>涉及：</span>
          {shown.map((key) => (
            <CellLink key={key} format={format} cellKey={key} />
          ))}
          {finding.cells.length > shown.length && <span>等共 {finding.cells.length} 个单元格</span>}
          {finding.sections?.map((key) => (
            <SectionLink key={key} format={format} sectionKey={key} />
          ))}
        </p>
      )}
      {canAcknowledge(finding) && (
        <FindingReason
          finding={finding}
          state={acknowledgementOf(finding, reasons.acknowledgements)}
          describedBy={findingId(index)}
          pending={reasons.pending}
          onAcknowledge={reasons.onAcknowledge}
          onWithdraw={reasons.onWithdraw}
        />
      )}
    </li>
  );
}

export function FindingsPanel({ format, findings, blanks, blockedReason, reasons }: FindingsPanelProps) {
  const counts = countBySeverity(findings);
  return (
    <section className="findings-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">检查结果</h2>
      <p className="findings-summary">
        {counts.error} 个错误，{counts.warning} 个警告，{blanks.length} 个空白单元格。
        {blanks.length > 0 && (
          <>
            {" "}没有数据的单元格请填 0。{" "}
            <button type="button" className="link-button" onClick={() => focusField(cellInputId(blanks[0]))}>
              转到第一个空白单元格
            </button>
          </>
        )}
      </p>
      {blockedReason && <p className="editor-hint">{blockedReason}</p>}
      {findings.some(canAcknowledge) && (
        <p className="editor-hint">警告请核实；数字无误的，可在警告下点“说明原因”写明原因，审核人员可以看到。错误须改正，不能以说明原因代替。</p>
      )}
      {findings.length > 0 && (
        <ol className="findings-list">
          {findings.map((finding, index) => (
            <FindingItem key={index} format={format} finding={finding} index={index} reasons={reasons} />
          ))}
        </ol>
      )}
    </section>
  );
}
