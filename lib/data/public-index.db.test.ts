import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getReportForActor, importReport, startCorrection, submitReport } from "@/lib/data/reports";
import { listPublicIndex, listPublishedRevisions, listPublishedYears } from "@/lib/data/public";
import { consistentCells, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { buildIndexView } from "@/lib/public-index/units";
import { sitemapEntries, sitemapXml } from "@/lib/public-index/sitemap";

const YEAR = 2024;

async function importFor(orgSlug: string, options: { year?: number; publish?: boolean; reason?: string } = {}): Promise<string> {
  const doc = { format: "gov-2021" as const, year: options.year ?? YEAR, organization: orgSlug, cells: consistentCells() };
  return (await importReport({ actor: CLI_ACTOR, orgSlug, doc, publish: options.publish, reason: options.reason })).reportId;
}

/**
 * 甲镇 published 2023 and 2024 (2024 twice: a correction), then opened another correction;
 * 乙镇 has a draft; 丙镇 submitted and waits for review.
 */
async function countyWithReports() {
  const base = await makeCounty();
  const bing = await makeOrg({ name: "丙镇", parentSlug: base.county.slug });
  await importFor(base.town.slug, { year: YEAR - 1, publish: true });
  await importFor(base.town.slug, { publish: true });
  const jia = await importFor(base.town.slug, { publish: true, reason: "更正表三的数字" });
  const published = await getReportForActor({ actor: base.staff, reportId: jia });
  await startCorrection({ actor: base.staff, reportId: jia, version: published!.version, reason: "再次更正" });
  await importFor(base.other.slug);
  const submitted = await importFor(bing.slug);
  await submitReport({ actor: CLI_ACTOR, reportId: submitted, version: (await getReportForActor({ actor: CLI_ACTOR, reportId: submitted }))!.version });
  return { ...base, bing };
}

describe("what the public index and the sitemap read", () => {
  it("lists every published revision and no draft or submitted report, in the sitemap too", async () => {
    const { county, town, other, bing } = await countyWithReports();
    const slugs = new Set([county.slug, town.slug, other.slug, bing.slug]);
    const revisions = (await listPublishedRevisions()).filter((r) => slugs.has(r.orgSlug));
    expect(revisions.map((r) => `${r.orgSlug} ${r.year} ${r.scope} ${r.number}`)).toEqual([
      `${town.slug} ${YEAR} own 1`,
      `${town.slug} ${YEAR} own 2`,
      `${town.slug} ${YEAR - 1} own 1`,
    ]);
    const paths = sitemapEntries(revisions).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([`/reports/${town.slug}/${YEAR}/r/1`, `/reports/${town.slug}/${YEAR}/r/2`, `/reports/${town.slug}/${YEAR}`]),
    );
    const xml = sitemapXml("http://localhost", sitemapEntries(revisions));
    for (const unpublished of [other.slug, bing.slug]) expect(xml).not.toContain(unpublished);
    // The revision's date: what the sitemap says is when it was published.
    expect(sitemapEntries(revisions).find((e) => e.path === `/reports/${town.slug}/${YEAR}/r/2`)?.lastModified).toEqual(revisions[1].publishedAt);
  });

  it("shows a unit with a report under correction as published, and units with a draft or a submitted report as not yet", async () => {
    const { county, town, other, bing } = await countyWithReports();
    const { units, published } = await listPublicIndex();
    const view = buildIndexView({ units, published, query: { q: "", year: YEAR }, currentYear: YEAR + 1 });
    const group = view.groups.find((g) => g.head.unit.slug === county.slug)!;
    expect(group.kinds.flatMap((k) => k.rows).map((r) => [r.unit.name, r.own, r.otherYears.map((o) => o.year)])).toEqual([
      ["丙镇", false, []],
      ["甲镇", true, [YEAR - 1]],
      ["乙镇", false, []],
    ]);
    expect(published.filter((p) => [town.id, other.id, bing.id].includes(p.orgId)).map((p) => p.year).sort()).toEqual([YEAR - 1, YEAR]);
  });

  it("gives a unit's published years newest first, and none for a unit with only a draft", async () => {
    const { town, other } = await countyWithReports();
    expect(await listPublishedYears({ orgSlug: town.slug })).toEqual([YEAR, YEAR - 1]);
    expect(await listPublishedYears({ orgSlug: other.slug })).toEqual([]);
    expect(await listPublishedYears({ orgSlug: town.slug, scope: "rollup" })).toEqual([]);
  });
});
