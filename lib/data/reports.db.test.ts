import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  createReport,
  getReportDataForExport,
  getReportForActor,
  importReport,
  listReportsForActor,
  publishReport,
  returnReport,
  saveReport,
  startCorrection,
  submitReport,
} from "@/lib/data/reports";
import { getPublishedReport, listPublishedYears } from "@/lib/data/public";
import { createChannel, setChannelCount } from "@/lib/data/channels";
import { consistentCells, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { getFormat } from "@/lib/formats";
import { derivedTotals, normalizeCells, withoutDerivedTotals } from "@/lib/formats/engine";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import { validateCells } from "@/lib/rules";

/** The county of makeCounty, and a reviewer of another county. */
async function setting() {
  const county = await makeCounty();
  const elsewhere = await makeOrg({ name: "外县", kind: "county" });
  const foreignReviewer = await makeActor({ role: "reviewer", orgSlug: elsewhere.slug, orgId: elsewhere.id });
  return { ...county, foreignReviewer };
}

describe("report lifecycle on the database", () => {
  it("goes from draft to published revision 1, and a correction publishes revision 2 with its reason", async () => {
    const { town, staff, reviewer } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    const draft = await getReportForActor({ actor: staff, reportId: id });
    expect(draft?.format).toBe("gov-2021");
    expect(draft?.cells["t3.new.natural"]).toBeNull();
    expect(Object.keys(draft!.cells)).toHaveLength(200);

    const saved = await saveReport({ actor: staff, reportId: id, version: draft!.version, cells: consistentCells(), sections: { overview: "总体情况。" } });
    await expect(submitReport({ actor: staff, reportId: id, version: saved.version })).resolves.toEqual({ version: saved.version + 1 });
    await expect(getPublishedReport({ orgSlug: town.slug, year: 2025 })).resolves.toBeNull();

    const submitted = await getReportForActor({ actor: reviewer, reportId: id });
    const published = await publishReport({ actor: reviewer, reportId: id, version: submitted!.version });
    expect(published.revision).toBe(1);
    const publicView = await getPublishedReport({ orgSlug: town.slug, year: 2025 });
    expect(publicView?.cells["t3.carried_out.natural"]).toBe(1);
    expect(publicView?.sections.overview).toBe("总体情况。");

    const afterPublish = await getReportForActor({ actor: staff, reportId: id });
    const correcting = await startCorrection({ actor: staff, reportId: id, version: afterPublish!.version, reason: "更正总体情况的错字" });
    const corrected = await saveReport({ actor: staff, reportId: id, version: correcting.version, cells: {}, sections: { overview: "总体情况（更正）。" } });
    // The public still reads revision 1 while the correction is a draft.
    expect((await getPublishedReport({ orgSlug: town.slug, year: 2025 }))?.sections.overview).toBe("总体情况。");
    const resubmitted = await submitReport({ actor: staff, reportId: id, version: corrected.version });
    await publishReport({ actor: reviewer, reportId: id, version: resubmitted.version });
    const v2 = await getPublishedReport({ orgSlug: town.slug, year: 2025 });
    expect(v2?.revision).toBe(2);
    expect(v2?.reason).toBe("更正总体情况的错字");
    expect(v2?.corrections.map((c) => c.number)).toEqual([2, 1]);
    // What the correction changed, against revision 1: the section, sentence by sentence; no cell.
    expect(v2?.corrections[1].changes).toBeNull();
    expect(v2?.corrections[0].changes).toEqual({
      format: null,
      cells: [],
      sections: [{ key: "overview", name: "一、总体情况", parts: [{ kind: "removed", text: "总体情况。" }, { kind: "added", text: "总体情况（更正）。" }] }],
    });
    expect((await getPublishedReport({ orgSlug: town.slug, year: 2025, revision: 1 }))?.sections.overview).toBe("总体情况。");
    expect(await listPublishedYears({ orgSlug: town.slug })).toEqual([2025]);
  });

  it("refuses a save with a stale version and keeps the first writer's value", async () => {
    const { town, staff } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2024 });
    const read = await getReportForActor({ actor: staff, reportId: id });
    await saveReport({ actor: staff, reportId: id, version: read!.version, cells: { "t3.new.natural": 5 }, sections: {} });
    await expect(
      saveReport({ actor: staff, reportId: id, version: read!.version, cells: { "t3.new.natural": 7 }, sections: {} }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect((await getReportForActor({ actor: staff, reportId: id }))?.cells["t3.new.natural"]).toBe(5);
  });

  it("blocks submission while an identity fails or a cell is blank, naming the rule", async () => {
    const { town, staff } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2023 });
    const read = await getReportForActor({ actor: staff, reportId: id });
    const blankSubmit = submitReport({ actor: staff, reportId: id, version: read!.version });
    await expect(blankSubmit).rejects.toMatchObject({ code: "BLOCKING_FINDINGS" });
    const broken = { ...consistentCells(), "t3.new.natural": 4 };
    const saved = await saveReport({ actor: staff, reportId: id, version: read!.version, cells: broken, sections: {} });
    const error = await submitReport({ actor: staff, reportId: id, version: saved.version }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BLOCKING_FINDINGS" });
    const rules = (error as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain("I1");
  });

  it("keeps the totals derived when the report is submitted: blank in the working copy, computed in the revision and every view", async () => {
    const { town, staff, reviewer } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2022 });
    const read = await getReportForActor({ actor: staff, reportId: id });
    const cells = { ...consistentCells(), "t3.new.total": null, "t3.total.total": null };
    const saved = await saveReport({ actor: staff, reportId: id, version: read!.version, cells, sections: {} });
    const submitted = await submitReport({ actor: staff, reportId: id, version: saved.version });
    const after = await getReportForActor({ actor: staff, reportId: id });
    expect(after?.cells["t3.new.total"]).toBeNull();
    expect(after?.cells["t3.total.total"]).toBeNull();
    expect(after?.completed["t3.new.total"]).toBe(3);
    expect(after?.completed["t3.total.total"]).toBe(2);
    expect((await getReportDataForExport({ actor: staff, orgSlug: town.slug, year: 2022 }))?.doc.cells["t3.new.total"]).toBe(3);
    expect(await db().auditLog.count({ where: { reportId: id, action: "compute-total" } })).toBe(0);
    await publishReport({ actor: reviewer, reportId: id, version: submitted.version });
    const revision = await getPublishedReport({ orgSlug: town.slug, year: 2022 });
    expect(revision?.cells["t3.new.total"]).toBe(3);
    expect(revision?.cells["t3.total.total"]).toBe(2);
  });

  it("lets the totals follow a part changed after 退回: nothing stale is stored, no I1, and it submits again", async () => {
    const { town, staff, reviewer } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2021 });
    const read = await getReportForActor({ actor: staff, reportId: id });
    const typed = withoutDerivedTotals(getFormat("gov-2021"), consistentCells());
    const saved = await saveReport({ actor: staff, reportId: id, version: read!.version, cells: typed, sections: {} });
    const submitted = await submitReport({ actor: staff, reportId: id, version: saved.version });
    const returned = await returnReport({ actor: reviewer, reportId: id, version: submitted.version, comment: "请核对新收申请数。" });
    // 新收 3 → 5 and 予以公开 2 → 4: both identities still hold once the totals follow.
    const changed = await saveReport({
      actor: staff,
      reportId: id,
      version: returned.version,
      cells: { "t3.new.natural": 5, "t3.granted.natural": 4 },
      sections: {},
    });
    const back = await getReportForActor({ actor: staff, reportId: id });
    for (const total of derivedTotals(getFormat("gov-2021"))) expect(back?.cells[total]).toBeNull();
    expect(back?.completed["t3.new.total"]).toBe(5);
    expect(back?.completed["t3.total.total"]).toBe(4);
    const rules = validateCells({ format: getFormat("gov-2021"), cells: back!.cells }).map((f) => f.rule);
    expect(rules.filter((rule) => ["I1", "I2", "I3"].includes(rule))).toEqual([]);
    await expect(submitReport({ actor: staff, reportId: id, version: changed.version })).resolves.toEqual({ version: changed.version + 1 });
  });

  it("keeps of an import only the totals that disagree with their parts or cannot be computed; its export is the document", async () => {
    const { town, staff } = await setting();
    const cells = { ...consistentCells(), "t3.total.total": 9, "t3.new.legal": null, "t3.new.total": 3 };
    const { reportId } = await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2021", year: 2018, organization: "甲镇", cells } });
    const read = await getReportForActor({ actor: staff, reportId });
    expect(read?.cells["t3.granted.total"]).toBeNull();
    expect(read?.cells["t3.total.total"]).toBe(9);
    expect(read?.cells["t3.new.total"]).toBe(3);
    expect((await getReportDataForExport({ actor: staff, orgSlug: town.slug, year: 2018 }))?.doc.cells).toEqual(cells);
    // Every real report imported as a draft exports exactly as it came in.
    for (const [index, { name, raw }] of loadFixtures().entries()) {
      await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { ...raw, year: 2040 + index } });
      const exported = await getReportDataForExport({ actor: staff, orgSlug: town.slug, year: 2040 + index });
      expect(exported?.doc.cells, name).toEqual(normalizeCells(getFormat(raw.format), raw.cells));
    }
  });


  it("writes an audit entry with before and after for every changed cell and status", async () => {
    const { town, staff } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2021 });
    const read = await getReportForActor({ actor: staff, reportId: id });
    await saveReport({ actor: staff, reportId: id, version: read!.version, cells: { "t2.fees.amount": 24252.311082 }, sections: {} });
    const entries = await db().auditLog.findMany({ where: { reportId: id, entity: "cell" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: staff.id, action: "save", before: { value: null }, after: { value: 24252.311082 } });
    expect((await getReportForActor({ actor: staff, reportId: id }))?.cells["t2.fees.amount"]).toBe(24252.311082);
  });
});

describe("I5 against last year's report in the system", () => {
  it("blocks submission when 上年结转 differs from last year's published 结转下年度, and passes when it agrees", async () => {
    const { town, staff } = await setting();
    // 2022 is published with 1 request (自然人) carried over to 2023.
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2021", year: 2022, organization: "甲镇", cells: consistentCells() }, publish: true });
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2023 });
    const read = await getReportForActor({ actor: staff, reportId: id }).then((r) => r!);
    expect(read.previousYear).toMatchObject({ year: 2022, format: "gov-2021" });
    expect(read.previousYear?.cells["t3.carried_out.natural"]).toBe(1);
    // Nothing carried in: I1 holds within the year, I5 does not across the years.
    const saved = await saveReport({ actor: staff, reportId: id, version: read.version, cells: consistentCells(), sections: {} });
    const error = await submitReport({ actor: staff, reportId: id, version: saved.version }).catch((e: unknown) => e);
    const findings = (error as { findings?: { rule: string; cells: string[] }[] }).findings ?? [];
    expect(findings.filter((f) => f.rule === "I5").map((f) => f.cells)).toEqual([["t3.carried_in.natural"], ["t3.carried_in.total"]]);
    const carried = { ...consistentCells(), "t3.carried_in.natural": 1, "t3.carried_in.total": 1, "t3.new.natural": 2, "t3.new.total": 2 };
    const fixed = await saveReport({ actor: staff, reportId: id, version: saved.version, cells: carried, sections: {} });
    await expect(submitReport({ actor: staff, reportId: id, version: fixed.version })).resolves.toEqual({ version: fixed.version + 1 });
  });
});

describe("公开渠道 in a published revision", () => {
  it("publishes the unit's channels with their counts for the year, as at publication", async () => {
    const { town, staff, reviewer } = await setting();
    const website = await createChannel({ actor: staff, orgId: town.id, name: "甲镇人民政府网站", kind: "website", address: "http://example.gov.cn" });
    await setChannelCount({ actor: staff, channelId: website.id, year: 2019, count: 223 });
    const { reportId } = await importReport({
      actor: CLI_ACTOR,
      orgSlug: town.slug,
      doc: { format: "gov-2021", year: 2019, organization: "甲镇", cells: consistentCells() },
    });
    const read = await getReportForActor({ actor: staff, reportId }).then((r) => r!);
    const submitted = await submitReport({ actor: staff, reportId, version: read.version });
    await publishReport({ actor: reviewer, reportId, version: submitted.version });
    await setChannelCount({ actor: staff, channelId: website.id, year: 2019, count: 300 });
    const published = await getPublishedReport({ orgSlug: town.slug, year: 2019 });
    expect(published?.channels).toEqual([{ name: "甲镇人民政府网站", kindLabel: "政府网站", address: "http://example.gov.cn", count: 223 }]);
  });
});

describe("rights are enforced in the queries", () => {
  it("hides another unit's draft from its staff and from a reviewer outside the subtree", async () => {
    const { town, staff, otherStaff, reviewer, foreignReviewer } = await setting();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    await expect(getReportForActor({ actor: otherStaff, reportId: id })).resolves.toBeNull();
    await expect(getReportForActor({ actor: foreignReviewer, reportId: id })).resolves.toBeNull();
    await expect(getReportForActor({ actor: reviewer, reportId: id })).resolves.not.toBeNull();
    await expect(saveReport({ actor: otherStaff, reportId: id, version: 1, cells: {}, sections: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createReport({ actor: otherStaff, orgId: town.id, year: 2026 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Seen but not theirs to write: the county's reviewer is refused, not told the unit is missing.
    await expect(createReport({ actor: reviewer, orgId: town.id, year: 2026 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createReport({ actor: foreignReviewer, orgId: town.id, year: 2026 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listReportsForActor({ actor: otherStaff })).map((r) => r.id)).not.toContain(id);
  });

  it("lets only a reviewer of the subtree return or publish, and staff cannot publish", async () => {
    const { town, staff, reviewer, foreignReviewer } = await setting();
    const { reportId: id } = await importReport({
      actor: CLI_ACTOR,
      orgSlug: town.slug,
      doc: { format: "gov-2021", year: 2020, organization: "甲镇", cells: consistentCells() },
    });
    const read = await getReportForActor({ actor: staff, reportId: id }).then((r) => r!);
    const submitted = await submitReport({ actor: staff, reportId: id, version: read.version });
    await expect(publishReport({ actor: staff, reportId: id, version: submitted.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishReport({ actor: foreignReviewer, reportId: id, version: submitted.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const returned = await returnReport({ actor: reviewer, reportId: id, version: submitted.version, comment: "请补充第五部分。" });
    const back = await getReportForActor({ actor: staff, reportId: id });
    expect(back).toMatchObject({ status: "returned", reviewComment: "请补充第五部分。", version: returned.version });
  });

  it("checks the status under the lock: a report returned while 发布 was on its way is not published", async () => {
    const { town, staff, reviewer } = await setting();
    const { reportId: id } = await importReport({
      actor: CLI_ACTOR,
      orgSlug: town.slug,
      doc: { format: "gov-2021", year: 2019, organization: "甲镇", cells: consistentCells() },
    });
    const read = await getReportForActor({ actor: staff, reportId: id }).then((r) => r!);
    const submitted = await submitReport({ actor: staff, reportId: id, version: read.version });
    // 发布 reads the report (submitted); 退回 commits before 发布's transaction, and the
    // version 发布 names is the one after 退回.
    const [published, returned] = await Promise.allSettled([
      publishReport({ actor: reviewer, reportId: id, version: submitted.version + 1 }),
      returnReport({ actor: reviewer, reportId: id, version: submitted.version, comment: "请核对表三。" }),
    ]);
    expect(returned.status).toBe("fulfilled");
    // On PostgreSQL 发布's claim may also lose the race outright (STALE_VERSION); either way it is refused.
    expect(published.status).toBe("rejected");
    expect(["INVALID_STATE", "STALE_VERSION"]).toContain((published as PromiseRejectedResult).reason?.code);
    expect(await getReportForActor({ actor: staff, reportId: id })).toMatchObject({ status: "returned" });
    expect(await db().reportRevision.count({ where: { reportId: id } })).toBe(0);
  });
});
