// The narrative is checked wherever a report's findings are computed on the server: 提交审核
// refuses a reference to a cell the format does not have (N3), a typed number that the table
// contradicts (N1) is a warning that does not block, and import --publish checks the text it
// brings. Runs on PGlite and on PostgreSQL.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { createReport, getReportForActor, importReport, saveReport, submitReport } from "@/lib/data/reports";
import { consistentCells, makeCounty } from "@/lib/data/test-factories";
import { isAppError } from "@/lib/errors";
import type { Finding } from "@/lib/formats/types";

async function findingsOf(promise: Promise<unknown>): Promise<{ code: string; findings: Finding[] }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, findings: error.findings ?? [] };
    throw error;
  }
  throw new Error("expected the call to fail");
}

const SECTIONS = {
  preamble: "本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限自2024年1月1日起至2024年12月31日止，如有疑问请与本镇党政办公室联系。",
  problems: "一是政策解读形式单一，图解、视频等解读方式用得少；二是政务新媒体更新不及时，个别栏目长期未更新；三是工作人员多为兼职，业务培训不足。",
  other: "本年度无收取信息处理费情况。",
};

describe("narrative findings on the server", () => {
  it("提交审核 refuses a reference to an unknown cell (N3) and accepts a warned typed number (N1)", async () => {
    const { town, staff } = await makeCounty();
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2024 });
    const start = await getReportForActor({ actor: staff, reportId: id });
    const overview = "本年度共收到{{t1.req_received.value}}件政府信息公开申请。".repeat(8);
    const saved = await saveReport({ actor: staff, reportId: id, version: start!.version, cells: consistentCells(), sections: { ...SECTIONS, overview } });
    const refused = await findingsOf(submitReport({ actor: staff, reportId: id, version: saved.version }));
    expect(refused.code).toBe("BLOCKING_FINDINGS");
    expect(refused.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(Array(8).fill("N3"));

    const current = await getReportForActor({ actor: staff, reportId: id });
    const typed = "本年度共收到政府信息公开申请5件，办结{{t3.total.total}}件，1件结转下年度继续办理。".repeat(4);
    const again = await saveReport({ actor: staff, reportId: id, version: current!.version, cells: {}, sections: { overview: typed } });
    await expect(submitReport({ actor: staff, reportId: id, version: again.version })).resolves.toMatchObject({ version: expect.any(Number) });
  });

  it("import --publish refuses a text with an unknown reference, and publishes one whose numbers only warn", async () => {
    const { town } = await makeCounty();
    const doc = { format: "gov-2021" as const, year: 2024, organization: "甲镇", cells: consistentCells() };
    const refused = await findingsOf(
      importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc, sections: { ...SECTIONS, overview: "{{t9.no.cell}}" }, publish: true }),
    );
    expect([refused.code, refused.findings.filter((f) => f.severity === "error").map((f) => f.rule)]).toEqual(["BLOCKING_FINDINGS", ["N3"]]);
    const published = await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc, sections: { ...SECTIONS, overview: "全年收到政府信息公开申请7件。" }, publish: true });
    expect(published.revision).toBe(1);
  });
});
