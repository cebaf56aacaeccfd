// 报送进度 from the database: the units below a parent the caller may see, their reports of
// the year, and who changed each report last (its latest audit entry). What the rows mean
// (status, days left, counts) is decided by lib/review/tracker.ts.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canReview, orgIdFilter, subtreeOrgIds, visibleOrgIds } from "@/lib/permissions";
import { todayInChina } from "@/lib/register/today";
import { auditActorName, buildTracker, type LastChange, type Tracker, type TrackerUnit } from "@/lib/review/tracker";

const unitSelect = { id: true, slug: true, name: true, parentId: true } as const;

function byChineseName(a: TrackerUnit, b: TrackerUnit): number {
  return a.name.localeCompare(b.name, "zh-CN");
}

/** The units whose tracker the caller may open: reviewers and admins, units with units below them. */
export async function listTrackerParents(options: { actor: Actor }): Promise<TrackerUnit[]> {
  if (!canReview(options.actor)) return [];
  const ids = await visibleOrgIds(options.actor);
  const parents = await db().org.findMany({ where: { id: orgIdFilter(ids), children: { some: {} } }, select: unitSelect });
  return parents.sort(byChineseName);
}

/**
 * The latest audit entry of each report. Times are kept to the millisecond, so two entries
 * may share the latest one: the later id (cuid, ordered by creation) wins; entries of one
 * transaction have one actor anyway.
 */
async function lastChangesOf(reportIds: string[]): Promise<Map<string, LastChange>> {
  if (reportIds.length === 0) return new Map();
  const latest = await db().auditLog.groupBy({ by: ["reportId"], where: { reportId: { in: reportIds } }, _max: { at: true } });
  const wanted = latest.flatMap((l) => (l.reportId && l._max.at ? [{ reportId: l.reportId, at: l._max.at }] : []));
  if (wanted.length === 0) return new Map();
  const entries = await db().auditLog.findMany({
    where: { OR: wanted },
    select: { reportId: true, at: true, via: true, actor: { select: { username: true, displayName: true } } },
    orderBy: { id: "desc" },
  });
  const changes = new Map<string, LastChange>();
  for (const entry of entries) {
    if (entry.reportId && !changes.has(entry.reportId)) {
      changes.set(entry.reportId, { at: entry.at, by: auditActorName(entry.actor, entry.via) });
    }
  }
  return changes;
}

/**
 * The tracker of one parent unit (by slug) for a year; null when the caller may not review, or
 * the parent does not exist or is outside what the caller may see (the two look the same).
 */
export async function getTrackerForActor(options: { actor: Actor; parentSlug: string; year: number; now?: Date }): Promise<Tracker | null> {
  const { actor, year } = options;
  if (!canReview(actor)) return null;
  const ids = await visibleOrgIds(actor);
  const visible = { id: orgIdFilter(ids) };
  const parent = await db().org.findFirst({ where: { slug: options.parentSlug, ...visible }, select: unitSelect });
  if (!parent) return null;
  const below = (await subtreeOrgIds(parent.id)).filter((id) => id !== parent.id);
  const units = await db().org.findMany({ where: { AND: [{ id: { in: below } }, visible] }, select: unitSelect });
  const reports = await db().report.findMany({
    where: {
      year,
      orgId: orgIdFilter(ids),
      OR: [{ orgId: { in: units.map((u) => u.id) }, scope: "own" }, { orgId: parent.id }],
    },
    select: { id: true, orgId: true, scope: true, status: true, _count: { select: { revisions: true } } },
  });
  const changes = await lastChangesOf(reports.map((r) => r.id));
  return buildTracker({
    year,
    today: todayInChina(options.now),
    parent,
    units,
    reports: reports.map((r) => ({
      id: r.id,
      orgId: r.orgId,
      scope: r.scope,
      status: r.status,
      hasRevision: r._count.revisions > 0,
      lastChange: changes.get(r.id) ?? null,
    })),
  });
}
