// Writes that used to reach the database and fail there: a cell value no column can hold, and
// two writers creating the same unit-year (or the same 编号) at once. Runs on PGlite and on PostgreSQL.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { importRegister } from "@/lib/data/register-import";
import { createReport, getReportForActor, importReport, saveReport } from "@/lib/data/reports";
import { parseCsv } from "@/lib/register/csv";
import { registerRows } from "@/lib/register/import";
import { consistentCells, errorOf, makeCounty } from "@/lib/data/test-factories";
import { MAX_CELL_VALUE } from "@/lib/formats/cell-number";
import type { InterchangeDocument } from "@/lib/formats/types";

function documentOf(year: number, cells = consistentCells()): InterchangeDocument {
  return { format: "gov-2021", year, organization: "甲镇", cells };
}

async function auditCount(reportId: string): Promise<number> {
  return db().auditLog.count({ where: { reportId } });
}

describe("cell values no cell can hold are refused before anything is written", () => {
  it("refuses 10^18 in a save with the cell's label and the maximum, and leaves the report as it was", async () => {
    const { town, staff } = await makeCounty();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2024 });
    const before = await getReportForActor({ actor: staff, reportId: id });
    const audits = await auditCount(id);
    const refused = await errorOf(saveReport({ actor: staff, reportId: id, version: before!.version, cells: { "t3.new.natural": 1e18 }, sections: {} }));
    expect(refused).toEqual({ code: "INVALID_INPUT", message: "表三「一、本年新收政府信息公开申请数量 自然人」：数值过大，最大为 999999999999999。" });
    const after = await getReportForActor({ actor: staff, reportId: id });
    expect([after!.version, after!.cells["t3.new.natural"], await auditCount(id)]).toEqual([before!.version, null, audits]);
  });

  it("refuses an import with a fee of 10^15 万元, and creates no report", async () => {
    const { town } = await makeCounty();
    const refused = await errorOf(importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: documentOf(2024, { ...consistentCells(), "t2.fees.amount": 1e15 }) }));
    expect(refused.message).toBe("表二「第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）」：数值过大，最大为 999999999999999。");
    expect(await db().report.count({ where: { orgId: town.id } })).toBe(0);
  });

  it("stores the largest value exactly and reads it back unchanged", async () => {
    const { town, staff } = await makeCounty();
    const cells = { ...consistentCells(), "t2.license.decisions": MAX_CELL_VALUE, "t2.fees.amount": 24252.311082 };
    const { reportId } = await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: documentOf(2024, cells) });
    const report = await getReportForActor({ actor: staff, reportId });
    expect([report!.cells["t2.license.decisions"], report!.cells["t2.fees.amount"]]).toEqual([999_999_999_999_999, 24252.311082]);
  });
});

describe("two writers of one unit-year at the same time", () => {
  it("two imports both succeed in turn: one creates the report, the other replaces its cells", async () => {
    const { town, staff } = await makeCounty();
    const first = { ...consistentCells(), "t2.license.decisions": 1 };
    const second = { ...consistentCells(), "t2.license.decisions": 2 };
    const results = await Promise.all([
      importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: documentOf(2023, first) }),
      importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: documentOf(2023, second) }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0].reportId).toBe(results[1].reportId);
    const reports = await db().report.findMany({ where: { orgId: town.id, year: 2023 } });
    expect(reports).toHaveLength(1);
    const report = await getReportForActor({ actor: staff, reportId: reports[0].id });
    expect([1, 2]).toContain(report!.cells["t2.license.decisions"]);
    expect(report!.cells["t3.new.natural"]).toBe(3);
  });

  it("ten imports at once leave one report whose every cell comes from one of them", async () => {
    const { town, staff } = await makeCounty();
    const docs = Array.from({ length: 10 }, (_, i) => documentOf(2022, { ...consistentCells(), "t2.license.decisions": i, "t2.penalty.decisions": i }));
    const results = await Promise.all(docs.map((doc) => importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const report = await getReportForActor({ actor: staff, reportId: results[0].reportId });
    expect(report!.cells["t2.license.decisions"]).toBe(report!.cells["t2.penalty.decisions"]);
  });

  it("an import and 新建报告 at once: one report, and 新建报告 either wins or is told the report exists", async () => {
    const { town, staff } = await makeCounty();
    const [created, imported] = await Promise.allSettled([
      createReport({ actor: staff, orgId: town.id, year: 2021 }),
      importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: documentOf(2021) }),
    ]);
    expect(imported.status).toBe("fulfilled");
    if (created.status === "rejected") {
      expect(await errorOf(Promise.reject(created.reason))).toEqual({ code: "REPORT_EXISTS", message: "该单位该年度的报告已存在。" });
    } else {
      expect(imported.status === "fulfilled" && imported.value).toMatchObject({ reportId: created.value.id, created: false });
    }
    expect(await db().report.count({ where: { orgId: town.id, year: 2021 } })).toBe(1);
  });
});

describe("two imports of one register file at the same time", () => {
  it("one imports every row, the other is told which 编号 are already in the register", async () => {
    const { town, staff } = await makeCounty();
    const sheet = parseCsv(["编号,收到日期,渠道,申请人类型,办结日期,办理结果", "2025-0001,2025-01-06,当面,自然人,2025-01-10,granted", "2025-0002,2025-02-06,网络,自然人,,"].join("\n"));
    const rows = sheet.ok ? registerRows(sheet.rows) : null;
    if (!rows?.ok) throw new Error("the test's register file does not parse");
    const results = await Promise.all([0, 1].map(() => importRegister({ actor: staff, orgSlug: town.slug, rows: rows.rows, today: "2025-12-31" })));
    const [won, lost] = results[0].ok ? results : [results[1], results[0]];
    expect(won).toMatchObject({ ok: true, imported: 2 });
    expect(lost).toEqual({
      ok: false,
      problems: [
        { line: 2, message: "编号“2025-0001”已在登记簿中" },
        { line: 3, message: "编号“2025-0002”已在登记簿中" },
      ],
    });
    expect(await db().infoRequest.count({ where: { orgId: town.id } })).toBe(2);
  });
});
