import "server-only";
import { listPublishedOfYear } from "@/lib/data/public";
import { yearDataFile } from "@/lib/export/open-data";
import type { PublicFileContent } from "@/app/_lib/public-site";

/**
 * A year's file, "2021.csv" or "2021.jsonl": the latest revision of every unit's own published
 * report of the year; null for another name, or a year without a published report.
 */
export async function loadYearFile({ file }: { file: string }): Promise<PublicFileContent | null> {
  const match = /^(\d{4})\.(csv|jsonl)$/.exec(file);
  if (!match) return null;
  const reports = await listPublishedOfYear(Number(match[1]));
  if (reports.length === 0) return null;
  const lastModified = new Date(Math.max(...reports.map((report) => report.publishedAt.getTime())));
  return { ...yearDataFile(reports, match[2] === "csv" ? "csv" : "jsonl"), lastModified };
}
