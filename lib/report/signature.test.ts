import { describe, expect, it } from "vitest";
import { signatureLines } from "@/lib/report/signature";

describe("落款", () => {
  it("is the unit and the day of publication in China, in Chinese form", () => {
    // 2022-02-07 23:30 UTC is already 8 February in China.
    expect(signatureLines("平潭综合实验区", new Date("2022-02-07T23:30:00Z"))).toEqual(["平潭综合实验区", "2022年2月8日"]);
  });

  it("leaves the date to be written by hand on a draft", () => {
    expect(signatureLines("测试镇", null)).toEqual(["测试镇", "　　　　年　　月　　日"]);
  });
});
