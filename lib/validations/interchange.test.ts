import { describe, expect, it } from "vitest";
import { listCells } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { getFormat } from "../formats/index";
import { parseInterchange } from "./interchange";

const fixtures = loadFixtures();
const base = { format: "gov-2021", year: 2021, organization: "平潭综合实验区", cells: {} };
const errorOf = (input: unknown) => {
  const result = parseInterchange(input);
  if (result.ok) throw new Error("expected a parse error");
  return result.error;
};

describe("fixtures", () => {
  for (const { name, raw } of fixtures) {
    it(`${name} parses with exactly its format's keys`, () => {
      const result = parseInterchange(raw);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.doc).toEqual(raw);
      expect(Object.keys(result.doc.cells)).toEqual(listCells(getFormat(raw.format)).map((c) => c.key));
    });
  }
});

describe("a valid document", () => {
  it("comes back complete: absent cells are blank (null), in format order", () => {
    const result = parseInterchange({ ...base, cells: { "t4.review.total": 3, "t3.new.natural": 64 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = Object.keys(result.doc.cells);
    expect(keys).toHaveLength(200);
    expect(keys[0]).toBe("t2.rules.issued");
    expect(result.doc.cells["t3.new.natural"]).toBe(64);
    expect(result.doc.cells["t3.new.business"]).toBeNull();
  });

  it("ignores unknown top-level fields", () => {
    const result = parseInterchange({ ...base, sections: { overview: "…" }, findings: [] });
    expect(result.ok && Object.keys(result.doc)).toEqual(["format", "year", "organization", "cells"]);
  });

  it("keeps the largest value a cell holds, exactly", () => {
    const result = parseInterchange({ ...base, cells: { "t3.new.natural": 999_999_999_999_999, "t2.fees.amount": 24252.311082 } });
    expect(result.ok && [result.doc.cells["t3.new.natural"], result.doc.cells["t2.fees.amount"]]).toEqual([999_999_999_999_999, 24252.311082]);
  });

  it("keeps explicit nulls and negative or fractional numbers (kinds are validation's job)", () => {
    const result = parseInterchange({ ...base, cells: { "t3.new.natural": null, "t3.new.business": -1, "t2.fees.amount": 0.5 } });
    expect(result.ok && [result.doc.cells["t3.new.natural"], result.doc.cells["t3.new.business"], result.doc.cells["t2.fees.amount"]]).toEqual([null, -1, 0.5]);
  });
});

describe("errors are one line in Chinese that say what and where", () => {
  it.each([
    [{ ...base, cells: { "t3.foo.total": 1 } }, 'cells["t3.foo.total"]：未知的单元格键（格式 gov-2021）'],
    [{ ...base, format: "gov-2019", cells: { "t3.other_misc.total": 1 } }, 'cells["t3.other_misc.total"]：未知的单元格键（格式 gov-2019）'],
    [{ ...base, cells: { "t3.new.natural": "12" } }, 'cells["t3.new.natural"]：应为数字或 null，实际为字符串 "12"'],
    [{ ...base, cells: { "t3.new.natural": true } }, 'cells["t3.new.natural"]：应为数字或 null，实际为布尔值 true'],
    [{ ...base, cells: { "t3.new.natural": [1] } }, 'cells["t3.new.natural"]：应为数字或 null，实际为数组'],
    [{ ...base, cells: { "t3.new.natural": Number.NaN } }, 'cells["t3.new.natural"]：表三「一、本年新收政府信息公开申请数量 自然人」：应为有限的数字，实际为数字 NaN'],
    [{ ...base, cells: { "t3.new.natural": Number.POSITIVE_INFINITY } }, 'cells["t3.new.natural"]：表三「一、本年新收政府信息公开申请数量 自然人」：应为有限的数字，实际为数字 Infinity'],
    [{ ...base, cells: { "t3.new.natural": 1e18 } }, 'cells["t3.new.natural"]：表三「一、本年新收政府信息公开申请数量 自然人」：数值过大，最大为 999999999999999，实际为数字 1000000000000000000'],
    [{ ...base, cells: { "t2.fees.amount": 1e15 } }, 'cells["t2.fees.amount"]：表二「第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）」：数值过大，最大为 999999999999999，实际为数字 1000000000000000'],
    [{ ...base, format: "gov-2019", cells: { "t2.license.change": -1e15 } }, 'cells["t2.license.change"]：表二「第二十条第（五）项 行政许可 本年增/减」：数值过小，最小为 -999999999999999，实际为数字 -1000000000000000'],
    [{ ...base, year: 2007 }, "year：应为报告所属年份（2008–2100 的整数），实际为数字 2007"],
    [{ ...base, year: 2101 }, "year：应为报告所属年份（2008–2100 的整数），实际为数字 2101"],
    [{ ...base, format: "gov-2020" }, 'format：未知的格式 "gov-2020"（应为 legacy-2014、gov-2019、gov-2021 之一）'],
    [{ year: 2021, organization: "x", cells: {} }, "format：缺少此字段"],
    [{ ...base, year: "2021" }, 'year：应为报告所属年份（2008–2100 的整数），实际为字符串 "2021"'],
    [{ ...base, year: 2021.5 }, "year：应为报告所属年份（2008–2100 的整数），实际为数字 2021.5"],
    [{ ...base, organization: " " }, "organization：填报单位名称不能为空"],
    [{ ...base, cells: null }, "cells：应为对象，实际为空值 null"],
    ["{}", '文档：应为 JSON 对象，实际为字符串 "{}"'],
    [[base], "文档：应为 JSON 对象，实际为数组"],
  ])("%j → %s", (input, expected) => {
    const error = errorOf(input);
    expect(error).toBe(expected);
    expect(error).not.toContain("\n");
  });

  it("reports the first bad cell only", () => {
    expect(errorOf({ ...base, cells: { "t3.new.natural": "1", "t3.foo.x": 1 } })).toBe('cells["t3.new.natural"]：应为数字或 null，实际为字符串 "1"');
  });
});
