// What the public may read: published revisions only. Drafts do not exist here.
import { db } from "@/lib/db";
import type { ReportScope } from "@/lib/generated/prisma/enums";
import type { ReportRevision } from "@/lib/generated/prisma/client";
import { formatOfStored } from "@/lib/data/report-format";
import type { Cells, FormatId, InterchangeDocument } from "@/lib/formats/types";
import { snapshotFromJson, type PublishedChannel, type RollupProvenance, type Sections } from "@/lib/data/report-shape";
import type { IndexUnit, PublishedYear } from "@/lib/public-index/units";
import { getFormat } from "@/lib/formats";
import { revisionChanges, type RevisionChanges } from "@/lib/report/revision-changes";
import { historicalOfRevision, type HistoricalRecord } from "@/lib/data/report-shape";

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
  /** a historical published report (往年报告): the source it was read from and its notes; null for a revision made here */
  historical: HistoricalRecord | null;
}

export interface PublishedCorrection {
  number: number;
  publishedAt: Date;
  reason: string | null;
  changes: RevisionChanges | null;
}

/**
 * What the public pages show, in one string that changes whenever a revision is published, a
 * unit is created, renamed or moved, or a unit's guide or 公开目录 (a new channel) changes, in
 * any process: the public pages' cache compares it.
 */
export async function publicSiteStamp(): Promise<string> {
  const [revisions, changes] = await Promise.all([
    db().reportRevision.count(),
    db().auditLog.count({ where: { OR: [{ entity: { in: ["org", "guide"] } }, { entity: "channel", action: "create" }] } }),
  ]);
  return `${revisions}:${changes}`;
}

/** Every unit, and every report of theirs with a published revision: what the index of units shows. */
export async function listPublicIndex(): Promise<{ units: IndexUnit[]; published: PublishedYear[] }> {
  const [units, published] = await Promise.all([
    db().org.findMany({ select: { id: true, slug: true, name: true, kind: true, parentId: true } }),
    db().report.findMany({ where: { revisions: { some: {} } }, select: { orgId: true, year: true, scope: true } }),
  ]);
  return { units, published };
}

/** The years for which a unit has published its own report (or its roll-up), newest first. */
export async function listPublishedYears(options: { orgSlug: string; scope?: ReportScope }): Promise<number[]> {
  const reports = await db().report.findMany({
    where: { org: { slug: options.orgSlug }, scope: options.scope ?? "own", revisions: { some: {} } },
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return reports.map((r) => r.year);
}

/** One published revision, as the sitemap names it. */
export interface PublishedRevisionRef {
  orgSlug: string;
  year: number;
  scope: ReportScope;
  number: number;
  publishedAt: Date;
}

/** Every published revision of every report, by unit, year, scope and number. */
export async function listPublishedRevisions(): Promise<PublishedRevisionRef[]> {
  const revisions = await db().reportRevision.findMany({
    select: { number: true, publishedAt: true, year: true, report: { select: { scope: true, org: { select: { slug: true } } } } },
  });
  return revisions
    .map((r) => ({ orgSlug: r.report.org.slug, year: r.year, scope: r.report.scope, number: r.number, publishedAt: r.publishedAt }))
    .sort((a, b) => a.orgSlug.localeCompare(b.orgSlug) || b.year - a.year || a.scope.localeCompare(b.scope) || a.number - b.number);
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
  return publishedFromRows(report.org.slug, options.scope ?? "own", chosen, revisions);
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof db>["reportRevision"]["findFirstOrThrow"]>>;

/** A revision as the public reads it; `revisions` are all of the report's, newest first. */
function publishedFromRows(orgSlug: string, scope: ReportScope, chosen: RevisionRow, revisions: readonly RevisionRow[]): PublishedReport {
  const snapshot = snapshotFromJson(chosen.snapshot);
  return {
    orgSlug,
    orgName: chosen.orgName,
    year: chosen.year,
    format: formatOfStored(chosen.format),
    revision: chosen.number,
    publishedAt: chosen.publishedAt,
    reason: chosen.reason,
    cells: snapshot.cells,
    sections: snapshot.sections,
    channels: snapshot.channels,
    scope,
    rollup: snapshot.rollup ?? null,
    corrections: correctionsOf(revisions),
    historical: historicalOfRevision(chosen),
  };
}

/**
 * The latest published revision of every unit's own report of a year, by unit slug. Roll-ups
 * (汇总) are left out: they are sums of these reports, and counting them again would double
 * every number of a sum over the file.
 */
export async function listPublishedOfYear(year: number): Promise<PublishedReport[]> {
  if (!Number.isInteger(year)) return [];
  const reports = await db().report.findMany({
    where: { year, scope: "own", revisions: { some: {} } },
    select: { org: { select: { slug: true } }, revisions: { orderBy: { number: "desc" } } },
    orderBy: { org: { slug: "asc" } },
  });
  return reports.map((report) => publishedFromRows(report.org.slug, "own", report.revisions[0], report.revisions));
}

/** The years that have a published report of a unit's own, newest first, with how many units published. */
export async function listOpenDataYears(): Promise<{ year: number; units: number }[]> {
  const years = await db().report.groupBy({
    by: ["year"],
    where: { scope: "own", revisions: { some: {} } },
    _count: { _all: true },
    orderBy: { year: "desc" },
  });
  return years.map((row) => ({ year: row.year, units: row._count._all }));
}

export function toInterchange(published: PublishedReport): InterchangeDocument {
  return { format: published.format, year: published.year, organization: published.orgName, cells: published.cells };
}
