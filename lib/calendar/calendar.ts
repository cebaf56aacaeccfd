// Working day or not, and why: the notices' days first, then the Mon–Fri rule. A year with no
// annual notice is provisional (暂定): only its statutory days are certain, and no 调休 is
// guessed. Every package tested treats such a year as plain Mon–Fri and says nothing
// (holidays.md §2); this calendar says so on every day it is unsure of.
import { arrangeDays, type ArrangedDay } from "@/lib/calendar/arrangement";
import { isWeekend, toYearMonthDay, type CalendarDate } from "@/lib/calendar/date";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";
import { statutoryHolidays, type StatutoryHoliday } from "@/lib/calendar/statutory";
import type { HolidayNotice } from "@/lib/calendar/types";

export type DayReason = "weekday" | "weekend" | "holiday" | "makeup";

export interface DayKind {
  working: boolean;
  reason: DayReason;
  festival?: string;
  /** the notice that made the day a holiday or a make-up working day; absent for a statutory day of a provisional year */
  notice?: HolidayNotice;
  /** true when a notice that could still change this day has not been loaded */
  provisional: boolean;
}

export interface Calendar {
  readonly notices: readonly HolidayNotice[];
  dayKind(date: CalendarDate): DayKind;
  isProvisional(date: CalendarDate): boolean;
  /** the years whose annual notice could still change `date` and is missing (empty when certain) */
  missingNoticeYears(date: CalendarDate): number[];
}

export interface CalendarOptions {
  /**
   * What is certain in a year without a notice. Defaults to the statutory days of the 放假办法
   * (holidays.md §4.3); `() => []` gives the bare weekends-only rule.
   */
  provisionalHolidays?: (year: number) => readonly StatutoryHoliday[];
}

export function createCalendar(notices: readonly HolidayNotice[], options: CalendarOptions = {}): Calendar {
  const arranged = arrangeDays(notices);
  const yearsWithNotice = new Set(notices.filter((notice) => notice.kind === "annual").map((notice) => notice.year));
  const provisionalHolidays = options.provisionalHolidays ?? statutoryHolidays;
  const provisionalByYear = new Map<number, Map<CalendarDate, string>>();

  function provisionalHoliday(date: CalendarDate, year: number): string | undefined {
    let days = provisionalByYear.get(year);
    if (!days) {
      days = new Map(provisionalHolidays(year).map((holiday) => [holiday.date, holiday.festival]));
      provisionalByYear.set(year, days);
    }
    return days.get(date);
  }

  function missingNoticeYears(date: CalendarDate): number[] {
    const { year, month } = toYearMonthDay(date);
    // A notice may also arrange the December before its year (元旦 rest days, make-up
    // Saturdays such as 2018-12-29), so a December day waits for next year's notice too.
    const candidates = month === 12 ? [year, year + 1] : [year];
    return candidates.filter((candidate) => !yearsWithNotice.has(candidate));
  }

  function fromNotice(day: ArrangedDay, provisional: boolean): DayKind {
    const working = day.kind === "makeup";
    return { working, reason: working ? "makeup" : "holiday", festival: day.festival, notice: day.notice, provisional };
  }

  function dayKind(date: CalendarDate): DayKind {
    const { year } = toYearMonthDay(date);
    const provisional = missingNoticeYears(date).length > 0;
    const day = arranged.get(date);
    if (day) return fromNotice(day, provisional);
    if (!yearsWithNotice.has(year)) {
      const festival = provisionalHoliday(date, year);
      if (festival) return { working: false, reason: "holiday", festival, provisional };
    }
    return isWeekend(date)
      ? { working: false, reason: "weekend", provisional }
      : { working: true, reason: "weekday", provisional };
  }

  return {
    notices,
    dayKind,
    isProvisional: (date) => missingNoticeYears(date).length > 0,
    missingNoticeYears,
  };
}

/** The national calendar of the notices in the project data (2008–2026). */
export const NATIONAL_CALENDAR: Calendar = createCalendar(HOLIDAY_NOTICES);
