import { describe, expect, it } from "vitest";
import { getFormat } from "../formats";
import { loadFixtures } from "../formats/fixtures.testutil";
import type { Cells, InterchangeDocument } from "../formats/types";
import { isValid, validateCells } from ".";
import { checkCrossYear } from "./cross-year";

const fixtures = new Map(loadFixtures().map((f) => [f.name, f.raw]));
function fixture(name: string): InterchangeDocument {
  const doc = fixtures.get(name);
  if (!doc) throw new Error(`missing fixture ${name}`);
  return doc;
}

const previousOf = (doc: InterchangeDocument) => ({ year: doc.year, format: getFormat(doc.format), cells: doc.cells });

describe("I5: 上年结转 is last year's 结转下年度", () => {
  it("holds from pingtan 2021 to 2022, so validation stays clean", () => {
    const current = fixture("pingtan-2022");
    const findings = validateCells({ format: getFormat(current.format), cells: current.cells, previous: previousOf(fixture("pingtan-2021")) });
    expect(findings).toEqual([]);
  });

  it("is a warning that needs a reason, naming the cell and both years' numbers, when they differ", () => {
    const current = fixture("pingtan-2022");
    const cells: Cells = { ...current.cells, "t3.carried_in.natural": 0, "t3.carried_in.total": 0, "t3.new.natural": 72, "t3.new.total": 75 };
    const findings = validateCells({ format: getFormat(current.format), cells, previous: previousOf(fixture("pingtan-2021")) });
    const i5 = findings.filter((f) => f.rule === "I5");
    expect(i5.map((f) => [f.severity, f.needsReason, f.cells])).toEqual([
      ["warning", true, ["t3.carried_in.natural"]],
      ["warning", true, ["t3.carried_in.total"]],
    ]);
    expect(i5[0].message).toBe(
      "表三「二、上年结转政府信息公开申请数量 自然人」为 0，而已发布的 2021 年度报告的 表三「四、结转下年度继续办理 自然人」为 1。" +
        "两者通常相等，但这不是年报格式规定的勾稽关系：请核对；如因机构改革、上一年度报告有误等原因确实不同，请说明原因（说明原因后才能提交审核）。",
    );
    expect(isValid(findings)).toBe(true);
    expect(findings.some((f) => f.rule === "I1")).toBe(false);
  });

  it("applies across the 2019 and 2021 formats, and not without last year's report or with a blank", () => {
    const current = { ...fixture("pingtan-2021"), cells: { ...fixture("pingtan-2021").cells, "t3.carried_in.other": 3 } };
    const format = getFormat(current.format);
    const previous = { ...previousOf(fixture("pingtan-2019")), year: 2020 };
    expect(checkCrossYear(format, current.cells, previous).map((f) => f.cells)).toEqual([["t3.carried_in.other"]]);
    expect(checkCrossYear(format, current.cells, undefined)).toEqual([]);
    const blankBefore = { ...previous, cells: { ...previous.cells, "t3.carried_out.other": null } };
    expect(checkCrossYear(format, current.cells, blankBefore)).toEqual([]);
  });
});

describe("W3: 上一年项目数量 is last year's 上一年项目数量 + 本年增/减 (2019 format)", () => {
  const y2019 = fixture("pingtan-2019");
  const format = getFormat("gov-2019");

  it("is quiet when the items carry on, and warns about the row that does not", () => {
    const y2020: Cells = { ...y2019.cells, "t2.license.prev_items": 396 };
    expect(checkCrossYear(format, y2020, previousOf(y2019))).toEqual([]);
    const wrong = { ...y2020, "t2.penalty.prev_items": 2600 };
    const findings = checkCrossYear(format, wrong, { ...previousOf(y2019), cells: { ...y2019.cells, "t2.penalty.change": -18 } });
    expect(findings.map((f) => [f.rule, f.severity, f.needsReason, f.cells])).toEqual([["W3", "warning", undefined, ["t2.penalty.prev_items"]]]);
    expect(findings[0].message).toContain("2648 + ");
    expect(findings[0].message).toContain("-18 = 2630");
  });

  it("has no W3 in the 2021 format, whose 表二 has no item counts", () => {
    expect(getFormat("gov-2021").crossYear?.every((r) => r.rule === "I5")).toBe(true);
    expect(getFormat("legacy-2014").crossYear).toBeUndefined();
  });
});
