// The days that notices arrange, merged: one entry per date, from the latest notice that lists
// it. "Later wins for its dates" (holidays.md §4.1) is what lets an amendment extend a holiday
// and, in doing so, cancel a make-up Saturday (2020-02-01) without restating the whole year.
import { compareDates, datesOf, type CalendarDate } from "@/lib/calendar/date";
import type { HolidayNotice } from "@/lib/calendar/types";

export interface ArrangedDay {
  /** holiday: a rest day (放假); makeup: a weekend day worked instead (调休上班) */
  kind: "holiday" | "makeup";
  festival: string;
  notice: HolidayNotice;
}

/**
 * When a notice is taken to have been issued, for ordering only. An unverified date (null) is
 * placed at the start of the year before its own: annual notices come out in the autumn or
 * winter before their year, and no amendment precedes them.
 */
export function effectiveIssuedOn(notice: HolidayNotice): CalendarDate {
  return notice.issuedOn ?? `${notice.year - 1}-01-01`;
}

/** Notices in the order they took effect; a stable sort keeps the list order for equal dates. */
export function inEffectOrder(notices: readonly HolidayNotice[]): HolidayNotice[] {
  return [...notices].sort((a, b) => compareDates(effectiveIssuedOn(a), effectiveIssuedOn(b)));
}

export function arrangeDays(notices: readonly HolidayNotice[]): Map<CalendarDate, ArrangedDay> {
  const days = new Map<CalendarDate, ArrangedDay>();
  for (const notice of inEffectOrder(notices)) {
    for (const { festival, rest, makeupWorkdays } of notice.festivals) {
      for (const date of datesOf(rest)) days.set(date, { kind: "holiday", festival, notice });
      for (const date of makeupWorkdays) days.set(date, { kind: "makeup", festival, notice });
    }
  }
  return days;
}
