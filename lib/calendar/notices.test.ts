import { describe, expect, it } from "vitest";
// The oracle's data file, read as data: its functions shift dates in time zones behind UTC (holidays.md §1).
import chineseDays from "chinese-days/dist/chinese-days.json";
import { NATIONAL_CALENDAR } from "@/lib/calendar/calendar";
import { checkNotice } from "@/lib/calendar/checks";
import { datesOf, isWeekend } from "@/lib/calendar/date";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";
import { statutoryRevision } from "@/lib/calendar/statutory";

/** chinese-days@1.5.7: `holidays` are rest days, `workdays` weekend days worked; the rest follow Mon–Fri. */
function oracleWorking(date: string): boolean {
  if (date in chineseDays.workdays) return true;
  if (date in chineseDays.holidays) return false;
  return !isWeekend(date);
}

describe("the notices against chinese-days@1.5.7", () => {
  it("agree on every day from 2008-01-01 to 2026-12-31 (holiday or working day)", () => {
    const days = datesOf({ from: "2008-01-01", to: "2026-12-31" });
    const disagreements = days.filter((date) => NATIONAL_CALENDAR.dayKind(date).working !== oracleWorking(date));
    expect(days).toHaveLength(6940);
    expect(disagreements).toEqual([]);
  });

  it("are certain (not provisional) on every one of those days but December 2026, which waits for the 2027 notice", () => {
    expect(datesOf({ from: "2008-01-01", to: "2026-11-30" }).filter((date) => NATIONAL_CALENDAR.isProvisional(date))).toEqual([]);
  });
});

describe("the 2008–2017 notices", () => {
  const byId = (id: string) => HOLIDAY_NOTICES.find((notice) => notice.id === id)!;

  it.each(["2008", "2009", "2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017"])(
    "%s adds up to the 11 statutory days of the 放假办法 (2007 and 2013 revisions)",
    (id) => {
      expect(checkNotice(byId(id))).toEqual([]);
    },
  );

  it("counts the 2015 抗战胜利70周年纪念日 as the one extra day 国发明电〔2015〕1号 gives, not as a typo", () => {
    const victoryDay = byId("2015-victory-day");
    expect(checkNotice(victoryDay, HOLIDAY_NOTICES)).toEqual([]);
    // Without its extra day the year is one day over and the check says so.
    const { extraStatutoryDays: _extra, ...asTyped } = victoryDay;
    expect(checkNotice(asTyped, HOLIDAY_NOTICES)[0].message).toMatch(/^2015 年的放假安排折算为 12 天法定节假日/);
  });

  it("gives 2015-09-03..05 off and 2015-09-06 (Sunday) as a working day, citing the 国务院 notice", () => {
    expect(NATIONAL_CALENDAR.dayKind("2015-09-04")).toMatchObject({ working: false, reason: "holiday" });
    expect(NATIONAL_CALENDAR.dayKind("2015-09-06")).toMatchObject({ working: true, reason: "makeup" });
    expect(NATIONAL_CALENDAR.dayKind("2015-09-03").notice?.docNo).toBe("国发明电〔2015〕1号");
  });

  it("keeps 除夕 a holiday through 2013 and a working day from 2014 (放假办法 2007 and 2013 revisions)", () => {
    expect(NATIONAL_CALENDAR.dayKind("2013-02-09")).toMatchObject({ working: false, festival: "春节" }); // 除夕, Saturday
    expect(NATIONAL_CALENDAR.dayKind("2009-01-25")).toMatchObject({ working: false, festival: "春节" }); // 除夕, Sunday
    expect(NATIONAL_CALENDAR.dayKind("2014-01-30")).toMatchObject({ working: true, reason: "weekday" }); // 除夕, Thursday
    expect([2008, 2013, 2014, 2024, 2025].map((year) => [statutoryRevision(year).citation, statutoryRevision(year).days])).toEqual([
      ["2007年12月14日国务院令第513号修订", 11],
      ["2007年12月14日国务院令第513号修订", 11],
      ["2013年12月11日国务院令第644号修订", 11],
      ["2013年12月11日国务院令第644号修订", 11],
      ["2024年11月10日国务院令第795号修订", 13],
    ]);
  });

  it("leaves a 文号 or date it could not verify null and says so in the note", () => {
    expect(byId("2008")).toMatchObject({ docNo: null, issuedOn: null });
    expect(byId("2008").note).toMatch(/^文号未核实/);
    expect(byId("2009").issuedOn).toBeNull();
  });
});
