import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells, InterchangeDocument } from "@/lib/formats/types";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import { getReportForActor, importReport, publishReport, saveReport, submitReport } from "@/lib/data/reports";
import { buildRollupReport, computeRollup, rollupDocument } from "@/lib/data/rollups";
import { errorOf, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { storedFormat } from "@/lib/data/report-format";

const fixtures = loadFixtures();
const fixture = (name: string) => fixtures.find((f) => f.name === name)!.raw;

/** The two real gov-2021 reports, both as reports on 2021. */
const REAL_2021: InterchangeDocument[] = [fixture("pingtan-2021"), { ...fixture("pingtan-2022"), year: 2021 }];

/** Sums written out independently of the application: integers in millionths, blanks counted. */
function independentSum(reports: Cells[], keys: readonly string[]) {
  const cells: Cells = {};
  const blanks: Record<string, number> = {};
  for (const key of keys) {
    const known = reports.map((r) => r[key]).filter((v): v is number => typeof v === "number");
    const millionths = known.reduce((sum, v) => sum + BigInt(Math.round(v * 1e6)), 0n);
    cells[key] = known.length === 0 ? null : Number(millionths) / 1e6;
    blanks[key] = reports.length - known.length;
  }
  return { cells, blanks };
}

async function publishAs(orgSlug: string, doc: InterchangeDocument) {
  return importReport({ actor: CLI_ACTOR, orgSlug, doc: { ...doc, organization: orgSlug }, publish: true });
}

/** A published revision written as it was published, blanks and all (a historical report). */
async function publishWithBlanks(orgId: string, year: number, cells: Cells) {
  const report = await db().report.create({ data: { orgId, year, format: storedFormat("gov-2021"), status: "published" } });
  await db().reportRevision.create({
    data: { reportId: report.id, number: 1, format: storedFormat("gov-2021"), year, orgName: "历史报告", snapshot: { cells, sections: {}, channels: [] } },
  });
}

describe("roll-up (汇总)", () => {
  it("sums the published reports of the whole subtree cell by cell, counting blanks, and lists the units without one", async () => {
    const { county, town, other, reviewer } = await makeCounty();
    const village = await makeOrg({ name: "丙村", parentSlug: town.slug });
    const late = await makeOrg({ name: "丁镇", parentSlug: county.slug });
    const none = await makeOrg({ name: "戊镇", parentSlug: county.slug });
    const keys = listCells(getFormat("gov-2021")).map((c) => c.key);

    await publishAs(town.slug, REAL_2021[0]);
    await publishAs(village.slug, REAL_2021[1]);
    const partial: Cells = { ...REAL_2021[0].cells, "t2.rules.issued": null, "t3.new.natural": null, "t2.fees.amount": 0.311082 };
    await publishWithBlanks(other.id, 2021, partial);
    // 丁镇 only submitted: counted only when the reviewer asks for it.
    await importReport({ actor: CLI_ACTOR, orgSlug: late.slug, doc: { ...REAL_2021[1], organization: "丁镇" } });
    const lateReport = await db().report.findFirstOrThrow({ where: { orgId: late.id, year: 2021 } });
    await submitReport({ actor: CLI_ACTOR, reportId: lateReport.id, version: lateReport.version });

    const rollup = await computeRollup({ actor: reviewer, parentId: county.id, year: 2021 });
    const expected = independentSum([REAL_2021[0].cells, REAL_2021[1].cells, partial], keys);
    expect(rollup.format).toBe("gov-2021");
    expect(rollup.cells).toEqual(expected.cells);
    expect(rollup.blanks).toEqual(expected.blanks);
    expect(rollup.blanks["t2.rules.issued"]).toBe(1);
    expect(rollup.units.map((u) => u.name).sort()).toEqual(["丙村", "乙镇", "甲镇"].sort());
    expect(rollup.missing.map((m) => [m.name, m.status]).sort()).toEqual([["丁镇", "submitted"], ["戊镇", "none"]].sort());
    expect(none.slug).toBe(rollup.missing.find((m) => m.name === "戊镇")?.slug);

    const withSubmitted = await computeRollup({ actor: reviewer, parentId: county.id, year: 2021, includeSubmitted: true });
    const expectedWith = independentSum([REAL_2021[0].cells, REAL_2021[1].cells, partial, REAL_2021[1].cells], keys);
    expect(withSubmitted.cells).toEqual(expectedWith.cells);
    expect(withSubmitted.units.find((u) => u.name === "丁镇")?.source).toBe("submitted");
    expect(rollupDocument(withSubmitted).units).toHaveLength(4);
  });

  it("leaves a cell blank where every unit left it blank, and sums nothing for a year without reports", async () => {
    const { county, town, other, reviewer } = await makeCounty();
    const cells: Cells = { ...REAL_2021[0].cells, "t2.license.decisions": null };
    await publishWithBlanks(town.id, 2021, cells);
    await publishWithBlanks(other.id, 2021, cells);
    const rollup = await computeRollup({ actor: reviewer, parentId: county.id, year: 2021 });
    expect(rollup.cells["t2.license.decisions"]).toBeNull();
    expect(rollup.blanks["t2.license.decisions"]).toBe(2);
    expect(rollup.cells["t3.new.natural"]).toBe(2 * (REAL_2021[0].cells["t3.new.natural"] as number));

    const empty = await computeRollup({ actor: reviewer, parentId: county.id, year: 2020 });
    expect(empty.format).toBe("gov-2019");
    expect(Object.values(empty.cells).every((v) => v === null)).toBe(true);
    expect(empty.units).toEqual([]);
    expect(empty.missing).toHaveLength(2);
  });

  it("refuses units on different formats in one year, naming them", async () => {
    const { county, town, other, reviewer } = await makeCounty();
    await publishAs(town.slug, REAL_2021[0]);
    await publishAs(other.slug, { ...fixture("pingtan-2019"), year: 2021 });
    expect(await errorOf(computeRollup({ actor: reviewer, parentId: county.id, year: 2021 }))).toEqual({
      code: "INVALID_INPUT",
      message: "下级单位的报告格式不一致，不能汇总：国办公开办函〔2019〕60号：乙镇；国办公开办函〔2021〕30号：甲镇。请统一为同一格式后再汇总。",
    });
  });

  it("includes the parent's own 本级 report when asked", async () => {
    const { county, town, reviewer } = await makeCounty();
    await publishAs(town.slug, REAL_2021[0]);
    await publishAs(county.slug, REAL_2021[1]);
    const without = await computeRollup({ actor: reviewer, parentId: county.id, year: 2021 });
    const withOwn = await computeRollup({ actor: reviewer, parentId: county.id, year: 2021, includeOwn: true });
    expect(without.units.map((u) => u.name)).toEqual(["甲镇"]);
    expect(withOwn.units.map((u) => u.name).sort()).toEqual(["测试县", "甲镇"].sort());
    expect(withOwn.cells["t3.new.total"]).toBe((REAL_2021[0].cells["t3.new.total"] as number) + (REAL_2021[1].cells["t3.new.total"] as number));
  });

  it("is a report of the parent that is reviewed and published like any other; only its narrative is typed", async () => {
    const { county, town, other, staff, reviewer } = await makeCounty();
    await publishAs(town.slug, REAL_2021[0]);
    await publishAs(other.slug, REAL_2021[1]);
    const built = await buildRollupReport({ actor: reviewer, parentId: county.id, year: 2021 });
    expect(built.created).toBe(true);
    const report = await getReportForActor({ actor: reviewer, reportId: built.reportId });
    expect(report?.scope).toBe("rollup");
    expect(report?.rollup?.units.map((u) => u.name).sort()).toEqual(["乙镇", "甲镇"].sort());
    expect(report?.cells["t3.new.natural"]).toBe(built.rollup.cells["t3.new.natural"]);

    // Staff of a town neither see nor build the county's roll-up.
    expect(await getReportForActor({ actor: staff, reportId: built.reportId })).toBeNull();
    expect((await errorOf(buildRollupReport({ actor: staff, parentId: county.id, year: 2021 }))).code).toBe("NOT_FOUND");

    const typed = { ...report!.cells, "t3.new.natural": 1 };
    expect((await errorOf(saveReport({ actor: reviewer, reportId: built.reportId, version: report!.version, cells: typed, sections: {} }))).message).toBe(
      "汇总报告的数字由下级单位的报告汇总而来，不能手工修改；请修改下级单位的报告后重新汇总。",
    );
    const saved = await saveReport({ actor: reviewer, reportId: built.reportId, version: report!.version, cells: report!.cells, sections: { overview: "全县汇总。" } });
    const submitted = await submitReport({ actor: reviewer, reportId: built.reportId, version: saved.version });
    const published = await publishReport({ actor: reviewer, reportId: built.reportId, version: submitted.version });
    expect(published.revision).toBe(1);
    const revision = await db().reportRevision.findFirstOrThrow({ where: { reportId: built.reportId } });
    expect((revision.snapshot as { rollup?: { units: unknown[] } }).rollup?.units).toHaveLength(2);

    // The county's own report of the same year is a different report.
    await publishAs(county.slug, REAL_2021[1]);
    expect(await db().report.count({ where: { orgId: county.id, year: 2021 } })).toBe(2);
    // Building again while published is refused: a correction comes first.
    expect((await errorOf(buildRollupReport({ actor: reviewer, parentId: county.id, year: 2021 }))).code).toBe("REPORT_LOCKED");
  });

  it("is refused to a reviewer of another county", async () => {
    const { county } = await makeCounty();
    const elsewhere = await makeOrg({ name: "外县", kind: "county" });
    const stranger = await makeActor({ role: "reviewer", orgSlug: elsewhere.slug, orgId: elsewhere.id });
    expect((await errorOf(computeRollup({ actor: stranger, parentId: county.id, year: 2021 }))).code).toBe("NOT_FOUND");
  });
});
