import "server-only";
import { toInterchange } from "@/lib/data/public";
import { serializeInterchange } from "@/lib/validations/interchange";
import { cellsToCsv } from "@/lib/export/csv";
import { getFormat, isFormatId } from "@/lib/formats";
import { downloadName } from "@/lib/export/download";
import { cache } from "react";
import { connection } from "next/server";
import { getPublishedReport, type PublishedReport } from "@/lib/data/public";
import type { ReportScope } from "@/lib/generated/prisma/enums";

export interface ReportParams {
  org: string;
  year: string;
}

/**
 * A published revision (the latest unless `revision` names an earlier one), or null when
 * the year is not a year, the revision not a number, or nothing is published.
 */
export const loadPublishedReport = cache(async (org: string, year: string, revision?: string, scope: ReportScope = "own") => {
  await connection();
  if (!/^\d{4}$/.test(year) || !/^[A-Za-z0-9-]+$/.test(org)) return null;
  if (revision !== undefined && !/^[1-9]\d{0,5}$/.test(revision)) return null;
  return getPublishedReport({
    orgSlug: org,
    year: Number(year),
    revision: revision === undefined ? undefined : Number(revision),
    scope,
  });
});

/** What a download of a report that is not published answers. */
export function notPublishedResponse(): Response {
  return new Response("未找到已公开的年度报告。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export interface ReportPageProps {
  params: Promise<ReportParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** A report page's revision: ?revision=N shows an earlier one; without it, the latest. */
export async function loadForPage({ params, searchParams }: ReportPageProps, scope: ReportScope) {
  const [{ org, year }, query] = await Promise.all([params, searchParams]);
  const revision = typeof query.revision === "string" ? query.revision : undefined;
  return loadPublishedReport(org, year, revision, scope);
}

/**
 * A route handler that answers with the latest published revision of a unit's report (or of
 * its roll-up) as `respond` makes it; 404 while nothing is published.
 */
export function publishedDownload(scope: ReportScope, respond: (report: PublishedReport) => Response | Promise<Response>) {
  return async function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
    const { org, year } = await params;
    const report = await loadPublishedReport(org, year, undefined, scope);
    if (!report || !isFormatId(report.format)) return notPublishedResponse();
    return respond(report);
  };
}

function textFile(report: PublishedReport, content: string, type: string, extension: string, disposition: "inline" | "attachment"): Response {
  return new Response(content, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `${disposition}; filename="${downloadName(report.orgSlug, report.year, extension, report.scope)}"`,
    },
  });
}

/** The interchange JSON of a published report, byte for byte what the library serializes. */
export const jsonDownload = (report: PublishedReport) =>
  textFile(report, serializeInterchange(toInterchange(report)), "application/json; charset=utf-8", "json", "inline");

/** The published numbers as CSV (with BOM, so that spreadsheet programs read the Chinese labels). */
export const csvDownload = (report: PublishedReport) =>
  textFile(report, cellsToCsv(getFormat(report.format), report.cells), "text/csv; charset=utf-8", "csv", "attachment");
