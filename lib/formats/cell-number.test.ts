import { describe, expect, it } from "vitest";
import { cellValueProblem, formatCellValue, MAX_CELL_VALUE, parseCellText } from "./cell-number";
import { cellDef } from "./engine";
import { getFormat } from "./index";

const count = cellDef(getFormat("gov-2021"), "t3.new.natural")!;
const fees = cellDef(getFormat("gov-2021"), "t2.fees.amount")!;
const change = cellDef(getFormat("gov-2019"), "t2.license.change")!;

describe("the largest value a cell holds", () => {
  it("is 10^15 − 1, exact as a number", () => {
    expect(MAX_CELL_VALUE).toBe(10 ** 15 - 1);
    expect(Number.isSafeInteger(MAX_CELL_VALUE)).toBe(true);
  });

  it("refuses what no cell can hold and accepts blank and the maximum", () => {
    expect([null, 0, MAX_CELL_VALUE, -MAX_CELL_VALUE].map(cellValueProblem)).toEqual([null, null, null, null]);
    expect([1e15, 1e18, -1e16, Number.NaN, Number.POSITIVE_INFINITY, "12"].map(cellValueProblem)).toEqual([
      "数值过大，最大为 999999999999999",
      "数值过大，最大为 999999999999999",
      "数值过小，最小为 -999999999999999",
      "应为有限的数字",
      "应为有限的数字",
      "应为数字或留空",
    ]);
  });
});

describe("what a person types into a cell", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["64", 64],
    ["６４", 64],
    ["1,234", 1234],
    ["999999999999999", 999_999_999_999_999],
  ])("reads %j in a count cell as %j", (text, value) => {
    expect(parseCellText(count, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["1000000000000000", "数值过大，最大为 999999999999999"],
    ["99999999999999999999999", "数值过大，最大为 999999999999999"],
    ["-3", "应为不小于 0 的整数"],
    ["1.5", "应为不小于 0 的整数"],
    ["1e3", "请输入数字（没有数据请留空，数量为零请填 0）"],
    ["NaN", "请输入数字（没有数据请留空，数量为零请填 0）"],
    ["Infinity", "请输入数字（没有数据请留空，数量为零请填 0）"],
  ])("refuses %j in a count cell: %s", (text, reason) => {
    expect(parseCellText(count, text)).toEqual({ ok: false, reason });
  });

  it("takes a fee with up to 6 decimals, never a negative one or a seventh decimal", () => {
    expect(parseCellText(fees, "24252.311082")).toEqual({ ok: true, value: 24252.311082 });
    expect(parseCellText(fees, "9116.360000")).toEqual({ ok: true, value: 9116.36 });
    expect(parseCellText(fees, "0.1234567")).toEqual({ ok: false, reason: "最多保留 6 位小数（单位：万元）" });
    expect(parseCellText(fees, "-1")).toEqual({ ok: false, reason: "应为不小于 0 的金额（单位：万元）" });
  });

  it("takes a negative 本年增/减 (2019 format)", () => {
    expect(parseCellText(change, "－18")).toEqual({ ok: true, value: -18 });
  });

  it("writes back what it read", () => {
    expect([formatCellValue(fees, 24252.311082), formatCellValue(count, MAX_CELL_VALUE), formatCellValue(count, null)]).toEqual(["24252.311082", "999999999999999", ""]);
  });
});
