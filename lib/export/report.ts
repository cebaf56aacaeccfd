// What the file exports (XLSX, DOCX) take: one report, whether a working copy, a published
// revision or a roll-up. Callers turn what they loaded into this shape; the exports never
// read the database.
import type { Cells, FormatId } from "@/lib/formats/types";
import { reportTitle } from "@/lib/report/title";
import { formatDate } from "@/lib/display-dates";

export interface ExportableReport {
  format: FormatId;
  year: number;
  /** the unit's name as the report prints it (for a published revision: as at publication) */
  orgName: string;
  /** own: the unit's report; rollup: the 汇总 of its subordinate units */
  scope: "own" | "rollup";
  cells: Cells;
  /** narrative text by SectionDef.key */
  sections: Record<string, string>;
  /** null for a working copy that differs from (or precedes) every published revision */
  publishedAt: Date | null;
  revision: number | null;
}

/** The report's title; a roll-up says so. */
export function exportTitle(report: Pick<ExportableReport, "orgName" | "year" | "scope">): string {
  return reportTitle(report.orgName, report.year, report.scope);
}

/** Which version of the report the file holds, in one line. */
export function versionNote(report: Pick<ExportableReport, "publishedAt" | "revision">): string {
  if (report.publishedAt && report.revision !== null) return `第${report.revision}版，发布于${formatDate(report.publishedAt)}`;
  return "工作稿，尚未发布";
}

/** The Chinese file name of an export, e.g. 平潭综合实验区2021年政府信息公开工作年度报告.xlsx */
export function exportFileName(report: Pick<ExportableReport, "orgName" | "year" | "scope">, extension: "xlsx" | "docx"): string {
  return `${exportTitle(report).replace(/[\\/:*?"<>|\r\n]+/g, "_")}.${extension}`;
}
