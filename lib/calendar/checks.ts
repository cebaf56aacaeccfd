// Checks on a notice before it is activated (holidays.md §4.2). Errors are mistakes a notice
// cannot contain; the invariant is a warning, because an extraordinary notice (the 2020
// extension of the Spring Festival) legitimately breaks it and must still be loadable.
import { arrangeDays, effectiveIssuedOn } from "@/lib/calendar/arrangement";
import { calendarDateProblem, compareDates, datesOf, isWeekend, weekdayName, type CalendarDate } from "@/lib/calendar/date";
import { STATUTORY_BASIS, statutoryDayCount } from "@/lib/calendar/statutory";
import type { HolidayNotice } from "@/lib/calendar/types";

export interface NoticeIssue {
  severity: "error" | "warning";
  message: string;
}

function error(message: string): NoticeIssue {
  return { severity: "error", message };
}

/** A notice arranges its own year and, for 元旦, the December before it. */
function inNoticeYears(date: CalendarDate, year: number): boolean {
  return compareDates(`${year - 1}-12-01`, date) <= 0 && compareDates(date, `${year}-12-31`) <= 0;
}

function checkDates(notice: HolidayNotice): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  const seen = new Map<CalendarDate, string>();
  const note = (date: CalendarDate, what: string) => {
    const before = seen.get(date);
    if (before) issues.push(error(`${date} 重复出现：${before}，又是${what}`));
    else seen.set(date, what);
  };
  const outside = `不在 ${notice.year} 年或其前一年的 12 月内`;
  for (const { festival, rest, makeupWorkdays } of notice.festivals) {
    const problems = [rest.from, rest.to, ...makeupWorkdays].map(calendarDateProblem).filter((p) => p !== undefined);
    if (problems.length > 0) {
      issues.push(...problems.map((problem) => error(`${festival}：${problem}`)));
      continue;
    }
    if (compareDates(rest.from, rest.to) > 0) {
      issues.push(error(`${festival}的放假起始日 ${rest.from} 晚于结束日 ${rest.to}`));
      continue;
    }
    if (!inNoticeYears(rest.from, notice.year) || !inNoticeYears(rest.to, notice.year)) {
      issues.push(error(`${festival}的放假日期 ${rest.from} 至 ${rest.to} ${outside}`));
    }
    for (const date of datesOf(rest)) note(date, `${festival}放假日`);
    for (const date of makeupWorkdays) {
      if (!isWeekend(date)) issues.push(error(`${festival}的调休上班日 ${date} 是${weekdayName(date)}：调休上班日应在周六或周日`));
      if (!inNoticeYears(date, notice.year)) issues.push(error(`${festival}的调休上班日 ${date} ${outside}`));
      note(date, `${festival}调休上班日`);
    }
  }
  return issues;
}

/**
 * The invariant of holidays.md §4.2: weekday rest days − weekend make-up days = the number of
 * statutory days of the 放假办法 (11 from 2008 through 2024, 13 from 2025), plus the days an
 * extraordinary notice grants and says so (extraStatutoryDays: 2015). It is counted over the whole
 * year as it stands after this notice, so an amendment is checked together with the notices
 * it amends (`earlier`; those issued after `notice` are left out).
 */
function checkStatutoryDays(notice: HolidayNotice, earlier: readonly HolidayNotice[]): NoticeIssue[] {
  const sameYear = earlier.filter(
    (other) => other.year === notice.year && other.id !== notice.id && compareDates(effectiveIssuedOn(other), effectiveIssuedOn(notice)) <= 0,
  );
  let weekdayRest = 0;
  let weekendMakeup = 0;
  for (const [date, day] of arrangeDays([...sameYear, notice])) {
    if (day.kind === "holiday" && !isWeekend(date)) weekdayRest++;
    if (day.kind === "makeup" && isWeekend(date)) weekendMakeup++;
  }
  const counted = weekdayRest - weekendMakeup;
  const extra = [...sameYear, notice].reduce((sum, other) => sum + (other.extraStatutoryDays?.days ?? 0), 0);
  const expected = statutoryDayCount(notice.year) + extra;
  if (counted === expected) return [];
  return [
    {
      severity: "warning",
      message:
        `${notice.year} 年的放假安排折算为 ${counted} 天法定节假日（工作日放假 ${weekdayRest} 天，减去周末调休上班 ${weekendMakeup} 天），` +
        `与${STATUTORY_BASIS}规定的 ${expected} 天不符：请核对是否录入有误；若确为特殊安排（如延长假期），可确认后启用。`,
    },
  ];
}

/** Chinese messages for everything wrong or unusual in `notice`; empty when it can be activated as is. */
export function checkNotice(notice: HolidayNotice, earlier: readonly HolidayNotice[] = []): NoticeIssue[] {
  const issues = checkDates(notice);
  if (notice.festivals.length === 0) issues.push(error("通知中没有任何节日的放假安排"));
  // With wrong dates the count means nothing; fix those first.
  if (issues.length > 0) return issues;
  return checkStatutoryDays(notice, earlier);
}
