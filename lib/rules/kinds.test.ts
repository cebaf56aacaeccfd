import { describe, expect, it } from "vitest";
import { cellDef } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import type { Cells } from "../formats/types";
import { cellNumberProblem, decimalPlaces } from "../formats/cell-number";
import { checkKinds } from "./kinds";

const fixtures = loadFixtures();
const kinds = (formatId: keyof typeof FORMATS, cells: Cells) => checkKinds(FORMATS[formatId], cells);

describe("every fixture has the right number kinds", () => {
  for (const { name, raw } of fixtures) {
    it(name, () => expect(checkKinds(getFormat(raw.format), raw.cells)).toEqual([]));
  }
});

describe.each(fixtures.map((f) => [f.name, f.raw] as const))("%s with a negative count", (_name, raw) => {
  const format = getFormat(raw.format);
  const cases = raw.format === "legacy-2014" ? [["t1.req_received.value", "I4"]] : [["t3.new.natural", "I4"], ["t4.review.upheld", "I4"], ["t2.penalty.decisions", "I9"]];
  it.each(cases)("%s → %s", (key, rule) => {
    const findings = checkKinds(format, { ...raw.cells, [key]: -1 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule, severity: "error", cells: [key] });
    expect(findings[0].message).toContain("实际为 -1");
  });
});

describe("kind rules", () => {
  it("counts must be whole (I4 in 表三)", () => {
    const [finding] = kinds("gov-2021", { "t3.granted.natural": 2.5 });
    expect(finding.message).toBe(
      "表三「三、本年度办理结果 （一）予以公开 自然人」应为不小于 0 的整数，实际为 2.5。",
    );
  });

  it("本年增/减 may be negative but must be whole (I9 in 表二)", () => {
    expect(kinds("gov-2019", { "t2.license.change": -18 })).toEqual([]);
    expect(kinds("gov-2019", { "t2.license.change": 1.5 })).toMatchObject([{ rule: "I9", cells: ["t2.license.change"] }]);
  });

  it("money is not negative and has at most 6 decimals", () => {
    expect(kinds("gov-2021", { "t2.fees.amount": 24252.311082 })).toEqual([]);
    expect(kinds("gov-2021", { "t2.fees.amount": -1 })).toMatchObject([{ rule: "I9" }]);
    const [tooFine] = kinds("gov-2021", { "t2.fees.amount": 0.1234567 });
    expect(tooFine.message).toBe("表二「第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）」最多保留 6 位小数（单位：万元），实际为 0.1234567。");
    expect(kinds("gov-2019", { "t2.procurement.amount": 75394432.52 })).toEqual([]);
  });

  it("legacy money (费用, 专项经费) follows the same rule as I4", () => {
    expect(kinds("legacy-2014", { "t1.budget.value": 3.5, "t1.fees.value": -0.5 })).toMatchObject([{ rule: "I4", cells: ["t1.fees.value"] }]);
  });

  it("non-finite numbers are never valid", () => {
    const def = cellDef(FORMATS["gov-2021"], "t3.new.natural")!;
    expect(cellNumberProblem(def, Number.NaN)).toBe("应为有限的数字");
    expect(cellNumberProblem(def, Number.POSITIVE_INFINITY)).toBe("应为有限的数字");
  });

  it("ignores blank cells", () => {
    expect(kinds("gov-2021", { "t3.new.natural": null })).toEqual([]);
  });

  it("counts decimal places as written", () => {
    expect([1, 0.5, 24252.311082, 1e-7, 1.5e-7, 1e21].map(decimalPlaces)).toEqual([0, 1, 6, 7, 8, 0]);
  });
});
