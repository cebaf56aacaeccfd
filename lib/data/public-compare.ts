// What the public comparison pages read: the latest published revision of each year of a
// unit, and of the units around it for one year. Published revisions only; a draft, a
// submitted or a returned working copy does not exist here.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatOfStored } from "@/lib/data/report-format";
import { snapshotFromJson } from "@/lib/data/report-shape";
import type { PeerUnit, PublishedCells } from "@/lib/report/comparison";

/** The latest revision of each report the `where` selects. */
const latestRevision = {
  revisions: { orderBy: { number: "desc" }, take: 1, select: { format: true, snapshot: true, publishedAt: true } },
} satisfies Prisma.ReportSelect;

type LatestRevision = Prisma.ReportGetPayload<{ select: typeof latestRevision }>["revisions"];

function publishedCells(year: number, revisions: LatestRevision): (PublishedCells & { publishedAt: Date }) | null {
  const [revision] = revisions;
  if (!revision) return null;
  return { year, format: formatOfStored(revision.format), cells: snapshotFromJson(revision.snapshot).cells, publishedAt: revision.publishedAt };
}

export interface PublishedUnit {
  slug: string;
  name: string;
  parent: { slug: string; name: string } | null;
  /** the unit's own reports, each year's latest revision, oldest year first */
  reports: (PublishedCells & { publishedAt: Date })[];
  /** years with a published roll-up (汇总) of the units below */
  rollupYears: number[];
  /** the units directly below, for links */
  children: { slug: string; name: string }[];
}

/** A unit and every year it has published, or null when there is no such unit. */
export async function getPublishedUnit(options: { orgSlug: string }): Promise<PublishedUnit | null> {
  const org = await db().org.findUnique({
    where: { slug: options.orgSlug },
    select: {
      slug: true,
      name: true,
      parent: { select: { slug: true, name: true } },
      children: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
      reports: {
        where: { revisions: { some: {} } },
        select: { year: true, scope: true, ...latestRevision },
        orderBy: { year: "asc" },
      },
    },
  });
  if (!org) return null;
  return {
    slug: org.slug,
    name: org.name,
    parent: org.parent,
    reports: org.reports.filter((r) => r.scope === "own").flatMap((r) => publishedCells(r.year, r.revisions) ?? []),
    rollupYears: org.reports.filter((r) => r.scope === "rollup").map((r) => r.year),
    children: org.children,
  };
}

const peerSelect = (year: number) =>
  ({
    slug: true,
    name: true,
    reports: { where: { year, scope: "own" }, select: latestRevision },
  }) satisfies Prisma.OrgSelect;

type PeerOrg = Prisma.OrgGetPayload<{ select: ReturnType<typeof peerSelect> }>;

function peerUnit(org: PeerOrg, year: number): PeerUnit {
  const published = publishedCells(year, org.reports[0]?.revisions ?? []);
  return { slug: org.slug, name: org.name, report: published && { format: published.format, cells: published.cells } };
}

export interface PeerComparison {
  unit: PeerUnit;
  /** the unit has published its roll-up (汇总) of the year */
  rollupPublished: boolean;
  parent: { slug: string; name: string } | null;
  /** the units under the same parent, the unit itself included (empty for a unit without a parent) */
  siblings: PeerUnit[];
  /** the units directly below the unit */
  children: PeerUnit[];
}

/** A unit's year beside the units under its parent and the units below it; null when there is no such unit. */
export async function getPeerComparison(options: { orgSlug: string; year: number }): Promise<PeerComparison | null> {
  const { year } = options;
  const select = peerSelect(year);
  const [org, rollups] = await Promise.all([
    db().org.findUnique({
      where: { slug: options.orgSlug },
      select: {
        ...select,
        parent: { select: { slug: true, name: true, children: { select } } },
        children: { select },
      },
    }),
    db().report.count({ where: { org: { slug: options.orgSlug }, year, scope: "rollup", revisions: { some: {} } } }),
  ]);
  if (!org) return null;
  return {
    unit: peerUnit(org, year),
    rollupPublished: rollups > 0,
    parent: org.parent && { slug: org.parent.slug, name: org.parent.name },
    siblings: (org.parent?.children ?? []).map((child) => peerUnit(child, year)),
    children: org.children.map((child) => peerUnit(child, year)),
  };
}
