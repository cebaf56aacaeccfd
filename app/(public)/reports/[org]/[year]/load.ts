import "server-only";
import { toInterchange, getPublishedReport, type PublishedReport } from "@/lib/data/public";
import { serializeInterchange } from "@/lib/validations/interchange";
import { cellsToCsv } from "@/lib/export/csv";
import { getFormat, isFormatId } from "@/lib/formats";
import { downloadName } from "@/lib/export/download";
import type { ReportScope } from "@/lib/generated/prisma/enums";
import { publicFile, publicPage, type PublicFileContent } from "@/app/_lib/public-site";
import { publicRevisionPath } from "@/lib/paths";
import { reportPageContent } from "./PublishedArticle";

export interface ReportParams {
  org: string;
  year: string;
}

/**
 * A published revision (the latest unless `revision` names an earlier one), or null when
 * the year is not a year, the revision not a number, or nothing is published.
 */
const isYear = (year: string) => /^\d{4}$/.test(year);
const isSlug = (org: string) => /^[A-Za-z0-9-]+$/.test(org);
const isRevision = (revision: string) => /^[1-9]\d{0,5}$/.test(revision);

export async function loadPublishedReport(org: string, year: string, revision?: string, scope: ReportScope = "own"): Promise<PublishedReport | null> {
  if (!isYear(year) || !isSlug(org)) return null;
  if (revision !== undefined && !isRevision(revision)) return null;
  const report = await getPublishedReport({
    orgSlug: org,
    year: Number(year),
    revision: revision === undefined ? undefined : Number(revision),
    scope,
  });
  return report && isFormatId(report.format) ? report : null;
}

/**
 * The page of the latest published revision of a unit's report (or of its roll-up). The older
 * address of an earlier revision, ?revision=N, answers with a permanent redirect to the
 * revision's own address (/r/N).
 */
export function latestReportPage(scope: ReportScope) {
  const page = publicPage<ReportParams>({
    freshness: "latest",
    load: async ({ org, year }) => {
      const report = await loadPublishedReport(org, year, undefined, scope);
      return report && reportPageContent(report);
    },
  });
  return async function GET(request: Request, context: { params: Promise<ReportParams> }): Promise<Response> {
    const revision = new URL(request.url).searchParams.get("revision");
    const { org, year } = await context.params;
    if (revision !== null && isRevision(revision) && isYear(year) && isSlug(org)) {
      return new Response(null, {
        status: 308,
        headers: { Location: publicRevisionPath(org, Number(year), Number(revision), scope), "Cache-Control": "public, max-age=86400" },
      });
    }
    return page(request, context);
  };
}

/** The page of one published revision at its permanent address (/r/N): it never changes. */
export function revisionReportPage(scope: ReportScope) {
  return publicPage<ReportParams & { n: string }>({
    freshness: "immutable",
    load: async ({ org, year, n }) => {
      const report = await loadPublishedReport(org, year, n, scope);
      return report && reportPageContent(report, { permanent: true });
    },
  });
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
