import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { getPublishedReport } from "@/lib/data/public";

export interface ReportParams {
  org: string;
  year: string;
}

/**
 * A published revision (the latest unless `revision` names an earlier one), or null when
 * the year is not a year, the revision not a number, or nothing is published.
 */
export const loadPublishedReport = cache(async (org: string, year: string, revision?: string) => {
  await connection();
  if (!/^\d{4}$/.test(year) || !/^[A-Za-z0-9-]+$/.test(org)) return null;
  if (revision !== undefined && !/^[1-9]\d{0,5}$/.test(revision)) return null;
  return getPublishedReport({
    orgSlug: org,
    year: Number(year),
    revision: revision === undefined ? undefined : Number(revision),
  });
});

/** An ASCII file name for downloads: {org}-{year}.{ext} */
export function downloadName(orgSlug: string, year: number, extension: string): string {
  const safeSlug = orgSlug.replace(/[^A-Za-z0-9._-]+/g, "_") || "report";
  return `${safeSlug}-${year}.${extension}`;
}
