import { describe, expect, it } from "vitest";
import { createCalendar, NATIONAL_CALENDAR } from "@/lib/calendar/calendar";
import { describeDay } from "@/lib/calendar/explain";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";

const calendar = NATIONAL_CALENDAR;

function explain(date: string): string {
  return describeDay(calendar.dayKind(date), calendar.missingNoticeYears(date));
}

function citedNotice(date: string): string | undefined {
  return calendar.dayKind(date).notice?.id;
}

describe("dayKind on the national calendar", () => {
  it("counts a make-up Sunday as a working day and a weekday of the Spring Festival as a holiday", () => {
    expect(calendar.dayKind("2025-01-26")).toMatchObject({ working: true, reason: "makeup", festival: "春节", provisional: false });
    expect(calendar.dayKind("2025-01-28")).toMatchObject({ working: false, reason: "holiday", festival: "春节", provisional: false });
    expect(citedNotice("2025-01-26")).toBe("2025");
  });

  it("treats plain days by the Mon–Fri rule, and 2024-02-09 (除夕, only 鼓励 to rest) as a working day", () => {
    expect(calendar.dayKind("2025-03-05")).toEqual({ working: true, reason: "weekday", provisional: false });
    expect(calendar.dayKind("2025-03-08")).toEqual({ working: false, reason: "weekend", provisional: false });
    expect(calendar.dayKind("2024-02-09")).toEqual({ working: true, reason: "weekday", provisional: false });
  });

  it("takes December days from next year's notice (元旦 spans and make-up Saturdays)", () => {
    expect(calendar.dayKind("2018-12-29")).toMatchObject({ working: true, reason: "makeup", festival: "元旦" });
    expect(citedNotice("2018-12-29")).toBe("2019");
    expect(calendar.dayKind("2018-12-31")).toMatchObject({ working: false, reason: "holiday", festival: "元旦" });
    expect(citedNotice("2022-12-31")).toBe("2023");
    expect(citedNotice("2017-12-30")).toBe("2018");
  });

  it("applies the amendments: later notices win for the dates they list", () => {
    // 2019 劳动节: 5/1 only at first, then 5/1–5/4 with make-up Sundays 4/28 and 5/5.
    expect(calendar.dayKind("2019-05-02")).toMatchObject({ working: false, reason: "holiday" });
    expect(citedNotice("2019-05-01")).toBe("2019-labour-day-change");
    expect(calendar.dayKind("2019-04-28")).toMatchObject({ working: true, reason: "makeup" });
    // 2020 春节: 1/24–1/30 from the annual notice; the extension adds 1/31–2/2 and cancels the 2/1 make-up Saturday.
    expect(citedNotice("2020-01-30")).toBe("2020");
    expect(calendar.dayKind("2020-01-31")).toMatchObject({ working: false, reason: "holiday", festival: "春节" });
    expect(calendar.dayKind("2020-02-01")).toMatchObject({ working: false, reason: "holiday" });
    expect(citedNotice("2020-02-01")).toBe("2020-spring-festival-extension");
    expect(calendar.dayKind("2020-01-19")).toMatchObject({ working: true, reason: "makeup" });
    expect(calendar.dayKind("2020-02-03")).toMatchObject({ working: true, reason: "weekday" });
  });

  it("without the 2020 extension, 1/31 is a working day and 2/1 a make-up Saturday", () => {
    const asFirstIssued = createCalendar(HOLIDAY_NOTICES.filter((notice) => notice.id !== "2020-spring-festival-extension"));
    expect(asFirstIssued.dayKind("2020-01-31")).toMatchObject({ working: true, reason: "weekday" });
    expect(asFirstIssued.dayKind("2020-02-01")).toMatchObject({ working: true, reason: "makeup", festival: "春节" });
  });
});

describe("provisional years", () => {
  it("marks a year without a notice, and the December before it, as provisional", () => {
    expect(calendar.isProvisional("2026-11-30")).toBe(false);
    expect(calendar.isProvisional("2025-12-31")).toBe(false);
    expect(calendar.missingNoticeYears("2026-12-01")).toEqual([2027]);
    expect(calendar.missingNoticeYears("2027-06-01")).toEqual([2027]);
    expect(calendar.missingNoticeYears("2027-12-31")).toEqual([2027, 2028]);
    expect(calendar.missingNoticeYears("2017-06-01")).toEqual([]);
    expect(calendar.missingNoticeYears("2007-06-01")).toEqual([2007]);
  });

  it("keeps the statutory days of the 放假办法 in a provisional year and guesses no 调休", () => {
    expect(calendar.dayKind("2027-01-01")).toEqual({ working: false, reason: "holiday", festival: "元旦", provisional: true });
    expect(calendar.dayKind("2027-02-05")).toEqual({ working: false, reason: "holiday", festival: "春节", provisional: true });
    expect(calendar.dayKind("2027-02-09")).toEqual({ working: true, reason: "weekday", provisional: true });
    expect(calendar.dayKind("2027-10-01")).toEqual({ working: false, reason: "holiday", festival: "国庆节", provisional: true });
    expect(calendar.dayKind("2028-05-02")).toEqual({ working: false, reason: "holiday", festival: "劳动节", provisional: true });
    expect(calendar.dayKind("2027-01-02")).toEqual({ working: false, reason: "weekend", provisional: true });
  });

  it("falls back to weekends only when asked to", () => {
    const weekendsOnly = createCalendar(HOLIDAY_NOTICES, { provisionalHolidays: () => [] });
    expect(weekendsOnly.dayKind("2027-01-01")).toEqual({ working: true, reason: "weekday", provisional: true });
    expect(weekendsOnly.dayKind("2026-01-01")).toMatchObject({ working: false, reason: "holiday", provisional: false });
  });
});

describe("describeDay", () => {
  it("cites the notice by 文号 and title, or by title and date while the 文号 is unverified", () => {
    expect(explain("2025-01-28")).toBe("法定节假日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》）");
    expect(explain("2025-02-08")).toBe("调休上班日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》）");
    expect(explain("2026-02-16")).toBe("法定节假日（春节，《国务院办公厅关于2026年部分节假日安排的通知》（2025-11-04））");
    expect(explain("2020-02-01")).toBe("法定节假日（春节，国办发明电〔2020〕1号《国务院办公厅关于延长2020年春节假期的通知》）");
    expect(explain("2025-03-05")).toBe("工作日");
    expect(explain("2025-03-08")).toBe("周末");
  });

  it("says 暂定 and cites the 放假办法 in a provisional year", () => {
    expect(explain("2027-01-01")).toBe("法定节假日（元旦，《全国年节及纪念日放假办法》第二条；暂定：尚无 2027 年放假安排通知）");
    expect(explain("2026-12-31")).toBe("工作日（暂定：尚无 2027 年放假安排通知）");
  });
});
