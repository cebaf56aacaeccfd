import { describe, expect, it } from "vitest";
import { applicantBasis, earlierInMonth, sameApplicant, type MonthRequest } from "@/lib/register/same-applicant";
import { feeSentence } from "@/lib/register/fees";

let n = 0;
function req(receivedOn: string, who: Partial<MonthRequest> = {}, at = n++): MonthRequest {
  return { id: `r${at}`, receivedOn, createdAt: new Date(1_700_000_000_000 + at * 1000), applicantType: "natural", applicantName: "张三", applicantIdNumber: null, ...who };
}

describe("the same applicant for 按件计收 (同一申请人一个自然月内累计申请)", () => {
  it("goes by the identity number when both have one, else by name and type", () => {
    expect(sameApplicant(req("2025-03-01", { applicantIdNumber: "11010519491231002X" }), req("2025-03-02", { applicantIdNumber: "11010519491231002x", applicantName: "张叁" }))).toBe(true);
    expect(sameApplicant(req("2025-03-01", { applicantIdNumber: "11010519491231002X" }), req("2025-03-02", { applicantIdNumber: "110105194912310037" }))).toBe(false);
    expect(sameApplicant(req("2025-03-01", { applicantIdNumber: "11010519491231002X" }), req("2025-03-02"))).toBe(true);
    expect(sameApplicant(req("2025-03-01"), req("2025-03-02", { applicantType: "business" }))).toBe(false);
    expect(sameApplicant(req("2025-03-01", { applicantName: null }), req("2025-03-02", { applicantName: null }))).toBe(false);
    expect(applicantBasis(req("2025-03-01", { applicantName: null }))).toBeNull();
  });

  it("counts only the same month, before this request (same day: recorded earlier)", () => {
    const mine = req("2025-03-15");
    const others = [req("2025-02-28"), req("2025-03-01"), req("2025-03-15", {}, -5), req("2025-03-15", {}, 10_000), req("2025-03-20"), req("2025-03-02", { applicantName: "李四" })];
    expect(earlierInMonth(mine, others).map((r) => r.receivedOn)).toEqual(["2025-03-01", "2025-03-15"]);
  });
});

describe("the year's fees as a sentence for section 六", () => {
  it("names the count and the sum, or says none were charged", () => {
    expect(feeSentence({ year: 2025, requests: 2, yuan: 2100 })).toBe("2025年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费2件，合计2100元。");
    expect(feeSentence({ year: 2025, requests: 1, yuan: 12.5 })).toBe("2025年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费1件，合计12.50元。");
    expect(feeSentence({ year: 2024, requests: 0, yuan: 0 })).toBe("2024年，本机关未收取信息处理费。");
  });
});
