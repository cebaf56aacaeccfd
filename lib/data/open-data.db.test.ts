// The reports a year's open-data files hold: the latest published revision of each unit's own
// report, never a draft, never a roll-up; the years listed are those with such a report.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { listOpenDataYears, listPublishedOfYear } from "@/lib/data/public";
import { importReport, publishReport, saveReport, submitReport, getReportForActor } from "@/lib/data/reports";
import { buildRollupReport } from "@/lib/data/rollups";
import { makeCounty } from "@/lib/data/test-factories";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import { yearCsv } from "@/lib/export/open-data";
import { yearCsvReports } from "@/lib/export/open-data.testutil";
import { loadSampleData } from "@/lib/sample/load";

const fixture = (name: string) => loadFixtures().find((f) => f.name === name)!.raw;

describe("listPublishedOfYear", () => {
  it("gives each unit's latest revision of the year, without drafts and roll-ups, by unit slug", async () => {
    await loadSampleData({ actor: CLI_ACTOR });
    const { county, town, other, reviewer } = await makeCounty();
    const doc2021 = fixture("pingtan-2021");
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: doc2021, publish: true, publishedOn: "2022-01-10" });
    const corrected = { ...doc2021, cells: { ...doc2021.cells, "t2.fees.amount": 1.5 } };
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: corrected, publish: true, reason: "更正收费金额" });
    await importReport({ actor: CLI_ACTOR, orgSlug: other.slug, doc: doc2021, publish: true });
    // The county's roll-up of 2021, published: not in the year's files.
    const built = await buildRollupReport({ actor: reviewer, parentId: county.id, year: 2021 });
    const rollup = await getReportForActor({ actor: reviewer, reportId: built.reportId });
    const saved = await saveReport({ actor: reviewer, reportId: built.reportId, version: rollup!.version, cells: rollup!.cells, sections: {} });
    const submitted = await submitReport({ actor: reviewer, reportId: built.reportId, version: saved.version });
    await publishReport({ actor: reviewer, reportId: built.reportId, version: submitted.version });
    // A draft of another unit: not published, not there.
    await importReport({ actor: CLI_ACTOR, orgSlug: county.slug, doc: doc2021 });

    const reports = await listPublishedOfYear(2021);
    const expectedOrder = [town.slug, other.slug, "pingtan"].sort();
    expect(reports.map((r) => r.orgSlug)).toEqual(expectedOrder);
    expect(reports.every((r) => r.scope === "own" && r.year === 2021)).toBe(true);
    const mine = reports.find((r) => r.orgSlug === town.slug)!;
    expect([mine.revision, mine.cells["t2.fees.amount"], mine.corrections.map((c) => c.number)]).toEqual([2, 1.5, [2, 1]]);
    expect(reports.find((r) => r.orgSlug === "pingtan")!.publishedAt.toISOString()).toBe("2022-02-07T16:00:00.000Z");

    const read = yearCsvReports(yearCsv(reports)).reports;
    expect(read.map((r) => [r.unit, r.revision])).toEqual(reports.map((r) => [r.orgSlug, r.revision]));
    expect(read.find((r) => r.unit === town.slug)!.cells["t2.fees.amount"]).toBe(1.5);

    expect(await listPublishedOfYear(2020)).toEqual([]);
    expect(await listOpenDataYears()).toEqual([
      { year: 2022, units: 1 },
      { year: 2021, units: 3 },
      { year: 2019, units: 1 },
      { year: 2018, units: 1 },
    ]);
  });
});
