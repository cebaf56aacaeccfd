// The open data of published reports: each revision's numbers as data.json (the interchange
// format), data.csv (one line per cell) and data.xlsx (the official tables); each year's
// published reports in one CSV and one JSON-lines file. One builder per kind of file, used by
// the latest revision's address and by each revision's own: what a file says is what the
// revision's page shows, because both read the same published revision.
import { chinaTimestamp } from "@/lib/display-dates";
import { toInterchange, type PublishedReport } from "@/lib/data/public";
import { getFormat } from "@/lib/formats";
import { CELL_HEADER, cellRecords, cellsToCsv, csvDocument, type CsvValue } from "./csv";
import { attachmentDisposition, downloadName, MEDIA_TYPES } from "./download";
import { interchangeFields, serializeInterchange } from "./json";
import { exportFileName } from "./report";
import { exportableFromPublished } from "./sources";
import { reportXlsx } from "./xlsx";

export type DataFileKind = "json" | "csv" | "xlsx";
export const DATA_FILE_KINDS: readonly DataFileKind[] = ["json", "csv", "xlsx"];

export interface DataFile {
  body: string | Uint8Array;
  contentType: string;
  /** the whole Content-Disposition value; its ASCII name is {org}-{year}.{ext}, with -r{n} at a revision's own address */
  disposition: string;
}

export const CSV_TYPE = "text/csv; charset=utf-8";

/**
 * A published revision's numbers as a file. `ownAddress`: the file is served at the revision's
 * permanent address (/r/{n}/), and its name says which revision it holds.
 */
export async function reportDataFile(report: PublishedReport, kind: DataFileKind, ownAddress = false): Promise<DataFile> {
  const name = downloadName(report.orgSlug, report.year, kind, report.scope);
  const fileName = ownAddress ? name.replace(/\.[a-z]+$/, `-r${report.revision}$&`) : name;
  switch (kind) {
    case "json":
      return { body: serializeInterchange(toInterchange(report)), contentType: "application/json; charset=utf-8", disposition: `inline; filename="${fileName}"` };
    case "csv":
      return { body: cellsToCsv(getFormat(report.format), report.cells), contentType: CSV_TYPE, disposition: `attachment; filename="${fileName}"` };
    case "xlsx": {
      const exportable = exportableFromPublished(report);
      // The Chinese title for browsers that read filename*, the ASCII name for the rest.
      const title = exportFileName(exportable, "xlsx").replace(/\.xlsx$/, ownAddress ? `（第${report.revision}版）.xlsx` : ".xlsx");
      return { body: new Uint8Array(await reportXlsx(exportable)), contentType: MEDIA_TYPES.xlsx, disposition: attachmentDisposition(title, fileName) };
    }
  }
}

/** A year's file as a download named `fileName`. */
export function yearDataFile(reports: readonly PublishedReport[], kind: "csv" | "jsonl"): DataFile {
  const fileName = `${reports[0]?.year ?? "data"}.${kind}`;
  return kind === "csv"
    ? { body: yearCsv(reports), contentType: CSV_TYPE, disposition: `attachment; filename="${fileName}"` }
    : { body: yearJsonl(reports), contentType: JSONL_TYPE, disposition: `attachment; filename="${fileName}"` };
}

/** The year file's columns before the cell's own: the unit's slug and name, the year, the revision. */
export const YEAR_CSV_HEADER = ["单位标识", "单位名称", "年度", "版本", ...CELL_HEADER] as const;

/** Every cell of every report: one line per unit and cell, units in the order given, cells in their format's order. */
export function yearCsv(reports: readonly PublishedReport[]): string {
  const lines: (readonly CsvValue[])[] = [YEAR_CSV_HEADER];
  for (const report of reports) {
    const unit: CsvValue[] = [report.orgSlug, report.orgName, report.year, report.revision];
    for (const record of cellRecords(getFormat(report.format), report.cells)) lines.push([...unit, ...record]);
  }
  return csvDocument(lines);
}

/** One report of a year file: the unit's slug, the revision and its publication time, then the interchange document. */
export function yearRecord(report: PublishedReport) {
  return { unit: report.orgSlug, revision: report.revision, publishedAt: chinaTimestamp(report.publishedAt), ...interchangeFields(toInterchange(report)) };
}

/** JSON Lines: one report per line, each line a complete JSON object; the file ends with a line break. */
export function yearJsonl(reports: readonly PublishedReport[]): string {
  return reports.map((report) => `${JSON.stringify(yearRecord(report))}\n`).join("");
}

export const JSONL_TYPE = "application/jsonl; charset=utf-8";
