// The publication date (发布日期) a report of an earlier year keeps when it is imported and
// published now: the day printed on it, not the day of the import. One rule, used by the
// command line (before it opens the database) and by the data function that writes it.
import { calendarDateProblem, compareDates, type CalendarDate } from "@/lib/calendar/date";
import { todayInChina } from "@/lib/register/today";

/** The first day on which a report of `year` can be published: the year has ended. */
export const firstPublicationDay = (year: number): CalendarDate => `${year + 1}-01-01`;

/**
 * Why `date` cannot be the publication date of a report of `year`, in Chinese; undefined
 * when it can. A real calendar day, not after today in China, not before the year has ended.
 */
export function publicationDateProblem(date: string, year: number, today: CalendarDate = todayInChina()): string | undefined {
  const problem = calendarDateProblem(date);
  if (problem) return `发布日期${problem}`;
  if (compareDates(date, today) > 0) return `发布日期 ${date} 晚于今天（${today}，北京时间），不能填写将来的日期`;
  const first = firstPublicationDay(year);
  if (compareDates(date, first) < 0) return `发布日期 ${date} 早于 ${year} 年度结束：${year} 年度的报告最早在 ${first} 发布`;
  return undefined;
}

/** The moment a publication date stands for: the start of that day in China (UTC+8, no daylight saving). */
export function publicationInstant(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * Why a new revision dated `date` would come before the latest existing one (revisions are
 * numbered in the order they were published, and their dates must not go backwards).
 */
export function revisionOrderProblem(date: CalendarDate, latest: { number: number; publishedOn: CalendarDate } | undefined): string | undefined {
  if (!latest || compareDates(date, latest.publishedOn) >= 0) return undefined;
  return `发布日期 ${date} 早于已有的第 ${latest.number} 版的发布日期 ${latest.publishedOn}：各版本的发布日期不能倒退`;
}
