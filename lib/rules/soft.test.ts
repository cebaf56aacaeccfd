import { describe, expect, it } from "vitest";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS } from "../formats/index";
import type { Cells } from "../formats/types";
import { checkOtherHandling, checkSoft, checkTownshipRules, OTHER_HANDLING_MIN_TOTAL, OTHER_HANDLING_SHARE } from "./soft";

const fixtures = loadFixtures();

describe("W1 其他处理 share", () => {
  const gov2021 = FORMATS["gov-2021"];
  const cells = (other: number, total: number): Cells => ({
    "t3.other_no_correction.total": 0,
    "t3.other_no_fee.total": other,
    "t3.other_misc.total": null,
    "t3.total.total": total,
  });

  it("uses a 10% share and a minimum 总计 of 10", () => {
    expect(OTHER_HANDLING_SHARE).toBe(0.1);
    expect(OTHER_HANDLING_MIN_TOTAL).toBe(10);
  });

  it("does not fire for the real reports (at most 5.3% in pingtan-2022)", () => {
    for (const { raw } of fixtures) expect(checkSoft(FORMATS[raw.format], raw.cells)).toEqual([]);
  });

  it("fires at exactly 10% of 总计", () => {
    const [finding] = checkOtherHandling(gov2021, cells(8, 80));
    expect(finding).toMatchObject({
      rule: "W1",
      severity: "warning",
      cells: ["t3.other_no_correction.total", "t3.other_no_fee.total", "t3.other_misc.total", "t3.total.total"],
      sections: ["requests"],
    });
    expect(finding.message).toBe(
      "「（六）其他处理」共 8 件，占「（七）总计」80 件的 10.0%（提醒线 10%）。原则上所有申请都应按法定方式处理；请核实这些申请的处理方式，并在报告中说明原因。",
    );
  });

  it("stays quiet just below 10%, and when 总计 is under 10", () => {
    expect(checkOtherHandling(gov2021, cells(7, 80))).toEqual([]);
    expect(checkOtherHandling(gov2021, cells(9, 9))).toEqual([]);
  });

  it("stays quiet while 总计 or all 其他处理 rows are blank", () => {
    expect(checkOtherHandling(gov2021, { ...cells(8, 80), "t3.total.total": null })).toEqual([]);
    expect(checkOtherHandling(gov2021, { "t3.total.total": 80 })).toEqual([]);
  });

  it("uses the single 2019 row", () => {
    const [finding] = checkOtherHandling(FORMATS["gov-2019"], { "t3.other.total": 3, "t3.total.total": 23 });
    expect(finding.cells).toEqual(["t3.other.total", "t3.total.total"]);
    expect(finding.message).toMatch(/^「（六）其他处理」共 3 件，占「（七）总计」23 件的 13\.0%/);
  });

  it("legacy has no 其他处理 rule", () => {
    expect(checkOtherHandling(FORMATS["legacy-2014"], {})).toEqual([]);
  });
});

describe("W4 township 规章", () => {
  const gov2021 = FORMATS["gov-2021"];
  const reported: Cells = { "t2.rules.issued": 0, "t2.rules.repealed": 0, "t2.rules.in_force": 6 };

  it("warns a township or 街道 that reports 规章 (formats.md §6 P1: 现行有效 6)", () => {
    for (const kind of ["township", "subdistrict"]) {
      expect(checkTownshipRules(gov2021, reported, kind)).toEqual([
        {
          rule: "W4",
          severity: "warning",
          cells: ["t2.rules.in_force"],
          sections: ["proactive"],
          message: "乡镇人民政府和街道办事处不制定规章，但填报了 表二「第二十条第（一）项 规章 现行有效件数」 6。请核实是否把行政规范性文件或上级规章计入了规章。",
        },
      ]);
    }
  });

  it("says nothing for other organizations, unknown kinds, zeros or legacy", () => {
    expect(checkTownshipRules(gov2021, reported, "county-department")).toEqual([]);
    expect(checkTownshipRules(gov2021, reported)).toEqual([]);
    expect(checkTownshipRules(gov2021, { ...reported, "t2.rules.in_force": 0 }, "township")).toEqual([]);
    expect(checkTownshipRules(FORMATS["legacy-2014"], {}, "township")).toEqual([]);
  });

  it("checks the 2019 rows too", () => {
    expect(checkTownshipRules(FORMATS["gov-2019"], { "t2.rules.made": 1 }, "township")).toMatchObject([{ cells: ["t2.rules.made"] }]);
  });
});
