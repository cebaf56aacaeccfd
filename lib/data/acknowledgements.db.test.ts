import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { acknowledgeFinding, withdrawAcknowledgement } from "@/lib/data/acknowledgements";
import {
  createReport,
  getReportForActor,
  importReport,
  loadPreviousYear,
  publishReport,
  saveReport,
  startCorrection,
  submitReport,
} from "@/lib/data/reports";
import { snapshotFromJson } from "@/lib/data/report-shape";
import { getFormat } from "@/lib/formats";
import type { Cells } from "@/lib/formats/types";
import { ACKNOWLEDGEMENT_REASON_MAX, previousReport, validateCells } from "@/lib/rules";
import { consistentCells, errorOf, makeCounty } from "@/lib/data/test-factories";

const REASON = "机构改革：原某乡撤并入本镇，上年结转的 1 件申请由原乡报告";
const I5_NATURAL = { rule: "I5", cells: ["t3.carried_in.natural"], sections: ["requests"] };
const I5_TOTAL = { rule: "I5", cells: ["t3.carried_in.total"], sections: ["requests"] };

/** 2022 published with 1 request (自然人) carried over; a 2023 draft that carries nothing in. */
async function i5Mismatch() {
  const county = await makeCounty();
  const { town, staff } = county;
  await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2021", year: 2022, organization: "甲镇", cells: consistentCells() }, publish: true });
  const { id } = await createReport({ actor: staff, orgId: town.id, year: 2023 });
  const read = (await getReportForActor({ actor: staff, reportId: id }))!;
  const saved = await saveReport({ actor: staff, reportId: id, version: read.version, cells: consistentCells(), sections: {} });
  return { ...county, id, version: saved.version };
}

async function versionOf(id: string): Promise<number> {
  return (await db().report.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe("last year's report for I5 and W3 is its published revision, never a draft", () => {
  it("ignores last year's draft (I5), and a correction under way keeps comparing with what was published", async () => {
    const { town, staff } = await makeCounty();
    const last = await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2021", year: 2022, organization: "甲镇", cells: consistentCells() } });
    expect(await loadPreviousYear(town.id, 2023)).toBeNull();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2023 });
    expect((await getReportForActor({ actor: staff, reportId: id }))?.previousYear).toBeNull();
    const saved = await saveReport({ actor: staff, reportId: id, version: (await versionOf(id)), cells: consistentCells(), sections: {} });
    await expect(submitReport({ actor: staff, reportId: id, version: saved.version })).resolves.toEqual({ version: saved.version + 1 });

    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2021", year: 2022, organization: "甲镇", cells: consistentCells() }, publish: true });
    const correcting = await startCorrection({ actor: staff, reportId: last.reportId, version: await versionOf(last.reportId), reason: "更正结转数" });
    const changed = { ...consistentCells(), "t3.new.natural": 7, "t3.new.total": 7, "t3.carried_out.natural": 5, "t3.carried_out.total": 5 };
    await saveReport({ actor: staff, reportId: last.reportId, version: correcting.version, cells: changed, sections: {} });
    expect((await loadPreviousYear(town.id, 2023))?.cells["t3.carried_out.natural"]).toBe(1);
  });

  it("ignores last year's draft for W3 (2019 format), and compares once it is published", async () => {
    const { town } = await makeCounty();
    const y2019: Cells = { "t2.penalty.prev_items": 2648, "t2.penalty.change": -18 };
    const y2020: Cells = { "t2.penalty.prev_items": 2600 };
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2019", year: 2019, organization: "甲镇", cells: y2019 } });
    const w3 = async () => {
      const previous = previousReport(await loadPreviousYear(town.id, 2020));
      return validateCells({ format: getFormat("gov-2019"), cells: y2020, previous }).filter((f) => f.rule === "W3");
    };
    expect(await w3()).toEqual([]);
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2019", year: 2019, organization: "甲镇", cells: y2019 }, publish: true });
    expect((await w3()).map((f) => f.cells)).toEqual([["t2.penalty.prev_items"]]);
  });
});

describe("说明原因: warnings acknowledged with a reason", () => {
  it("refuses 提交审核 while an I5 warning has no reason, and accepts it once each has one", async () => {
    const { id, staff } = await i5Mismatch();
    const refused = await errorOf(submitReport({ actor: staff, reportId: id, version: await versionOf(id) }));
    expect(refused).toEqual({
      code: "BLOCKING_FINDINGS",
      message: "暂不能提交审核：还有 2 个警告须说明原因（如上年结转与上一年度已发布的报告不一致），请在“检查结果”中点“说明原因”。",
    });
    const first = await acknowledgeFinding({ actor: staff, reportId: id, version: await versionOf(id), finding: I5_NATURAL, reason: `  ${REASON}\n` });
    expect(first.acknowledgements.map((a) => [a.rule, a.reason, a.by !== null])).toEqual([["I5", REASON, true]]);
    expect((await errorOf(submitReport({ actor: staff, reportId: id, version: first.version }))).message).toContain("还有 1 个警告须说明原因");
    const second = await acknowledgeFinding({ actor: staff, reportId: id, version: await versionOf(id), finding: I5_TOTAL, reason: REASON });
    await expect(submitReport({ actor: staff, reportId: id, version: second.version })).resolves.toEqual({ version: second.version + 1 });
  });

  it("writes the acknowledgement and its audit entry in one write that claims the version", async () => {
    const { id, staff } = await i5Mismatch();
    const version = await versionOf(id);
    const result = await acknowledgeFinding({ actor: staff, reportId: id, version, finding: I5_NATURAL, reason: REASON });
    expect(result.version).toBe(version + 1);
    const changed = await acknowledgeFinding({ actor: staff, reportId: id, version: result.version, finding: I5_NATURAL, reason: "上一年度报告有误" });
    const entries = await db().auditLog.findMany({ where: { reportId: id, entity: "acknowledgement" }, orderBy: { at: "asc" } });
    const message = result.acknowledgements[0].message;
    expect(entries.map((e) => [e.actorId, e.action, e.entityId, e.before, e.after])).toEqual([
      [staff.id, "acknowledge", `${id}:I5|t3.carried_in.natural|requests`, null, { reason: REASON, message }],
      [staff.id, "acknowledge", `${id}:I5|t3.carried_in.natural|requests`, { reason: REASON, message }, { reason: "上一年度报告有误", message }],
    ]);
    await withdrawAcknowledgement({ actor: staff, reportId: id, version: changed.version, finding: I5_NATURAL });
    expect((await getReportForActor({ actor: staff, reportId: id }))?.acknowledgements).toEqual([]);
    const withdrawn = await db().auditLog.findFirst({ where: { reportId: id, entity: "acknowledgement", action: "withdraw" } });
    expect(withdrawn).toMatchObject({ before: { reason: "上一年度报告有误", message }, after: null });
    // A stale version is refused like a stale save.
    expect((await errorOf(acknowledgeFinding({ actor: staff, reportId: id, version, finding: I5_NATURAL, reason: REASON }))).code).toBe("STALE_VERSION");
  });

  it("lets only who may edit the report acknowledge: another unit's staff finds nothing, the reviewer may not", async () => {
    const { id, otherStaff, reviewer, staff } = await i5Mismatch();
    const version = await versionOf(id);
    expect((await errorOf(acknowledgeFinding({ actor: otherStaff, reportId: id, version, finding: I5_NATURAL, reason: REASON }))).code).toBe("NOT_FOUND");
    expect((await errorOf(acknowledgeFinding({ actor: reviewer, reportId: id, version, finding: I5_NATURAL, reason: REASON }))).code).toBe("FORBIDDEN");
    expect(await versionOf(id)).toBe(version);
    await acknowledgeFinding({ actor: staff, reportId: id, version, finding: I5_NATURAL, reason: REASON });
    // Reviewers see the reason.
    expect((await getReportForActor({ actor: reviewer, reportId: id }))?.acknowledgements.map((a) => a.reason)).toEqual([REASON]);
    expect(await getReportForActor({ actor: otherStaff, reportId: id })).toBeNull();
  });

  it("refuses errors, blank cells, warnings that are not there, an empty or too long reason, in Chinese", async () => {
    const { id, staff } = await i5Mismatch();
    const version = await versionOf(id);
    const broken = await saveReport({ actor: staff, reportId: id, version, cells: { "t3.new.natural": 4, "t2.rules.issued": null }, sections: {} });
    const i1 = { rule: "I1", cells: ["t3.carried_in.natural", "t3.carried_out.natural", "t3.new.natural", "t3.total.natural"], sections: ["requests"] };
    const attempt = (finding: { rule: string; cells: string[]; sections?: string[] }, reason = REASON) =>
      errorOf(acknowledgeFinding({ actor: staff, reportId: id, version: broken.version, finding, reason }));
    expect(await attempt(i1)).toEqual({ code: "INVALID_INPUT", message: "这是错误，不能以说明原因代替改正：请改正有关的数字。" });
    expect(await attempt({ rule: "W1", cells: ["t3.other_misc.total", "t3.total.total"], sections: ["requests"] })).toEqual({
      code: "INVALID_INPUT",
      message: "已保存的报告中没有这一条警告（数字可能已经改变）：请查看最新的检查结果后再说明原因。",
    });
    const blank = (await getReportForActor({ actor: staff, reportId: id }))!;
    const blankFinding = validateCells({ format: getFormat("gov-2021"), cells: blank.cells }).find((f) => f.rule === "blank")!;
    expect((await attempt(blankFinding)).message).toBe("空白单元格不能以说明原因代替填写：没有数据的请填 0。");
    expect(await attempt(I5_NATURAL, " \n ")).toEqual({ code: "INVALID_INPUT", message: "请填写原因。" });
    expect((await attempt(I5_NATURAL, "因".repeat(ACKNOWLEDGEMENT_REASON_MAX + 1))).message).toBe(`原因最多 ${ACKNOWLEDGEMENT_REASON_MAX} 字。`);
    expect(await versionOf(id)).toBe(broken.version);
  });

  it("asks again when the warning's numbers change, and records the reasons with the published revision", async () => {
    const { id, staff, reviewer } = await i5Mismatch();
    let version = await versionOf(id);
    for (const finding of [I5_NATURAL, I5_TOTAL]) ({ version } = await acknowledgeFinding({ actor: staff, reportId: id, version, finding, reason: REASON }));
    // 上年结转 becomes 2 against last year's 1: the reason was given for 0.
    const moved = { "t3.carried_in.natural": 2, "t3.carried_in.total": 2, "t3.new.natural": 1, "t3.new.total": 1 };
    const saved = await saveReport({ actor: staff, reportId: id, version, cells: moved, sections: {} });
    expect((await errorOf(submitReport({ actor: staff, reportId: id, version: saved.version }))).message).toContain("还有 2 个警告须说明原因");
    version = saved.version;
    for (const finding of [I5_NATURAL, I5_TOTAL]) ({ version } = await acknowledgeFinding({ actor: staff, reportId: id, version, finding, reason: REASON }));
    const submitted = await submitReport({ actor: staff, reportId: id, version });
    const { revision } = await publishReport({ actor: reviewer, reportId: id, version: submitted.version });
    const stored = await db().reportRevision.findFirstOrThrow({ where: { reportId: id, number: revision } });
    const acknowledged = (stored.snapshot as { acknowledged?: { rule: string; reason: string; message: string }[] }).acknowledged;
    expect(acknowledged?.map((a) => [a.rule, a.reason, a.message.split("，")[0]])).toEqual([
      ["I5", REASON, "表三「二、上年结转政府信息公开申请数量 自然人」为 2"],
      ["I5", REASON, "表三「二、上年结转政府信息公开申请数量 总计」为 2"],
    ]);
    // The public reading of the revision does not carry them.
    expect(snapshotFromJson(stored.snapshot)).not.toHaveProperty("acknowledged");
    // Acknowledgements belong to the working copy: only while it can be edited.
    expect((await errorOf(withdrawAcknowledgement({ actor: staff, reportId: id, version: await versionOf(id), finding: I5_NATURAL }))).code).toBe("REPORT_LOCKED");
  });
});
