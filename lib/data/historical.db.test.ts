// A historical published report (往年报告): brought in as it was published, defects included,
// with its real publication date and its findings kept as the revision's notes; only by an
// admin or a reviewer over the unit; a later correction is an ordinary revision.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { runCliInProcess } from "@/lib/cli/testing/in-process";
import { db } from "@/lib/db";
import { getPublishedReport } from "@/lib/data/public";
import { getReportForActor, importHistoricalReport, publishReport, saveReport, startCorrection, submitReport } from "@/lib/data/reports";
import { errorOf, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import type { Finding, InterchangeDocument } from "@/lib/formats/types";
import { isoDate } from "@/lib/display-dates";

const PINGTAN_2021 = loadFixtures().find((f) => f.name === "pingtan-2021")!.raw;

/**
 * pingtan-2021 as if its 表三 （七）总计 had been printed 70 instead of 69: the outcome rows add up
 * to 69 (I2), 63 + 2 + 4 applicants are 69 (I3), and 70 new = 70 closed + 1 carried over fails (I1).
 */
function withI2Defect(): InterchangeDocument {
  return { ...PINGTAN_2021, cells: { ...PINGTAN_2021.cells, "t3.total.total": 70 } };
}

const I2_NOTE =
  "表三「总计」列：（七）总计 70，不等于 （一）予以公开 30 + （二）部分公开（区分处理的，只计这一情形，不计其他情形） 5 + 1.属于国家秘密 0 + 2.其他法律行政法规禁止公开 0 + 3.危及“三安全一稳定” 0 + 4.保护第三方合法权益 0 + 5.属于三类内部事务信息 1 + 6.属于四类过程性信息 0 + 7.属于行政执法案卷 6 + 8.属于行政查询事项 1 + 1.本机关不掌握相关政府信息 25 + 2.没有现成信息需要另行制作 0 + 3.补正后申请内容仍不明确 0 + 1.信访举报投诉类申请 0 + 2.重复申请 0 + 3.要求提供公开出版物 0 + 4.无正当理由大量反复申请 0 + 5.要求行政机关确认或重新出具已获取信息 0 + 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 + 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 + 3.其他 1 = 69。";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-historical-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const countRevisions = (orgSlug: string) => db().reportRevision.count({ where: { report: { org: { slug: orgSlug } } } });

describe("importHistoricalReport", () => {
  it("publishes a report with an I2 defect as it was published, dated the day it was, with its findings as notes", async () => {
    const { town, reviewer } = await makeCounty();
    const doc = withI2Defect();
    const result = await importHistoricalReport({
      actor: reviewer,
      orgSlug: town.slug,
      doc,
      sections: { other: "2021年，无收取信息处理费情况。" },
      publishedOn: "2022-02-08",
      sourceName: "平潭综合实验区2021年度政府信息公开工作年度报告（网页）",
    });
    expect([result.created, result.revision]).toEqual([true, 1]);
    expect(result.notes.map((n) => n.rule)).toEqual(["I1", "I2", "I3"]);

    const revision = await db().reportRevision.findFirstOrThrow({ where: { reportId: result.reportId } });
    expect(revision.publishedAt.toISOString()).toBe("2022-02-07T16:00:00.000Z");
    expect([revision.historical, revision.sourceName, revision.reason]).toEqual([true, "平潭综合实验区2021年度政府信息公开工作年度报告（网页）", null]);

    const published = await getPublishedReport({ orgSlug: town.slug, year: 2021 });
    expect(published && isoDate(published.publishedAt)).toBe("2022-02-08");
    // Kept exactly as published: the wrong total is not corrected, nothing is added.
    expect(published?.cells).toEqual(doc.cells);
    expect(published?.channels).toEqual([]);
    const i2 = published?.historical?.notes.find((n) => n.rule === "I2");
    expect(i2).toEqual({
      rule: "I2",
      severity: "error",
      cells: expect.arrayContaining(["t3.total.total", "t3.granted.total", "t3.other_misc.total"]),
      sections: ["requests"],
      message: I2_NOTE,
    });
    expect(published?.historical?.sourceName).toBe("平潭综合实验区2021年度政府信息公开工作年度报告（网页）");

    const report = await getReportForActor({ actor: reviewer, reportId: result.reportId });
    expect(report?.status).toBe("published");
    expect(report?.historical?.notes.map((n) => n.rule)).toEqual(["I1", "I2", "I3"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { reportId: result.reportId, entity: "revision", action: "publish" } });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.after).toEqual({
      number: 1,
      reason: null,
      publishedAt: "2022-02-07T16:00:00.000Z",
      historical: true,
      sourceName: "平潭综合实验区2021年度政府信息公开工作年度报告（网页）",
      notes: 3,
    });
  });

  it("is refused to the unit's staff and to a reviewer of another county, and nothing is written", async () => {
    const { town, staff } = await makeCounty();
    const elsewhere = await makeCounty();
    const options = { orgSlug: town.slug, doc: withI2Defect(), publishedOn: "2022-02-08", sourceName: "原报告" };
    expect(await errorOf(importHistoricalReport({ actor: staff, ...options }))).toEqual({
      code: "FORBIDDEN",
      message: "只有管理员或负责该单位的审核人员可以导入往年已发布的报告。",
    });
    expect(await errorOf(importHistoricalReport({ actor: elsewhere.reviewer, ...options }))).toEqual({
      code: "NOT_FOUND",
      message: `单位“${town.slug}”不存在。`,
    });
    expect(await db().report.count({ where: { orgId: town.id } })).toBe(0);
    const admin = await makeActor({ role: "admin" });
    expect((await importHistoricalReport({ actor: admin, ...options })).revision).toBe(1);
  });

  it("refuses a date that cannot be the publication date, and a source without a name", async () => {
    const org = await makeOrg();
    const doc = withI2Defect();
    expect(await errorOf(importHistoricalReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc, publishedOn: "2021-12-31", sourceName: "原报告" }))).toEqual({
      code: "INVALID_INPUT",
      message: "发布日期 2021-12-31 早于 2021 年度结束：2021 年度的报告最早在 2022-01-01 发布。",
    });
    expect(await errorOf(importHistoricalReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc, publishedOn: "2022-02-08", sourceName: "  " }))).toEqual({
      code: "INVALID_INPUT",
      message: "请填写原报告的来源（文件名或网页标题）。",
    });
    expect(await countRevisions(org.slug)).toBe(0);
  });

  it("keeps what the reading found and works out the rules' findings again, refusing findings of cells the format lacks", async () => {
    const org = await makeOrg();
    const doc = withI2Defect();
    const unread: Finding = { rule: "P1", severity: "warning", cells: ["t3.new.natural"], message: "“6４”无法辨认，原文如此。" };
    const stale: Finding = { rule: "I2", severity: "error", cells: ["t3.total.total"], message: "（七）总计 99，不等于 1。" };
    const result = await importHistoricalReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc, findings: [stale, unread], publishedOn: "2022-02-08", sourceName: "原报告.txt" });
    expect(result.notes.map((n) => n.rule)).toEqual(["I1", "I2", "I3", "P1"]);
    expect(result.notes.find((n) => n.rule === "I2")?.message).toBe(I2_NOTE);
    expect(result.notes.at(-1)).toEqual({ rule: "P1", severity: "warning", cells: ["t3.new.natural"], message: "“6４”无法辨认，原文如此。" });
    const other = await makeOrg();
    const wrong: Finding = { ...unread, cells: ["t3.nothing.total"] };
    expect(await errorOf(importHistoricalReport({ actor: CLI_ACTOR, orgSlug: other.slug, doc, findings: [stale, wrong], publishedOn: "2022-02-08", sourceName: "原报告.txt" }))).toEqual({
      code: "INVALID_INPUT",
      message: "第 2 条检查结果（P1）涉及的单元格“t3.nothing.total”不在报告格式 gov-2021 中。",
    });
    expect(await countRevisions(other.slug)).toBe(0);
  });

  it("after a correction by staff, the new revision is an ordinary one without notes; the historical one keeps them", async () => {
    const { town, staff, reviewer } = await makeCounty();
    const { reportId } = await importHistoricalReport({ actor: reviewer, orgSlug: town.slug, doc: withI2Defect(), publishedOn: "2022-02-08", sourceName: "原报告" });
    const before = await getReportForActor({ actor: staff, reportId });
    const correcting = await startCorrection({ actor: staff, reportId, version: before!.version, reason: "更正（七）总计" });
    const draft = await getReportForActor({ actor: staff, reportId });
    expect(draft?.historical).toBeNull();
    const saved = await saveReport({ actor: staff, reportId, version: correcting.version, cells: { ...draft!.cells, "t3.total.total": 69 }, sections: draft!.sections });
    const submitted = await submitReport({ actor: staff, reportId, version: saved.version });
    await publishReport({ actor: reviewer, reportId, version: submitted.version });

    const latest = await getPublishedReport({ orgSlug: town.slug, year: 2021 });
    expect([latest?.revision, latest?.reason, latest?.historical, latest?.cells["t3.total.total"]]).toEqual([2, "更正（七）总计", null, 69]);
    const first = await getPublishedReport({ orgSlug: town.slug, year: 2021, revision: 1 });
    expect([first?.historical?.notes.length, first?.cells["t3.total.total"]]).toEqual([3, 70]);
    expect((await getReportForActor({ actor: staff, reportId }))?.historical).toBeNull();
  });
});

describe("import --historical", () => {
  function writeDocument(name: string, doc: object): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, JSON.stringify(doc));
    return file;
  }

  it("publishes despite the errors and says so, with the count of findings kept as notes", async () => {
    const org = await makeOrg({ name: "平潭综合实验区" });
    const file = writeDocument("pingtan-2021-printed.json", withI2Defect());
    const run = await runCliInProcess(["import", file, "--org", org.slug, "--historical", "--published-at", "2022-02-08"]);
    expect(run.stderr).toBe(
      `已新建 平潭综合实验区（${org.slug}）2021 年的报告（gov-2021），按原发布文本发布为第 1 版（发布日期 2022-02-08，标注为依据原发布文本导入）。\n` +
        "检查发现 3 个问题（其中 3 个错误），未作修改，照原样发布，均作为注释随该版本保存并在公开页面显示。\n",
    );
    expect(run.code).toBe(0);
    const published = await getPublishedReport({ orgSlug: org.slug, year: 2021 });
    expect([published?.historical?.sourceName, published?.cells["t3.total.total"]]).toEqual(["pingtan-2021-printed.json", 70]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { report: { org: { slug: org.slug } }, entity: "revision" } });
    expect(audit.via).toBe("cli");
  });

  it("is refused without --published-at in one line, exit 2, and nothing is written", async () => {
    const org = await makeOrg();
    const file = writeDocument("no-date.json", withI2Defect());
    const run = await runCliInProcess(["import", file, "--org", org.slug, "--historical"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("--historical 须与 --published-at YYYY-MM-DD 一起使用：往年的报告保留原报告的发布日期（npm run nianbao -- import --help 查看用法）\n");
    expect(await db().report.count({ where: { org: { slug: org.slug } } })).toBe(0);
  });
});
