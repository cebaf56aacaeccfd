import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { getReportDataForExport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/display-dates";
import { todayInChina } from "@/lib/register/today";
import { getFormat } from "@/lib/formats";
import { buildSampleData, DEFAULT_SHARED_DIR } from "@/lib/sample/build-sample";
import { loadSampleData, readSampleData } from "@/lib/sample/load";

describe("sample data", () => {
  it("is what build-sample.ts makes from the shared fixtures, with the format's section keys", () => {
    const data = readSampleData();
    expect(buildSampleData(DEFAULT_SHARED_DIR)).toEqual(data);
    for (const report of data.reports) {
      const keys = getFormat(report.document.format).sections.map((section) => section.key);
      for (const key of Object.keys(report.sections)) expect(keys).toContain(key);
    }
    expect(Object.keys(data.reports[0].sections)).toEqual(["preamble", "overview", "problems", "plans"]);
    expect(data.reports[0].sections.overview).toMatch(/^\(一\)总体公开工作情况概述。成立了以镇党委副书记、政府镇长为组长/);
  });

  it("loads the units and publishes each report as revision 1, cells exactly as in the fixtures", async () => {
    const loaded = await loadSampleData({ actor: CLI_ACTOR });
    expect(loaded).toEqual({
      orgs: 5,
      reports: 4,
      titles: ["文昌镇 2018", "平潭综合实验区 2019", "平潭综合实验区 2021", "平潭综合实验区 2022"],
    });
    const orgs = await db().org.findMany({ select: { slug: true, kind: true, parent: { select: { slug: true } } }, orderBy: { slug: "asc" } });
    expect(orgs.map((org) => [org.slug, org.kind, org.parent?.slug ?? null])).toEqual([
      ["binhe", "township", "shapotou"],
      ["dongyuan", "township", "shapotou"],
      ["pingtan", "county", null],
      ["shapotou", "county", null],
      ["wenchang", "township", "shapotou"],
    ]);
    // The day each report was published on, as its source says; 文昌镇's PDF prints none, so
    // its revision carries the day it was loaded.
    const fixtures = [
      ["wenchang", 2018, "wenchang-2018", null],
      ["pingtan", 2019, "pingtan-2019", "2020-01-20"],
      ["pingtan", 2021, "pingtan-2021", "2022-02-08"],
      ["pingtan", 2022, "pingtan-2022", "2023-02-20"],
    ] as const;
    const sample = readSampleData();
    for (const [orgSlug, year, fixture, publishedOn] of fixtures) {
      const data = await getReportDataForExport({ actor: CLI_ACTOR, orgSlug, year });
      const expected = JSON.parse(fs.readFileSync(path.join(DEFAULT_SHARED_DIR, "fixtures/reports", fixture, "expected.json"), "utf8"));
      const sections = sample.reports.find((r) => r.document.organization === expected.organization && r.document.year === year)?.sections;
      expect(data).toEqual({ doc: expected, sections, scope: "own", published: true, revision: 1, publishedAt: expect.any(Date) });
      expect(isoDate(data!.publishedAt!)).toBe(publishedOn ?? todayInChina());
      if (publishedOn) expect(data!.publishedAt!.toISOString()).toBe(new Date(`${publishedOn}T00:00:00+08:00`).toISOString());
    }
    const revisions = await db().reportRevision.findMany({ orderBy: [{ orgName: "asc" }, { year: "asc" }] });
    const narratives = new Map(revisions.map((revision) => [`${revision.orgName} ${revision.year}`, (revision.snapshot as { sections: unknown }).sections]));
    for (const report of sample.reports) {
      expect(narratives.get(`${report.document.organization} ${report.document.year}`)).toEqual(report.sections);
    }
  });
});
