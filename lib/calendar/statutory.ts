// The statutory holidays of 《全国年节及纪念日放假办法》第二条 (全体公民放假的节日): what is
// certain about a year before its notice comes out (holidays.md §4.3), and the number of days
// a notice must add up to (the invariant in checks.ts).
import { fromYearMonthDay, type CalendarDate } from "@/lib/calendar/date";

export interface StatutoryHoliday {
  date: CalendarDate;
  festival: string;
}

/** The 2024 revision (effective 2025) added 除夕 and 5月2日: 11 → 13 days. */
const REVISION_2024_FROM_YEAR = 2025;

export const STATUTORY_BASIS = "《全国年节及纪念日放假办法》第二条";

export function statutoryDayCount(year: number): number {
  return year >= REVISION_2024_FROM_YEAR ? 13 : 11;
}

/**
 * Lunar and solar-term festivals move every year, so they are data: computed with
 * lunar-javascript and tyme4ts, which agree (holidays.md §5, 2027). Years missing here get
 * only the fixed-date festivals.
 */
const MOVABLE_FESTIVALS: Readonly<Record<number, readonly StatutoryHoliday[]>> = {
  2027: [
    // 除夕 (2/5) to 初三 (2/8): the 2024 revision's 春节
    { date: "2027-02-05", festival: "春节" },
    { date: "2027-02-06", festival: "春节" },
    { date: "2027-02-07", festival: "春节" },
    { date: "2027-02-08", festival: "春节" },
    { date: "2027-04-05", festival: "清明节" },
    { date: "2027-06-09", festival: "端午节" },
    { date: "2027-09-15", festival: "中秋节" },
  ],
};

function fixedDateFestivals(year: number): StatutoryHoliday[] {
  const day = (month: number, dayOfMonth: number, festival: string) => ({
    date: fromYearMonthDay({ year, month, day: dayOfMonth }),
    festival,
  });
  return [
    day(1, 1, "元旦"),
    day(5, 1, "劳动节"),
    ...(year >= REVISION_2024_FROM_YEAR ? [day(5, 2, "劳动节")] : []),
    day(10, 1, "国庆节"),
    day(10, 2, "国庆节"),
    day(10, 3, "国庆节"),
  ];
}

/**
 * The statutory days of `year` that are known without its notice. No 调休 is guessed: the
 * notice decides which weekend days become working days and which days join a festival.
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  return [...fixedDateFestivals(year), ...(MOVABLE_FESTIVALS[year] ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
}
