// What the public may read: published revisions only. Drafts do not exist here.
import { db } from "@/lib/db";
import type { ReportScope } from "@/lib/generated/prisma/enums";
import type { ReportRevision } from "@/lib/generated/prisma/client";
import { formatOfStored } from "@/lib/data/report-format";
import type { Cells, FormatId, InterchangeDocument } from "@/lib/formats/types";
import { snapshotFromJson, type PublishedChannel, type RollupProvenance, type Sections } from "@/lib/data/report-shape";
import { getFormat } from "@/lib/formats";
import { revisionChanges, type RevisionChanges } from "@/lib/report/revision-changes";

export interface PublishedReport {
  orgSlug: string;
  orgName: string;
  year: number;
  format: FormatId;
  revision: number;
  publishedAt: Date;
  reason: string | null;
  cells: Cells;
  sections: Sections;
  /** the unit's 公开渠道 with their counts for the year, as at publication */
  channels: PublishedChannel[];
  scope: ReportScope;
  /** what a roll-up (汇总) sums, as at publication */
  rollup: RollupProvenance | null;
  /** every published revision, newest first, each with what it changed in the one before it (null for the first) */
  corrections: PublishedCorrection[];
}

export interface PublishedCorrection {
  number: number;
  publishedAt: Date;
  reason: string | null;
  changes: RevisionChanges | null;
}

/**
 * What the public pages show, in one string that changes whenever a revision is published or a
 * unit is created, renamed or moved, in any process: the public pages' cache compares it.
 */
export async function publicSiteStamp(): Promise<string> {
  const [revisions, orgChanges] = await Promise.all([db().reportRevision.count(), db().auditLog.count({ where: { entity: "org" } })]);
  return `${revisions}:${orgChanges}`;
}

export async function listPublishedIndex(): Promise<
  { orgSlug: string; orgName: string; parentName: string | null; years: number[]; rollupYears: number[] }[]
> {
  const orgs = await db().org.findMany({
    where: { reports: { some: { revisions: { some: {} } } } },
    select: {
      slug: true,
      name: true,
      parent: { select: { name: true } },
      reports: { where: { revisions: { some: {} } }, select: { year: true, scope: true }, orderBy: { year: "desc" } },
    },
    orderBy: { name: "asc" },
  });
  return orgs.map((org) => ({
    orgSlug: org.slug,
    orgName: org.name,
    parentName: org.parent?.name ?? null,
    years: org.reports.filter((r) => r.scope === "own").map((r) => r.year),
    rollupYears: org.reports.filter((r) => r.scope === "rollup").map((r) => r.year),
  }));
}

/** The revisions, newest first, each with its changes against the one published before it. */
function correctionsOf(revisions: readonly Pick<ReportRevision, "number" | "publishedAt" | "reason" | "format" | "snapshot">[]): PublishedCorrection[] {
  const oldestFirst = [...revisions].sort((a, b) => a.number - b.number);
  const compared = oldestFirst.map((r) => {
    const snapshot = snapshotFromJson(r.snapshot);
    return { format: getFormat(formatOfStored(r.format)), cells: snapshot.cells, sections: snapshot.sections };
  });
  return oldestFirst
    .map((r, index) => ({
      number: r.number,
      publishedAt: r.publishedAt,
      reason: r.reason,
      changes: index === 0 ? null : revisionChanges(compared[index - 1], compared[index]),
    }))
    .reverse();
}

/**
 * A published revision of a unit's report for a year (the latest, or the one numbered), with
 * every revision's changes, or null. One query reads all revisions of the report.
 */
export async function getPublishedReport(options: { orgSlug: string; year: number; revision?: number; scope?: ReportScope }): Promise<PublishedReport | null> {
  if (!Number.isInteger(options.year)) return null;
  const report = await db().report.findFirst({
    where: { year: options.year, scope: options.scope ?? "own", org: { slug: options.orgSlug } },
    select: {
      org: { select: { slug: true } },
      revisions: { orderBy: { number: "desc" } },
    },
  });
  const revisions = report?.revisions ?? [];
  const chosen = options.revision === undefined ? revisions[0] : revisions.find((r) => r.number === options.revision);
  if (!report || !chosen) return null;
  const snapshot = snapshotFromJson(chosen.snapshot);
  return {
    orgSlug: report.org.slug,
    orgName: chosen.orgName,
    year: chosen.year,
    format: formatOfStored(chosen.format),
    revision: chosen.number,
    publishedAt: chosen.publishedAt,
    reason: chosen.reason,
    cells: snapshot.cells,
    sections: snapshot.sections,
    channels: snapshot.channels,
    scope: options.scope ?? "own",
    rollup: snapshot.rollup ?? null,
    corrections: correctionsOf(revisions),
  };
}

export function toInterchange(published: PublishedReport): InterchangeDocument {
  return { format: published.format, year: published.year, organization: published.orgName, cells: published.cells };
}
