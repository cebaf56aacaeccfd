// The statutory holidays of 《全国年节及纪念日放假办法》第二条 (全体公民放假的节日): what is
// certain about a year before its notice comes out (holidays.md §4.3), and the number of days
// a notice must add up to (the invariant in checks.ts).
import { fromYearMonthDay, type CalendarDate } from "@/lib/calendar/date";

export interface StatutoryHoliday {
  date: CalendarDate;
  festival: string;
}

export interface StatutoryRevision {
  /** the first year it governs (each took effect on 1 January) */
  fromYear: number;
  /** e.g. 2007年12月14日国务院令第513号修订 */
  citation: string;
  /** the days of 第二条 for all citizens */
  days: number;
  /** which days of the Spring Festival are statutory */
  springFestival: string;
}

/**
 * The revisions of 《全国年节及纪念日放假办法》 that the notices since 2008 follow. The 2007 and
 * 2013 texts both give 11 days and differ only in the Spring Festival; the 2024 text added 除夕
 * and 5月2日.
 */
export const STATUTORY_REVISIONS: readonly StatutoryRevision[] = [
  { fromYear: 2008, citation: "2007年12月14日国务院令第513号修订", days: 11, springFestival: "除夕、正月初一、初二" },
  { fromYear: 2014, citation: "2013年12月11日国务院令第644号修订", days: 11, springFestival: "正月初一、初二、初三" },
  { fromYear: 2025, citation: "2024年11月10日国务院令第795号修订", days: 13, springFestival: "除夕、正月初一至初三" },
];

const REVISION_2024_FROM_YEAR = 2025;

export const STATUTORY_BASIS = "《全国年节及纪念日放假办法》第二条";

/** The revision in force in `year`; the 2007 text for years before 2008, which no notice here covers. */
export function statutoryRevision(year: number): StatutoryRevision {
  return STATUTORY_REVISIONS.findLast((revision) => revision.fromYear <= year) ?? STATUTORY_REVISIONS[0];
}

export function statutoryDayCount(year: number): number {
  return statutoryRevision(year).days;
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
