import { describe, expect, it } from "vitest";
import { checkNotice } from "@/lib/calendar/checks";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";
import type { HolidayNotice } from "@/lib/calendar/types";

function notice(id: string): HolidayNotice {
  const found = HOLIDAY_NOTICES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no notice ${id}`);
  return found;
}

const notice2025 = notice("2025");

function with2025Festivals(festivals: HolidayNotice["festivals"]): HolidayNotice {
  return { ...notice2025, id: "test", festivals };
}

describe("checkNotice on the project data", () => {
  it.each(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"])(
    "finds nothing to report in the %s annual notice",
    (id) => {
      expect(checkNotice(notice(id))).toEqual([]);
    },
  );

  it("accepts the 2019 劳动节 amendment: with the annual notice the year still adds up to 11 days", () => {
    expect(checkNotice(notice("2019-labour-day-change"), [notice("2019")])).toEqual([]);
  });

  it("warns about the 2020 extension, which makes the year 13 days instead of 11, without refusing it", () => {
    expect(checkNotice(notice("2020-spring-festival-extension"), HOLIDAY_NOTICES)).toEqual([
      {
        severity: "warning",
        message:
          "2020 年的放假安排折算为 13 天法定节假日（工作日放假 19 天，减去周末调休上班 6 天），" +
          "与《全国年节及纪念日放假办法》第二条规定的 11 天不符：请核对是否录入有误；若确为特殊安排（如延长假期），可确认后启用。",
      },
    ]);
  });

  it("ignores notices issued after the one being checked", () => {
    expect(checkNotice(notice("2020"), HOLIDAY_NOTICES)).toEqual([]);
  });
});

describe("checkNotice on mistakes", () => {
  it("refuses a make-up working day that is not on a weekend", () => {
    const festivals = notice2025.festivals.map((f) => (f.festival === "劳动节" ? { ...f, makeupWorkdays: ["2025-04-28"] } : f));
    expect(checkNotice(with2025Festivals(festivals))).toEqual([
      { severity: "error", message: "劳动节的调休上班日 2025-04-28 是周一：调休上班日应在周六或周日" },
    ]);
  });

  it("refuses rest days outside the notice year and the December before it", () => {
    const festivals = [
      { festival: "元旦", rest: { from: "2024-11-30", to: "2024-12-01" }, makeupWorkdays: [] },
      { festival: "国庆节", rest: { from: "2025-12-31", to: "2026-01-01" }, makeupWorkdays: ["2024-11-30"] },
    ];
    expect(checkNotice(with2025Festivals(festivals)).map((issue) => issue.message)).toEqual([
      "元旦的放假日期 2024-11-30 至 2024-12-01 不在 2025 年或其前一年的 12 月内",
      "国庆节的放假日期 2025-12-31 至 2026-01-01 不在 2025 年或其前一年的 12 月内",
      "国庆节的调休上班日 2024-11-30 不在 2025 年或其前一年的 12 月内",
      "2024-11-30 重复出现：元旦放假日，又是国庆节调休上班日",
    ]);
  });

  it("refuses invalid dates, reversed ranges and a notice without festivals", () => {
    const festivals = [
      { festival: "春节", rest: { from: "2025-02-30", to: "2025-02-04" }, makeupWorkdays: [] },
      { festival: "清明节", rest: { from: "2025-04-06", to: "2025-04-04" }, makeupWorkdays: [] },
    ];
    expect(checkNotice(with2025Festivals(festivals)).map((issue) => issue.message)).toEqual([
      "春节：2025-02-30 不是有效的日期",
      "清明节的放假起始日 2025-04-06 晚于结束日 2025-04-04",
    ]);
    expect(checkNotice(with2025Festivals([]))).toEqual([
      { severity: "error", message: "通知中没有任何节日的放假安排" },
    ]);
  });

  it("warns when a year does not add up to its statutory days (a typo: 清明 one day short)", () => {
    const festivals = notice2025.festivals.map((f) =>
      f.festival === "清明节" ? { ...f, rest: { from: "2025-04-05", to: "2025-04-06" } } : f,
    );
    const issues = checkNotice(with2025Festivals(festivals));
    expect(issues.map((issue) => issue.severity)).toEqual(["warning"]);
    expect(issues[0].message).toMatch(/^2025 年的放假安排折算为 12 天法定节假日.*规定的 13 天不符/);
  });
});
