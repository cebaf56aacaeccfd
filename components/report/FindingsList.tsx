// Findings of a report, read-only (the reviewer's view): rule id, message, cells concerned,
// and under each warning the reason the unit gave for it (说明原因), or that it gave none.
import type { Finding, FormatDef } from "@/lib/formats/types";
import { cellDef } from "@/lib/formats/engine";
import { acknowledgementOf, canAcknowledge, type Acknowledgement } from "@/lib/rules";
import { formatDateTime } from "@/lib/display-dates";
import { sectionName } from "@/lib/report/section-name";
import { SEVERITY_LABELS, countBySeverity } from "@/components/report/findings";

const MAX_NAMED = 8;

function targets(format: FormatDef, finding: Finding): string[] {
  const cells = finding.cells.slice(0, MAX_NAMED).map((key) => {
    const cell = cellDef(format, key);
    return cell ? `${cell.rowLabel} · ${cell.columnLabel}` : key;
  });
  const sections = (finding.sections ?? []).map((key) => {
    const section = format.sections.find((s) => s.key === key);
    return section ? sectionName(section) : key;
  });
  const more = finding.cells.length > MAX_NAMED ? [`等共 ${finding.cells.length} 个单元格`] : [];
  return [...cells, ...more, ...sections];
}

function Reason({ finding, acknowledgements }: { finding: Finding; acknowledgements: readonly Acknowledgement[] }) {
  const state = acknowledgementOf(finding, acknowledgements);
  if (state.status === "none") return <p className="finding-reason finding-reason-needed">未说明原因</p>;
  const { reason, by, at, message } = state.acknowledgement;
  const meta = `${by ?? "已删除的账号"}，${formatDateTime(new Date(at))}`;
  return (
    <div className={`finding-reason finding-reason-${state.status}`}>
      {state.status === "current" ? (
        <p>
          <strong>已说明：</strong>
          {reason}
          <span className="finding-reason-meta">{meta}</span>
        </p>
      ) : (
        <p>
          <strong>原说明（针对的数字已变化）：</strong>
          {reason}
          <span className="finding-reason-meta">
            {meta}；原说明针对的是：{message}
          </span>
        </p>
      )}
    </div>
  );
}

export function FindingsList({
  format,
  findings,
  acknowledgements,
  headingLevel = 2,
}: {
  format: FormatDef;
  findings: readonly Finding[];
  /** the reasons given for warnings: shown with each warning when given */
  acknowledgements?: readonly Acknowledgement[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const counts = countBySeverity(findings);
  const explainable = acknowledgements ? findings.filter(canAcknowledge) : [];
  const explained = explainable.filter((f) => acknowledgementOf(f, acknowledgements ?? []).status === "current").length;
  return (
    <section className="findings-panel" aria-labelledby="findings-list-heading">
      <Heading id="findings-list-heading">检查结果</Heading>
      <p>
        {counts.error} 个错误，{counts.warning} 个警告。
        {explainable.length > 0 && `其中 ${explained} 个警告已说明原因，${explainable.length - explained} 个未说明。`}
      </p>
      {findings.length > 0 && (
        <ol className="findings-list">
          {findings.map((finding, index) => {
            const named = targets(format, finding);
            return (
              <li key={index} className={`finding finding-${finding.severity}`}>
                <p>
                  <span className="finding-severity">{SEVERITY_LABELS[finding.severity]}</span>{" "}
                  <code className="finding-rule">{finding.rule}</code> {finding.message}
                </p>
                {named.length > 0 && <p className="muted">涉及：{named.join("；")}</p>}
                {acknowledgements && canAcknowledge(finding) && <Reason finding={finding} acknowledgements={acknowledgements} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
