import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { createReport, getReportForActor, importReport, returnReport, saveReport, submitReport } from "@/lib/data/reports";
import { getReportHistory, getReportStateAt } from "@/lib/data/history";
import { consistentCells, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { HISTORY_PAGE_SIZE } from "@/lib/history/items";

/** 4 new requests, 3 granted, 1 carried over: consistent, so that it can be submitted; 提交审核 computes the blank 新收 total. */
const SECOND_SAVE = { "t3.new.natural": 4, "t3.new.total": null, "t3.granted.natural": 3, "t3.granted.total": 3, "t3.total.natural": 3, "t3.total.total": 3 };

async function savedDraft() {
  const county = await makeCounty();
  const { id } = await createReport({ actor: county.staff, orgId: county.town.id, year: 2025 });
  const draft = await getReportForActor({ actor: county.staff, reportId: id });
  const first = await saveReport({ actor: county.staff, reportId: id, version: draft!.version, cells: consistentCells(), sections: { overview: "第一稿。" } });
  const second = await saveReport({ actor: county.staff, reportId: id, version: first.version, cells: SECOND_SAVE, sections: { overview: "第一稿。第二句。" } });
  return { ...county, id, version: second.version };
}

describe("a report's history on the database", () => {
  it("is read by the unit's staff, the county's reviewers and admins, and looks missing to anyone else", async () => {
    const { id, staff, otherStaff, reviewer } = await savedDraft();
    const elsewhere = await makeOrg({ name: "外县", kind: "county" });
    const foreignReviewer = await makeActor({ role: "reviewer", orgSlug: elsewhere.slug, orgId: elsewhere.id });
    for (const actor of [staff, reviewer, CLI_ACTOR]) expect((await getReportHistory({ actor, reportId: id }))?.report.id).toBe(id);
    for (const actor of [otherStaff, foreignReviewer]) {
      expect(await getReportHistory({ actor, reportId: id })).toBeNull();
      const anyEntry = (await getReportHistory({ actor: staff, reportId: id }))!.steps[0].lastId;
      expect(await getReportStateAt({ actor, reportId: id, entryId: anyEntry })).toBeNull();
    }
  });

  it("lists each save as one step, newest first, with who did it and each cell's before and after", async () => {
    const { id, staff, reviewer, version } = await savedDraft();
    const submitted = await submitReport({ actor: staff, reportId: id, version });
    await returnReport({ actor: reviewer, reportId: id, version: submitted.version, comment: "请补充总体情况" });
    const history = await getReportHistory({ actor: reviewer, reportId: id });
    const steps = history!.steps;
    expect(steps.map((s) => s.entries.map((e) => e.action).filter((a, i, all) => all.indexOf(a) === i))).toEqual([
      ["status:returned"],
      ["status:submitted"],
      ["save"],
      ["save"],
      ["create"],
    ]);
    expect(steps[0].entries[0].after).toMatchObject({ status: "returned", reviewComment: "请补充总体情况" });
    expect(steps[2].actorName).toBe(staff.username);
    const natural = steps[2].entries.find((e) => e.entityId.endsWith(":t3.new.natural"));
    expect([natural?.before, natural?.after]).toEqual([{ value: 3 }, { value: 4 }]);
    expect(steps[2].format).toBe("gov-2021");
  });

  it("rebuilds the report right after any step, and after the last one exactly as it is now", async () => {
    const { id, staff } = await savedDraft();
    const steps = (await getReportHistory({ actor: staff, reportId: id }))!.steps;
    const afterFirstSave = await getReportStateAt({ actor: staff, reportId: id, entryId: steps[1].lastId });
    expect(afterFirstSave?.state.cells["t3.new.natural"]).toBe(3);
    expect(afterFirstSave?.state.sections.overview).toBe("第一稿。");
    const latest = await getReportStateAt({ actor: staff, reportId: id, entryId: steps[0].lastId });
    const now = await getReportForActor({ actor: staff, reportId: id });
    for (const [key, value] of Object.entries(now!.cells)) expect([key, latest?.state.cells[key] ?? null]).toEqual([key, value]);
    expect(latest?.state.sections).toEqual(now!.sections);
  });

  it("rebuilds a report imported in one format and imported again in another, step by step", async () => {
    const town = await makeOrg({ name: "导入镇" });
    const gov2019 = { format: "gov-2019" as const, year: 2020, organization: "导入镇", cells: { "t3.new.natural": 2 } };
    const { reportId } = await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: gov2019, sections: { overview: "旧格式的文字。" } });
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { ...gov2019, format: "gov-2021" as const, cells: { "t3.new.natural": 5 } } });
    const steps = (await getReportHistory({ actor: CLI_ACTOR, reportId }))!.steps;
    expect(steps).toHaveLength(2);
    expect(steps.map((s) => s.format)).toEqual(["gov-2021", "gov-2019"]);
    expect(steps.every((s) => s.actorName === null)).toBe(true);
    const first = await getReportStateAt({ actor: CLI_ACTOR, reportId, entryId: steps[1].lastId });
    expect(first?.state).toMatchObject({ format: "gov-2019", sections: { overview: "旧格式的文字。" } });
    expect(first?.state.cells["t3.new.natural"]).toBe(2);
    const second = await getReportStateAt({ actor: CLI_ACTOR, reportId, entryId: steps[0].lastId });
    expect(second?.state.format).toBe("gov-2021");
    expect(second?.state.cells["t3.new.natural"]).toBe(5);
    const now = await getReportForActor({ actor: CLI_ACTOR, reportId });
    for (const [key, value] of Object.entries(now!.cells)) expect([key, second?.state.cells[key] ?? null]).toEqual([key, value]);
  });

  it("pages a long history", async () => {
    const { id, staff, version } = await savedDraft();
    let current = version;
    for (let i = 0; i < HISTORY_PAGE_SIZE; i++) {
      current = (await saveReport({ actor: staff, reportId: id, version: current, cells: { "t3.new.natural": 10 + i }, sections: {} })).version;
    }
    const page2 = await getReportHistory({ actor: staff, reportId: id, page: 2 });
    expect([page2?.page, page2?.pages, page2?.steps.length]).toEqual([2, 2, 3]);
    expect(page2?.steps.at(-1)?.entries[0].action).toBe("create");
  });
});
