import { describe, expect, it } from "vitest";
import { createCalendar, datesOf, HOLIDAY_NOTICES, NATIONAL_CALENDAR } from "@/lib/calendar";
import { festivalsFromDays, noticeDays } from "@/lib/register/notice-days";

describe("notice days", () => {
  it("turns every project notice into days and back without changing a single day of the calendar", () => {
    const roundTrip = createCalendar(HOLIDAY_NOTICES.map((n) => ({ ...n, festivals: festivalsFromDays(noticeDays(n)) })));
    for (const date of datesOf({ from: "2017-12-01", to: "2027-12-31" })) {
      expect(roundTrip.dayKind(date)).toEqual(NATIONAL_CALENDAR.dayKind(date));
    }
  });

  it("lists the 2020 extension's three added rest days", () => {
    const extension = HOLIDAY_NOTICES.find((n) => n.id === "2020-spring-festival-extension")!;
    expect(noticeDays(extension)).toEqual([
      { date: "2020-01-31", kind: "holiday", festival: "春节" },
      { date: "2020-02-01", kind: "holiday", festival: "春节" },
      { date: "2020-02-02", kind: "holiday", festival: "春节" },
    ]);
  });
});
