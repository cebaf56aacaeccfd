import { describe, expect, it } from "vitest";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS } from "../formats/index";
import type { Cells } from "../formats/types";
import { checkOtherHandling, checkSoft, checkTownshipRules, NO_RULEMAKING_KINDS, OTHER_HANDLING_MIN_TOTAL, OTHER_HANDLING_SHARE } from "./soft";

const fixtures = loadFixtures();

describe("W1 其他处理 share", () => {
  const gov2021 = FORMATS["gov-2021"];
  const cells = (misc: number, total: number, lawful = 0): Cells => ({
    "t3.other_no_correction.total": lawful,
    "t3.other_no_fee.total": lawful,
    "t3.other_misc.total": misc,
    "t3.total.total": total,
  });

  it("uses a 10% share and a minimum 总计 of 10", () => {
    expect(OTHER_HANDLING_SHARE).toBe(0.1);
    expect(OTHER_HANDLING_MIN_TOTAL).toBe(10);
  });

  it("does not fire for the real reports (at most 5.3% in pingtan-2022)", () => {
    for (const { raw } of fixtures) expect(checkSoft(FORMATS[raw.format], raw.cells)).toEqual([]);
  });

  it("looks at （六）3.其他 only in the 2021 format, and fires at exactly 10% of 总计", () => {
    expect(gov2021.otherHandling?.rows).toEqual(["t3.other_misc.total"]);
    const [finding] = checkOtherHandling(gov2021, cells(8, 80));
    expect(finding).toMatchObject({
      rule: "W1",
      severity: "warning",
      cells: ["t3.other_misc.total", "t3.total.total"],
      sections: ["requests"],
    });
    expect(finding.message).toBe(
      "「（六）其他处理 3.其他」共 8 件，占「（七）总计」80 件的 10.0%（提醒线 10%）。原则上所有申请都应按法定方式处理；请核实这些申请的处理方式，并在报告中说明原因。",
    );
  });

  it("counts neither 1.逾期不补正 nor 2.逾期未缴费, which are lawful outcomes (2021)", () => {
    expect(checkOtherHandling(gov2021, cells(0, 80, 30))).toEqual([]);
    expect(checkOtherHandling(gov2021, cells(7, 80, 30))).toEqual([]);
  });

  it("stays quiet just below 10%, and when 总计 is under 10", () => {
    expect(checkOtherHandling(gov2021, cells(7, 80))).toEqual([]);
    expect(checkOtherHandling(gov2021, cells(9, 9))).toEqual([]);
  });

  it("stays quiet while 总计 or 3.其他 is blank", () => {
    expect(checkOtherHandling(gov2021, { ...cells(8, 80), "t3.total.total": null })).toEqual([]);
    expect(checkOtherHandling(gov2021, { ...cells(8, 80, 8), "t3.other_misc.total": null })).toEqual([]);
  });

  it("uses the single 2019 row, as the 2019 format defines it", () => {
    expect(FORMATS["gov-2019"].otherHandling?.rows).toEqual(["t3.other.total"]);
    const [finding] = checkOtherHandling(FORMATS["gov-2019"], { "t3.other.total": 3, "t3.total.total": 23 });
    expect(finding.cells).toEqual(["t3.other.total", "t3.total.total"]);
    expect(finding.message).toMatch(/^「（六）其他处理」共 3 件，占「（七）总计」23 件的 13\.0%/);
  });

  it("legacy has no 其他处理 rule", () => {
    expect(checkOtherHandling(FORMATS["legacy-2014"], {})).toEqual([]);
  });
});

describe("W4 规章 reported by a unit below 设区的市 level", () => {
  const gov2021 = FORMATS["gov-2021"];
  const reported: Cells = { "t2.rules.issued": 0, "t2.rules.repealed": 0, "t2.rules.in_force": 6 };

  it("covers 乡镇, 街道, county governments and county departments, not 其他", () => {
    expect([...NO_RULEMAKING_KINDS]).toEqual(["county", "department", "township", "subdistrict"]);
  });

  it("warns every such unit that reports 规章, in words that fit each (formats.md §6 P1: 现行有效 6)", () => {
    for (const kind of ["township", "subdistrict", "county", "department"]) {
      expect(checkTownshipRules(gov2021, reported, kind)).toEqual([
        {
          rule: "W4",
          severity: "warning",
          cells: ["t2.rules.in_force"],
          sections: ["proactive"],
          message:
            "规章只由国务院部门和省、自治区、直辖市及设区的市、自治州人民政府制定，县级人民政府及其部门、乡镇人民政府、街道办事处不制定规章，但本单位填报了 表二「第二十条第（一）项 规章 现行有效件数」 6。请核实是否把行政规范性文件或上级机关的规章计入了规章。",
          fact: "规章只由国务院部门和省、自治区、直辖市及设区的市、自治州人民政府制定，县级人民政府及其部门、乡镇人民政府、街道办事处不制定规章，但本单位填报了 表二「第二十条第（一）项 规章 现行有效件数」 6。",
        },
      ]);
    }
  });

  it("says nothing for units of kind 其他 (level unknown), unknown kinds, zeros or legacy", () => {
    expect(checkTownshipRules(gov2021, reported, "other")).toEqual([]);
    expect(checkTownshipRules(gov2021, reported)).toEqual([]);
    expect(checkTownshipRules(gov2021, { ...reported, "t2.rules.in_force": 0 }, "county")).toEqual([]);
    expect(checkTownshipRules(FORMATS["legacy-2014"], {}, "township")).toEqual([]);
  });

  it("checks the 2019 rows too", () => {
    expect(checkTownshipRules(FORMATS["gov-2019"], { "t2.rules.made": 1 }, "department")).toMatchObject([{ cells: ["t2.rules.made"] }]);
  });
});
