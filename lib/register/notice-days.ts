// A notice as the days it arranges (the CalendarDay rows) and back. The days are what the
// database keeps and queries; the calendar (lib/calendar) works on festival arrangements.
import { compareDates, datesOf, toDayNumber, type CalendarDate } from "@/lib/calendar/date";
import type { FestivalArrangement, HolidayNotice } from "@/lib/calendar/types";

export type NoticeDayKind = "holiday" | "makeup";

export interface NoticeDay {
  date: CalendarDate;
  kind: NoticeDayKind;
  festival: string;
}

export function noticeDays(notice: Pick<HolidayNotice, "festivals">): NoticeDay[] {
  const days: NoticeDay[] = [];
  for (const { festival, rest, makeupWorkdays } of notice.festivals) {
    for (const date of datesOf(rest)) days.push({ date, kind: "holiday", festival });
    for (const date of makeupWorkdays) days.push({ date, kind: "makeup", festival });
  }
  return days.sort((a, b) => compareDates(a.date, b.date));
}

/** Festivals from days: each run of consecutive rest days is one span; make-up days go with the festival's first span. */
export function festivalsFromDays(days: readonly NoticeDay[]): FestivalArrangement[] {
  const byFestival = new Map<string, { rest: CalendarDate[]; makeup: CalendarDate[] }>();
  for (const day of [...days].sort((a, b) => compareDates(a.date, b.date))) {
    const entry = byFestival.get(day.festival) ?? { rest: [], makeup: [] };
    (day.kind === "holiday" ? entry.rest : entry.makeup).push(day.date);
    byFestival.set(day.festival, entry);
  }
  const festivals: FestivalArrangement[] = [];
  for (const [festival, { rest, makeup }] of byFestival) {
    const runs: CalendarDate[][] = [];
    for (const date of rest) {
      const run = runs[runs.length - 1];
      if (run && toDayNumber(date) === toDayNumber(run[run.length - 1]) + 1) run.push(date);
      else runs.push([date]);
    }
    if (runs.length === 0) continue;
    runs.forEach((run, i) => festivals.push({ festival, rest: { from: run[0], to: run[run.length - 1] }, makeupWorkdays: i === 0 ? makeup : [] }));
  }
  return festivals.sort((a, b) => compareDates(a.rest.from, b.rest.from));
}
