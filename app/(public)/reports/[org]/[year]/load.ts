import "server-only";
import { toInterchange } from "@/lib/data/public";
import { serializeInterchange } from "@/lib/validations/interchange";
import { cellsToCsv } from "@/lib/export/csv";
import { getFormat } from "@/lib/formats";
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

/** An ASCII file name for downloads: {org}-{year}.{ext}, {org}-{year}-rollup.{ext} for a roll-up */
export function downloadName(orgSlug: string, year: number, extension: string, scope: ReportScope = "own"): string {
  const safeSlug = orgSlug.replace(/[^A-Za-z0-9._-]+/g, "_") || "report";
  return `${safeSlug}-${year}${scope === "rollup" ? "-rollup" : ""}.${extension}`;
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
 * A route handler that downloads the latest published revision of a unit's report (or of its
 * roll-up) as `body` makes it; 404 while nothing is published.
 */
export function publishedDownload(
  scope: ReportScope,
  body: (report: PublishedReport) => { content: BodyInit; type: string; extension: string; disposition: "inline" | "attachment" },
) {
  return async function GET(_request: Request, { params }: { params: Promise<ReportParams> }) {
    const { org, year } = await params;
    const report = await loadPublishedReport(org, year, undefined, scope);
    if (!report) return new Response("未找到已公开的年度报告。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const file = body(report);
    return new Response(file.content, {
      headers: {
        "Content-Type": file.type,
        "Content-Disposition": `${file.disposition}; filename="${downloadName(report.orgSlug, report.year, file.extension, scope)}"`,
      },
    });
  };
}

/** The interchange JSON of a published report, byte for byte what the library serializes. */
export const jsonDownload = (report: PublishedReport) => ({
  content: serializeInterchange(toInterchange(report)),
  type: "application/json; charset=utf-8",
  extension: "json",
  disposition: "inline" as const,
});

/** The published numbers as CSV (with BOM, so that spreadsheet programs read the Chinese labels). */
export const csvDownload = (report: PublishedReport) => ({
  content: cellsToCsv(getFormat(report.format), report.cells),
  type: "text/csv; charset=utf-8",
  extension: "csv",
  disposition: "attachment" as const,
});
