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

/** What a download of a report that is not published answers. */
export function notPublishedResponse(): Response {
  return new Response("未找到已公开的年度报告。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
