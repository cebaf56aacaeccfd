import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDateProblem,
  calendarDateSchema,
  compareDates,
  datesOf,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  weekdayName,
  weekdayOf,
} from "@/lib/calendar/date";

describe("calendar dates", () => {
  it("numbers days from 1970-01-01 and back, across leap days and centuries", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2000-03-01")).toBe(11017);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    for (const date of ["1900-02-28", "1900-03-01", "2000-02-29", "2024-02-29", "2026-12-31", "2100-03-01"]) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
  });

  it("adds days over month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2025-01-20", 32)).toBe("2025-02-21");
  });

  it("knows the weekday of any date, in Chinese", () => {
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayName("2025-01-26")).toBe("周日");
    expect(weekdayName("2025-02-08")).toBe("周六");
    expect(weekdayName("2024-02-09")).toBe("周五");
    expect(weekdayName("2027-01-01")).toBe("周五");
    expect(weekdayName("1969-12-29")).toBe("周一");
  });

  it("accepts only real YYYY-MM-DD dates and says why in Chinese", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(calendarDateProblem("2025-02-29")).toBe("2025-02-29 不是有效的日期");
    expect(calendarDateProblem("2025-13-01")).toBe("2025-13-01 不是有效的日期");
    expect(calendarDateProblem("2025-1-5")).toBe("“2025-1-5”不是 YYYY-MM-DD 格式的日期");
    expect(calendarDateProblem("2025-01-05T00:00:00Z")).toBe("“2025-01-05T00:00:00Z”不是 YYYY-MM-DD 格式的日期");
    expect(calendarDateSchema.safeParse("2025-04-31").error?.issues[0]?.message).toBe("2025-04-31 不是有效的日期");
    expect(calendarDateSchema.safeParse("2025-04-30").success).toBe(true);
  });

  it("compares and enumerates dates as calendar days", () => {
    expect(compareDates("2025-01-09", "2025-01-10")).toBeLessThan(0);
    expect(compareDates("2025-01-10", "2025-01-10")).toBe(0);
    expect(datesOf({ from: "2017-12-30", to: "2018-01-01" })).toEqual(["2017-12-30", "2017-12-31", "2018-01-01"]);
    expect(datesOf({ from: "2018-01-02", to: "2018-01-01" })).toEqual([]);
  });
});
