// The texts a report's narrative is compared with for 内容雷同: the same unit's earlier years
// and the sibling units' (same parent unit) reports of the same year, each as the actor may
// read it (lib/permissions canCompareWithSubmittedOf): a sibling's draft never.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCompareWithSubmittedOf, orgIdFilter, visibleOrgIds } from "@/lib/permissions";
import { sectionsFromRows, snapshotFromJson, type Sections } from "@/lib/data/report-shape";
import type { FormatDef } from "@/lib/formats/types";
import { findSimilarSections, refOf, type ComparedRef, type ComparedText, type SectionSimilarity } from "@/lib/similarity/report";

/** At most this many earlier years of the unit are compared: a text pasted again is pasted from the last few. */
export const EARLIER_YEARS_COMPARED = 10;

const latestRevision = { select: { number: true, snapshot: true, orgName: true }, orderBy: { number: "desc" as const }, take: 1 };

/**
 * The report's own narrative and everything it is compared with; null when the actor does not
 * see the report.
 */
export async function loadComparedTexts(options: { actor: Actor; reportId: string }): Promise<{
  names: string[];
  sections: Sections;
  compared: ComparedText[];
} | null> {
  const { actor } = options;
  const ids = await visibleOrgIds(actor);
  const report = await db().report.findFirst({
    where: { id: options.reportId, orgId: orgIdFilter(ids) },
    select: {
      orgId: true,
      year: true,
      scope: true,
      sections: { select: { key: true, text: true } },
      org: { select: { name: true, parentId: true, parent: { select: { name: true } } } },
    },
  });
  if (!report) return null;
  const parentNames = report.org.parent ? [report.org.parent.name] : [];
  const compared: ComparedText[] = [];

  // The unit's own earlier years: the latest published revision, else the working copy (the unit's own text).
  const earlier = await db().report.findMany({
    where: { orgId: report.orgId, scope: report.scope, year: { lt: report.year } },
    orderBy: { year: "desc" },
    take: EARLIER_YEARS_COMPARED,
    select: { year: true, sections: { select: { key: true, text: true } }, revisions: latestRevision },
  });
  for (const other of earlier) {
    const revision = other.revisions[0];
    compared.push({
      relation: "earlier",
      orgName: report.org.name,
      year: other.year,
      source: revision ? { kind: "published", revision: revision.number } : { kind: "working" },
      names: [report.org.name, ...parentNames],
      sections: revision ? snapshotFromJson(revision.snapshot).sections : sectionsFromRows(other.sections),
    });
  }

  // Sibling units' reports of the year: published revisions; submitted working copies only for their reviewers.
  if (report.org.parentId) {
    const siblings = await db().report.findMany({
      where: { year: report.year, scope: report.scope, orgId: { not: report.orgId }, org: { parentId: report.org.parentId } },
      orderBy: { org: { name: "asc" } },
      select: { id: true, orgId: true, status: true, org: { select: { name: true } }, revisions: latestRevision },
    });
    const submittedIds = siblings
      .filter((s) => s.status === "submitted" && canCompareWithSubmittedOf(actor, ids, s.orgId))
      .map((s) => s.id);
    const submittedSections = await db().section.findMany({ where: { reportId: { in: submittedIds } }, select: { reportId: true, key: true, text: true } });
    for (const sibling of siblings) {
      const revision = sibling.revisions[0];
      const names = [sibling.org.name, ...(revision ? [revision.orgName] : []), ...parentNames];
      const base = { relation: "sibling" as const, orgName: sibling.org.name, year: report.year, names };
      if (submittedIds.includes(sibling.id)) {
        compared.push({ ...base, source: { kind: "submitted" }, sections: sectionsFromRows(submittedSections.filter((s) => s.reportId === sibling.id)) });
      } else if (revision) {
        compared.push({ ...base, source: { kind: "published", revision: revision.number }, sections: snapshotFromJson(revision.snapshot).sections });
      }
    }
  }
  return { names: [report.org.name, ...parentNames], sections: sectionsFromRows(report.sections), compared };
}

/** The report's sections found similar to another report's (内容雷同), and what was compared; null when the actor does not see the report. */
export async function getSimilarSections(options: { actor: Actor; reportId: string; format: FormatDef }): Promise<{
  sections: SectionSimilarity[];
  compared: ComparedRef[];
} | null> {
  const texts = await loadComparedTexts(options);
  if (!texts) return null;
  return { sections: findSimilarSections(options.format, texts, texts.compared), compared: texts.compared.map(refOf) };
}
