import { describe, expect, it } from "vitest";
import { CLI_ACTOR, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createReport, getReportForActor, importReport, returnReport, startCorrection, submitReport } from "@/lib/data/reports";
import { getTrackerForActor, listTrackerParents } from "@/lib/data/tracker";
import { consistentCells, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { stateLabel, type Tracker } from "@/lib/review/tracker";
import { storedFormat } from "@/lib/data/report-format";

const YEAR = 2025;

async function importDraft(orgSlug: string, publish = false): Promise<string> {
  const doc = { format: "gov-2021" as const, year: YEAR, organization: orgSlug, cells: consistentCells() };
  return (await importReport({ actor: CLI_ACTOR, orgSlug, doc, publish })).reportId;
}

async function submitAs(actor: Actor, reportId: string): Promise<number> {
  const read = await getReportForActor({ actor, reportId });
  return (await submitReport({ actor, reportId, version: read!.version })).version;
}

/**
 * A county whose units stand in every state for 2025: 甲镇 草稿, 乙镇 已提交, 丙镇 已退回,
 * 丁镇 已发布, 戊镇 已发布 with a correction open, 己镇 and 教育局 (with 实验学校 below it) 未建立.
 */
async function countyInEveryState() {
  const base = await makeCounty();
  const { county, town, other, reviewer } = base;
  const unit = (name: string, parentSlug = county.slug) => makeOrg({ name, parentSlug });
  const [bing, ding, wu, ji, bureau] = [await unit("丙镇"), await unit("丁镇"), await unit("戊镇"), await unit("己镇"), await unit("教育局")];
  const school = await unit("实验学校", bureau.slug);
  const staff = await makeActor({ role: "staff", orgSlug: town.slug, orgId: town.id, displayName: "王芳" });
  const bingStaff = await makeActor({ role: "staff", orgSlug: bing.slug, orgId: bing.id });
  const wuStaff = await makeActor({ role: "staff", orgSlug: wu.slug, orgId: wu.id, displayName: "李强" });

  await createReport({ actor: staff, orgId: town.id, year: YEAR });
  await submitAs(base.otherStaff, await importDraft(other.slug));
  const bingReport = await importDraft(bing.slug);
  const version = await submitAs(bingStaff, bingReport);
  await returnReport({ actor: reviewer, reportId: bingReport, version, comment: "请补充第五部分。" });
  await importDraft(ding.slug, true);
  const wuReport = await importDraft(wu.slug, true);
  const published = await getReportForActor({ actor: wuStaff, reportId: wuReport });
  await startCorrection({ actor: wuStaff, reportId: wuReport, version: published!.version, reason: "更正错字" });
  // Another year's report does not count for 2025.
  await importDraft(ji.slug).then((id) => db().report.update({ where: { id }, data: { year: YEAR - 1 } }));
  return { ...base, bing, ding, wu, ji, bureau, school, bingReport, wuReport };
}

function summary(tracker: Tracker): string[] {
  return tracker.rows.map((row) => [row.org.name, row.scope, stateLabel(row.state), row.countdown?.text ?? "—", row.lastChange?.by ?? ""].join(" "));
}

describe("the tracker on the database", () => {
  it("shows every unit below the county in its state, with the last change and who made it", async () => {
    const { county, reviewer, otherStaff, bingReport } = await countyInEveryState();
    const now = new Date("2026-01-31T16:30:00Z"); // already 2026-02-01 in China
    const tracker = await getTrackerForActor({ actor: reviewer, parentSlug: county.slug, year: YEAR, now });
    expect(tracker?.today).toBe("2026-02-01");
    expect(summary(tracker!)).toEqual([
      "测试县 own 未建立 还剩 19 天 ",
      "测试县 rollup 未建立 还剩 19 天 ",
      "丙镇 own 已退回 已逾期 1 天 " + reviewer.username,
      "丁镇 own 已发布 — 命令行",
      "己镇 own 未建立 已逾期 1 天 ",
      "甲镇 own 草稿 已逾期 1 天 王芳",
      "教育局 own 未建立 已逾期 1 天 ",
      "实验学校 own 未建立 已逾期 1 天 ",
      "戊镇 own 已发布（更正中） — 李强",
      "乙镇 own 已提交 — " + otherStaff.username,
    ]);
    expect(tracker?.counts).toEqual({
      units: 8,
      byStatus: { missing: 3, draft: 1, submitted: 1, returned: 1, published: 2 },
      corrections: 1,
      overdue: 5,
    });
    const returned = await db().auditLog.findFirstOrThrow({ where: { reportId: bingReport, action: "status:returned" } });
    expect(tracker?.rows.find((r) => r.reportId === bingReport)?.lastChange).toEqual({ at: returned.at, by: reviewer.username });
    expect(tracker?.rows.find((r) => r.org.name === "实验学校")?.under).toBe("教育局");
  });

  it("shows the county's roll-up report in its own row", async () => {
    const { county, reviewer } = await countyInEveryState();
    const rollup = await db().report.create({ data: { orgId: county.id, year: YEAR, scope: "rollup", format: storedFormat("gov-2021") } });
    const tracker = await getTrackerForActor({ actor: reviewer, parentSlug: county.slug, year: YEAR, now: new Date("2026-02-20T01:00:00Z") });
    expect(tracker?.rows.slice(0, 2).map((r) => [r.scope, r.reportId, stateLabel(r.state), r.countdown?.text])).toEqual([
      ["own", null, "未建立", "今天截止"],
      ["rollup", rollup.id, "草稿", "今天截止"],
    ]);
  });

  it("shows a reviewer of another county none of these units, and staff nothing", async () => {
    const { county, staff, town } = await countyInEveryState();
    const elsewhere = await makeOrg({ name: "外县", kind: "county" });
    const elsewhereTown = await makeOrg({ name: "外县镇", parentSlug: elsewhere.slug });
    const foreignReviewer = await makeActor({ role: "reviewer", orgSlug: elsewhere.slug, orgId: elsewhere.id });
    await expect(getTrackerForActor({ actor: foreignReviewer, parentSlug: county.slug, year: YEAR })).resolves.toBeNull();
    await expect(getTrackerForActor({ actor: foreignReviewer, parentSlug: town.slug, year: YEAR })).resolves.toBeNull();
    const own = await getTrackerForActor({ actor: foreignReviewer, parentSlug: elsewhere.slug, year: YEAR });
    expect(own?.rows.map((r) => r.org.id)).toEqual([elsewhere.id, elsewhere.id, elsewhereTown.id]);
    expect((await listTrackerParents({ actor: foreignReviewer })).map((p) => p.id)).toEqual([elsewhere.id]);
    await expect(getTrackerForActor({ actor: staff, parentSlug: county.slug, year: YEAR })).resolves.toBeNull();
    await expect(listTrackerParents({ actor: staff })).resolves.toEqual([]);
  });

  it("lets an admin open any parent unit, and a reviewer the parents within the county", async () => {
    const { county, reviewer, bureau } = await countyInEveryState();
    const admin = await makeActor({ role: "admin" });
    const asAdmin = await getTrackerForActor({ actor: admin, parentSlug: county.slug, year: YEAR });
    const asReviewer = await getTrackerForActor({ actor: reviewer, parentSlug: county.slug, year: YEAR });
    expect(asAdmin?.rows).toEqual(asReviewer?.rows);
    expect((await listTrackerParents({ actor: admin })).map((p) => p.id)).toEqual(expect.arrayContaining([county.id, bureau.id]));
    expect((await listTrackerParents({ actor: reviewer })).map((p) => p.name)).toEqual(["测试县", "教育局"]);
    const ofBureau = await getTrackerForActor({ actor: reviewer, parentSlug: bureau.slug, year: YEAR });
    expect(ofBureau?.rows.map((r) => `${r.org.name} ${r.scope}`)).toEqual(["教育局 own", "教育局 rollup", "实验学校 own"]);
  });
});
