// What the exports are given, from what the data functions return: the public's published
// revision, the working copy a signed-in user may see, or what the command line exports.
import type { PublishedReport } from "@/lib/data/public";
import type { ReportDetail } from "@/lib/data/reports";
import type { InterchangeDocument } from "@/lib/formats/types";
import type { ExportableReport } from "./report";

export function exportableFromPublished(report: PublishedReport): ExportableReport {
  return {
    format: report.format,
    year: report.year,
    orgName: report.orgName,
    scope: report.scope,
    cells: report.cells,
    sections: report.sections,
    publishedAt: report.publishedAt,
    revision: report.revision,
  };
}

/** The working copy; while the report stands published it is the latest revision, and says so. */
export function exportableFromDetail(report: ReportDetail): ExportableReport {
  const latest = report.status === "published" ? report.revisions[0] : undefined;
  return {
    format: report.format,
    year: report.year,
    orgName: report.orgName,
    scope: report.scope,
    cells: report.completed,
    sections: report.sections,
    publishedAt: latest?.publishedAt ?? null,
    revision: latest?.number ?? null,
  };
}

export function exportableFromDocument(data: {
  doc: InterchangeDocument;
  sections: Record<string, string>;
  scope: ExportableReport["scope"];
  revision: number | null;
  publishedAt: Date | null;
}): ExportableReport {
  return {
    format: data.doc.format,
    year: data.doc.year,
    orgName: data.doc.organization,
    scope: data.scope,
    cells: data.doc.cells,
    sections: data.sections,
    publishedAt: data.publishedAt,
    revision: data.revision,
  };
}
