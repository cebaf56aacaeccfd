// Calendar dates as "YYYY-MM-DD" strings, with arithmetic on whole days. No JS Date anywhere:
// a receipt date is a day on the wall calendar in China, and must not move by a day because
// the server or the browser runs in another time zone (holidays.md §1: the best npm package
// has exactly that bug). Day numbers are days since 1970-01-01 in the proleptic Gregorian
// calendar, computed with integer arithmetic (H. Hinnant's days_from_civil / civil_from_days).
import { z } from "@/lib/zod";

/** "YYYY-MM-DD", a valid day of the Gregorian calendar. Check with `isCalendarDate` at boundaries. */
export type CalendarDate = string;

/** Inclusive on both ends. */
export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 0 = Sunday … 6 = Saturday, as in getUTCDay, so the names below read naturally. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const WEEKDAY_NAMES = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `text` is not a calendar date, in Chinese; undefined when it is one. */
export function calendarDateProblem(text: string): string | undefined {
  const match = PATTERN.exec(text);
  if (!match) return `“${text}”不是 YYYY-MM-DD 格式的日期`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `${text} 不是有效的日期`;
  return undefined;
}

export function isCalendarDate(text: string): text is CalendarDate {
  return calendarDateProblem(text) === undefined;
}

/** For forms, actions and file imports: the same check, with the message in the issue. */
export const calendarDateSchema = z.string({ error: "日期应为 YYYY-MM-DD 格式的文字" }).superRefine((text, ctx) => {
  const problem = calendarDateProblem(text);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Splits a date that is already known to be valid (data, or checked input). */
export function toYearMonthDay(date: CalendarDate): YearMonthDay {
  const match = PATTERN.exec(date);
  if (!match) throw new TypeError(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function fromYearMonthDay({ year, month, day }: YearMonthDay): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = toYearMonthDay(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return fromYearMonthDay({ year, month, day });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative when a is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // Zero-padded ISO dates sort as strings; no need to convert.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isWithin(date: CalendarDate, range: DateRange): boolean {
  return compareDates(range.from, date) <= 0 && compareDates(date, range.to) <= 0;
}

/** Every date of the range, in order (empty when `from` is after `to`). */
export function datesOf(range: DateRange): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let n = toDayNumber(range.from), end = toDayNumber(range.to); n <= end; n++) dates.push(fromDayNumber(n));
  return dates;
}

export function weekdayOf(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: CalendarDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** 周一 … 周日 */
export function weekdayName(date: CalendarDate): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[weekdayOf(date)];
}

export function yearOf(date: CalendarDate): number {
  return toYearMonthDay(date).year;
}
