// The reader of a published report's content: SourceDocument → format, year, unit, cells,
// narrative by section, and findings (the rules on what was read, and what could not be read).
import { FORMAT_IDS, formatForYear, getFormat } from "@/lib/formats";
import { cellName, tableName } from "@/lib/rules/labels";
import { validateReport } from "@/lib/rules";
import {
  FORMAT_MISMATCH_RULE,
  MISSING_ROW_RULE,
  NO_TITLE_RULE,
  readingFinding,
  UNKNOWN_LABEL_RULE,
  UNREADABLE_CELL_RULE,
} from "@/lib/rules/reading";
import { normalizeCells } from "@/lib/formats/engine";
import type { Finding, FormatDef, FormatId } from "@/lib/formats/types";
import type { ParseResult, SourceDocument, UncertainCell } from "../types";
import { formatLabels } from "./labels";
import { sourceLines, type Line } from "./lines";
import { findHeadings, readSections } from "./sections";
import { readTables, type TablesRead } from "./tables";
import { readTitle, yearFromText } from "./title";

export interface ReadHint {
  year?: number;
  format?: FormatId;
}

export const NOT_A_REPORT =
  "未能识别为政府信息公开工作年度报告：没有找到写明单位和年度的标题（如“某某2021年度政府信息公开工作年度报告”），也没有找到任何统计表的栏目";
export const NO_YEAR = "未能确定报告年度：标题和正文中都没有写明，请指定报告年度";

function readWith(format: FormatDef, source: SourceDocument, lines: Line[], titleBlock: number | null): { tables: TablesRead; headings: Map<string, number> } {
  const skip = new Set<number>(titleBlock === null ? [] : [titleBlock]);
  const headings = findHeadings(format, source, skip);
  const headingTables = new Map<number, string>();
  for (const section of format.sections) {
    const at = headings.get(section.key);
    if (at !== undefined && section.table) headingTables.set(at, section.table);
  }
  return { tables: readTables(format, lines, headingTables), headings };
}

export function readReport(source: SourceDocument, hint: ReadHint = {}): ParseResult {
  const lines = sourceLines(source);
  const title = readTitle(source);
  const year = hint.year ?? title?.year ?? yearFromText(source);
  const titleBlock = title?.block ?? null;

  const candidates = hint.format ? [hint.format] : [...FORMAT_IDS];
  const readings = candidates.map((id) => {
    const format = getFormat(id);
    return { format, ...readWith(format, source, lines, titleBlock) };
  });
  const score = (r: (typeof readings)[number]) => r.tables.found.size / Math.max(1, formatLabels(r.format).rows.length);
  const best = [...readings].sort((a, b) => score(b) - score(a))[0];
  if (year === null && (title === null && best.tables.found.size === 0)) return { ok: false, error: NOT_A_REPORT };
  if (year === null) return { ok: false, error: NO_YEAR };
  const expected = hint.format ? getFormat(hint.format) : formatForYear(year);
  const ofYear = readings.find((r) => r.format.id === expected.id)!;
  // the year's format unless the tables clearly are another one's
  const chosen = best.tables.found.size > 0 && score(best) > 2 * score(ofYear) ? best : ofYear;
  const { format, tables } = chosen;

  const skip = new Set<number>([...tables.tableBlocks, ...(titleBlock === null ? [] : [titleBlock])]);
  // a year given by hand does not make a report of a text with no title, no table row and none of the format's headings
  if (title === null && tables.found.size === 0 && findHeadings(format, source, skip).size === 0) return { ok: false, error: NOT_A_REPORT };
  const sections = readSections({ format, source, skip, organization: title?.organization ?? "" });
  const cells = normalizeCells(format, tables.cells);
  const findings: Finding[] = [
    ...validateReport({ format, cells, sections, year }),
    ...readingFindings(format, tables),
  ];
  if (chosen !== ofYear) {
    findings.push(
      readingFinding(
        FORMAT_MISMATCH_RULE,
        [],
        `${year} 年度的报告应使用《${expected.name}》（${expected.source}），但原文表格的栏目是《${format.name}》（${format.source}）的，已按后者读取。`,
      ),
    );
  }
  if (title === null) {
    findings.push(readingFinding(NO_TITLE_RULE, [], "原文没有写明单位和年度的标题（如“某某2021年度政府信息公开工作年度报告”），未能确定填报单位。"));
  }
  return {
    ok: true,
    report: { format: format.id, year, organization: title?.organization ?? "", cells, sections, findings, uncertain: tables.uncertain, source },
  };
}

function readingFindings(format: FormatDef, tables: TablesRead): Finding[] {
  const findings: Finding[] = [];
  const byReason = new Map<string, UncertainCell[]>();
  for (const u of tables.uncertain) {
    const key = `${u.printed}\u0000${u.reason}`;
    byReason.set(key, [...(byReason.get(key) ?? []), u]);
  }
  for (const group of byReason.values()) {
    const { printed, reason } = group[0];
    const where = group.length === 1 ? cellName(format, group[0].key) : `${cellName(format, group[0].key)}等 ${group.length} 个单元格`;
    findings.push(readingFinding(UNREADABLE_CELL_RULE, group.map((u) => u.key), `${where}未能读出：原文印作“${printed}”，${reason}。已留空，请对照原文填写。`));
  }
  const labels = formatLabels(format);
  for (const table of format.tables) {
    const rows = labels.rows.filter((r) => r.table.id === table.id);
    if (!tables.tablesFound.has(table.id)) {
      findings.push(readingFinding(MISSING_ROW_RULE, table.cells.map((c) => c.key), `原文中没有找到${tableName(table)}（${table.title}），其单元格均已留空。`));
      continue;
    }
    for (const row of rows) {
      if (tables.found.has(row)) continue;
      const label = row.path.length > 0 ? row.path.join(" ") : tableName(table);
      findings.push(readingFinding(MISSING_ROW_RULE, row.keys, `原文${tableName(table)}中没有找到「${label}」这一行，其单元格已留空。`));
    }
  }
  for (const u of tables.unmatched) {
    const what = u.column ? `“${u.label}”一列` : `“${u.label}”一行`;
    findings.push(readingFinding(UNKNOWN_LABEL_RULE, [], `原文表格中的${what}与《${format.name}》的栏目都对不上，未读入。`));
  }
  return findings;
}
