import { describe, expect, it } from "vitest";
import { computeFee, perItemBand } from "@/lib/register/fees";

describe("信息处理费 (国办函〔2020〕109号)", () => {
  it("charges nothing for up to 10 applications in a month", () => {
    expect(computeFee({ method: "per_item", quantity: 10 }).totalYuan).toBe(0);
  });

  it("charges 100 yuan per application from the 11th to the 30th", () => {
    const fee = computeFee({ method: "per_item", quantity: 30 });
    expect(fee.totalYuan).toBe(2000);
    expect(fee.lines).toEqual([
      { from: 1, to: 10, count: 10, rate: 0, amount: 0 },
      { from: 11, to: 30, count: 20, rate: 100, amount: 2000 },
    ]);
  });

  it("raises the rate by 100 yuan for every further band of 10 applications (31–40 at 200, 41–50 at 300)", () => {
    expect(perItemBand(31)).toEqual({ from: 31, to: 40, rate: 200 });
    expect(perItemBand(50)).toEqual({ from: 41, to: 50, rate: 300 });
    expect(computeFee({ method: "per_item", quantity: 45 }).totalYuan).toBe(2000 + 10 * 200 + 5 * 300);
  });

  it("counts the applications earlier in the month: the 11th of the month costs 100 yuan", () => {
    const fee = computeFee({ method: "per_item", quantity: 1, alreadyCounted: 10 });
    expect(fee.totalYuan).toBe(100);
    expect(fee.explanation).toBe("按件计收（本月此前已累计 10 件）：第 11–11 件 1 件 × 100 元 = 100 元；合计 100 元。");
  });

  it("charges pages progressively: 30 free, 31–100 at 10, 101–200 at 20, above 200 at 40", () => {
    expect(computeFee({ method: "per_page", quantity: 30 }).totalYuan).toBe(0);
    expect(computeFee({ method: "per_page", quantity: 100 }).totalYuan).toBe(700);
    expect(computeFee({ method: "per_page", quantity: 200 }).totalYuan).toBe(700 + 2000);
    const fee = computeFee({ method: "per_page", quantity: 250 });
    expect(fee.totalYuan).toBe(700 + 2000 + 50 * 40);
    expect(fee.explanation).toBe(
      "按量计收：第 1–30 页免费（30 页）；第 31–100 页 70 页 × 10 元 = 700 元；第 101–200 页 100 页 × 20 元 = 2000 元；第 201–250 页 50 页 × 40 元 = 2000 元；合计 4700 元。",
    );
  });

  it("rejects a negative or fractional quantity", () => {
    expect(() => computeFee({ method: "per_page", quantity: -1 })).toThrow(RangeError);
    expect(() => computeFee({ method: "per_item", quantity: 1.5 })).toThrow(RangeError);
  });
});
