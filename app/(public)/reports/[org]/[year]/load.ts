import "server-only";
import { toInterchange, getPublishedReport, type PublishedReport } from "@/lib/data/public";
import { serializeInterchange } from "@/lib/validations/interchange";
import { cellsToCsv } from "@/lib/export/csv";
import { getFormat, isFormatId } from "@/lib/formats";
import { downloadName } from "@/lib/export/download";
import type { ReportScope } from "@/lib/generated/prisma/enums";
import { publicFile, type PublicFileContent } from "@/app/_lib/public-site";

export interface ReportParams {
  org: string;
  year: string;
}

/**
 * A published revision (the latest unless `revision` names an earlier one), or null when
 * the year is not a year, the revision not a number, or nothing is published.
 */
export async function loadPublishedReport(org: string, year: string, revision?: string, scope: ReportScope = "own"): Promise<PublishedReport | null> {
  if (!/^\d{4}$/.test(year) || !/^[A-Za-z0-9-]+$/.test(org)) return null;
  if (revision !== undefined && !/^[1-9]\d{0,5}$/.test(revision)) return null;
  const report = await getPublishedReport({
    orgSlug: org,
    year: Number(year),
    revision: revision === undefined ? undefined : Number(revision),
    scope,
  });
  return report && isFormatId(report.format) ? report : null;
}

/**
 * A route handler that answers with the latest published revision of a unit's report (or of
 * its roll-up) as `make` makes it; the 404 page while nothing is published.
 */
export function publishedDownload(scope: ReportScope, make: (report: PublishedReport) => PublicFileContent | Promise<PublicFileContent>) {
  return publicFile<ReportParams>({
    freshness: "latest",
    load: async ({ org, year }) => {
      const report = await loadPublishedReport(org, year, undefined, scope);
      return report ? make(report) : null;
    },
  });
}

function textFile(report: PublishedReport, content: string, contentType: string, extension: string, disposition: "inline" | "attachment"): PublicFileContent {
  return {
    body: content,
    contentType,
    disposition: `${disposition}; filename="${downloadName(report.orgSlug, report.year, extension, report.scope)}"`,
    lastModified: report.publishedAt,
  };
}

/** The interchange JSON of a published report, byte for byte what the library serializes. */
export const jsonDownload = (report: PublishedReport) =>
  textFile(report, serializeInterchange(toInterchange(report)), "application/json; charset=utf-8", "json", "inline");

/** The published numbers as CSV (with BOM, so that spreadsheet programs read the Chinese labels). */
export const csvDownload = (report: PublishedReport) =>
  textFile(report, cellsToCsv(getFormat(report.format), report.cells), "text/csv; charset=utf-8", "csv", "attachment");
