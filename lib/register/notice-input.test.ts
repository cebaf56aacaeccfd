import { describe, expect, it } from "vitest";
import { parseNoticeInput } from "@/lib/register/notice-input";
import { todayInChina } from "@/lib/register/today";

describe("parseNoticeInput", () => {
  it("turns the form into a notice with one arrangement per festival", () => {
    const parsed = parseNoticeInput({
      source: "form",
      form: { year: 2027, issuedOn: "2026-11-05", festivals: [{ festival: "元旦", from: "2027-01-01", to: "2027-01-03", makeupWorkdays: ["2027-01-09"] }] },
    });
    expect(parsed).toEqual({
      ok: true,
      notice: {
        id: "form-2027-annual-2026-11-05",
        year: 2027,
        kind: "annual",
        title: "国务院办公厅关于2027年部分节假日安排的通知",
        docNo: null,
        issuedOn: "2026-11-05",
        festivals: [{ festival: "元旦", rest: { from: "2027-01-01", to: "2027-01-03" }, makeupWorkdays: ["2027-01-09"] }],
      },
    });
  });

  it("says what is wrong with the form in Chinese", () => {
    expect(parseNoticeInput({ source: "form", form: { year: 2027, issuedOn: "2026-13-05", festivals: [] } })).toEqual({
      ok: false,
      errors: ["issuedOn：2026-13-05 不是有效的日期", "festivals：至少填写一个节日的放假安排"],
    });
  });

  it("passes a holiday-cn file's problems through", () => {
    expect(parseNoticeInput({ source: "holiday-cn", input: { text: "{", issuedOn: "2026-11-05" } })).toMatchObject({ ok: false });
  });
});

describe("todayInChina", () => {
  it("is the calendar day in Beijing time, whatever the server's zone", () => {
    expect(todayInChina(new Date("2025-12-31T16:30:00Z"))).toBe("2026-01-01");
    expect(todayInChina(new Date("2025-12-31T15:59:00Z"))).toBe("2025-12-31");
  });
});
