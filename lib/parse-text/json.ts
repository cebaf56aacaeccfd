// What parse-text writes: the interchange document (format, year, organization, every cell of the
// format in order, null for a blank) with the narrative by section key, the findings and the cells
// that could not be read. `import` and `validate` read it back (they take `sections`, ignore the rest).
import { getFormat } from "@/lib/formats";
import { interchangeFields } from "@/lib/export/json";
import type { ParsedReport } from "./types";

export function parsedReportJson(report: ParsedReport): string {
  const format = getFormat(report.format);
  const sections: Record<string, string> = {};
  for (const section of format.sections) {
    const text = report.sections[section.key];
    if (text !== undefined) sections[section.key] = text;
  }
  const doc = interchangeFields({ format: report.format, year: report.year, organization: report.organization, cells: report.cells });
  const findings = report.findings.map(({ rule, severity, cells, message }) => ({ rule, severity, cells, message }));
  return `${JSON.stringify({ ...doc, sections, findings, uncertain: report.uncertain }, null, 2)}\n`;
}
