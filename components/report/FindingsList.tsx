// Findings of a report, read-only (the reviewer's view): rule id, message, cells concerned.
import type { Finding, FormatDef } from "@/lib/formats/types";
import { cellDef } from "@/lib/formats/engine";
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

export function FindingsList({ format, findings, headingLevel = 2 }: { format: FormatDef; findings: readonly Finding[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const counts = countBySeverity(findings);
  return (
    <section className="findings-panel" aria-labelledby="findings-list-heading">
      <Heading id="findings-list-heading">检查结果</Heading>
      <p>
        {counts.error} 个错误，{counts.warning} 个警告。
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
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
