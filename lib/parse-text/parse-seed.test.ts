// The seed report (OCR of 文昌镇's 2018 PDF, statistics table tab-separated) read end to end.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/cli/testing/run-cli";
import { parseReport } from "@/lib/parse-text";

const SHARED = path.resolve(PROJECT_ROOT, "../shared");
const SEED = path.join(SHARED, "seeds/000_8522b7fa46d6f532.txt");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(SHARED, "fixtures/reports/wenchang-2018/expected.json"), "utf8"));

describe("parseReport on the seed", () => {
  const result = parseReport(fs.readFileSync(SEED), "000_8522b7fa46d6f532.txt");
  if (!result.ok) throw new Error(result.error);
  const { report } = result;

  it("finds the unit, the year and the format in the title", () => {
    expect(report.organization).toBe("文昌镇");
    expect(report.year).toBe(2018);
    expect(report.format).toBe("legacy-2014");
  });

  it("reads every cell of the statistics table exactly", () => {
    expect(report.cells).toEqual(EXPECTED.cells);
    expect(report.uncertain).toEqual([]);
  });

  it("finds the narrative's 412 and 157 against the table's 186 and 223", () => {
    const n1 = report.findings.filter((f) => f.rule === "N1");
    expect(n1.map((f) => f.cells)).toEqual([["t1.proactive_total.value"], ["t1.ch_website.value"]]);
    expect(n1[0].message).toContain("412");
    expect(n1[0].message).toContain("186");
    expect(n1[1].message).toContain("157");
    expect(n1[1].message).toContain("223");
  });

  it("has no reading findings: every row was found and read", () => {
    expect(report.findings.filter((f) => f.rule.startsWith("P"))).toEqual([]);
  });

  it("cuts the narrative at the format's headings, the table left out", () => {
    expect(Object.keys(report.sections)).toEqual(["preamble", "overview", "problems", "plans"]);
    expect(report.sections.preamble.startsWith("本报告根据")).toBe(true);
    expect(report.sections.plans).not.toContain("统计表");
    expect(report.sections.overview).toContain("主动公开政府信息共412条");
  });
});
