import "server-only";
import { getPublishedReport, type PublishedReport } from "@/lib/data/public";
import { reportDataFile, type DataFileKind } from "@/lib/export/open-data";
import { isFormatId } from "@/lib/formats";
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

export interface RevisionParams extends ReportParams {
  n: string;
}

/**
 * A published revision's numbers as a file of `kind`: the one builder of lib/export/open-data
 * for the latest revision's address and for each revision's own (`ownAddress`).
 */
export const dataDownload =
  (kind: DataFileKind, ownAddress = false) =>
  async (report: PublishedReport): Promise<PublicFileContent> => ({ ...(await reportDataFile(report, kind, ownAddress)), lastModified: report.publishedAt });

/** Revision n's own numbers at /reports/{org}/{year}/r/{n}/data.{kind}: they never change. */
export function revisionDownload(kind: DataFileKind) {
  return publicFile<RevisionParams>({
    freshness: "immutable",
    load: async ({ org, year, n }) => {
      const report = await loadPublishedReport(org, year, n);
      return report ? dataDownload(kind, true)(report) : null;
    },
  });
}
