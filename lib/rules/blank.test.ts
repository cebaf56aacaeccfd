import { describe, expect, it } from "vitest";
import { computeTotals, emptyCells } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import { BLANK_RULE, checkBlanks } from "./blank";

const fixtures = loadFixtures();

describe("blank cells", () => {
  it("a complete fixture has none", () => {
    for (const { raw } of fixtures) expect(checkBlanks(getFormat(raw.format), raw.cells)).toEqual([]);
  });

  it("an empty report lists all its cells in one warning", () => {
    const format = FORMATS["gov-2021"];
    const [finding] = checkBlanks(format, emptyCells(format));
    expect(finding.rule).toBe(BLANK_RULE);
    expect(finding.severity).toBe("warning");
    expect(finding.cells).toHaveLength(200);
    expect(finding.sections).toEqual(["proactive", "requests", "review_litigation"]);
    expect(finding.message).toBe(
      "还有 200 个单元格未填写：表二「第二十条第（一）项 规章 本年制发件数」、表二「第二十条第（一）项 规章 本年废止件数」、" +
        "表二「第二十条第（一）项 规章 现行有效件数」等。空白表示“未填写”，不等于 0；没有发生的请填 0。有未填写的单元格时不能提交审核。",
    );
  });

  describe.each(fixtures.map((f) => [f.name, f.raw] as const))("%s", (_name, raw) => {
    const format = getFormat(raw.format);
    const part = raw.format === "legacy-2014" ? "t1.ch_weibo.value" : "t3.refused_law.legal";
    const total = raw.format === "legacy-2014" ? "t1.staff_total.value" : "t3.granted.total";

    it("a blanked part is reported", () => {
      const findings = checkBlanks(format, computeTotals(format, { ...raw.cells, [part]: null }));
      expect(findings).toMatchObject([{ rule: "blank", cells: [part] }]);
      expect(findings[0].message).toMatch(/^还有 1 个单元格未填写：/);
    });

    it("a blanked total is computed instead", () => {
      expect(checkBlanks(format, computeTotals(format, { ...raw.cells, [total]: null }))).toEqual([]);
    });
  });
});
