// Deadlines of 《政府信息公开条例》 in working days, explained day by day.
//
// Counting (holidays.md §4.5, to be confirmed by legal): the day something is received is not
// counted, whatever kind of day it is; day 1 is the next working day, and the deadline is the
// N-th working day counted. A working day inside a pause (征求第三方或其他机关意见, art. 33) is
// not counted. After 补正 (art. 30) the reply period starts again from the day the 补正 is
// received: call computeDeadline with that date and `start: "correction"`.
import { AppError } from "@/lib/errors";
import { NATIONAL_CALENDAR, type Calendar } from "@/lib/calendar/calendar";
import { addDays, calendarDateProblem, compareDates, isWithin, weekdayName, type CalendarDate, type DateRange } from "@/lib/calendar/date";
import { describeDay } from "@/lib/calendar/explain";

/** 条例第三十三条: 20个工作日内予以答复; 延长的期限最长不得超过20个工作日. */
export const REPLY_WORKING_DAYS = 20;
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 条例第三十条: 自收到申请之日起7个工作日内一次性告知申请人作出补正. */
export const CORRECTION_REQUEST_WORKING_DAYS = 7;
/** 条例第三十二条 (third party) and 第三十四条 (co-producing agency): 15个工作日. */
export const CONSULTATION_WORKING_DAYS = 15;
/** Any longer period is a typing mistake, not a legal deadline. */
export const MAX_WORKING_DAYS = 250;

export interface PauseInterval extends DateRange {
  /** why the clock stops, e.g. 征求第三方意见; defaults to 征求第三方或其他机关意见 */
  reason?: string;
}

/** What arrived on the receipt day; only changes how that day is labelled. */
export type CountingStart = "application" | "correction" | "consultation";

const START_LABELS: Record<CountingStart, string> = {
  application: "收到申请当日不计入",
  correction: "收到补正当日不计入",
  consultation: "收到征求意见书当日不计入",
};

const DEFAULT_PAUSE_REASON = "征求第三方或其他机关意见";

export interface DeadlineInput {
  received: CalendarDate;
  /** working days; 20 unless given */
  days?: number;
  /** true adds 20 working days; a number adds that many (at most 20) */
  extend?: boolean | number;
  /** inclusive ranges whose working days are not counted */
  pauses?: readonly PauseInterval[];
  calendar?: Calendar;
  start?: CountingStart;
}

export interface DeadlineDay {
  date: CalendarDate;
  /** 周一 … 周日 */
  weekday: string;
  counted: boolean;
  /** the running count, on counted days */
  count?: number;
  reason: string;
  /** present when a notice that could change this day is missing */
  provisional?: true;
}

export interface Deadline {
  due: CalendarDate;
  /** 暂定: some day of the period lies where a notice is missing; recompute once it is loaded */
  provisional: boolean;
  /** the notice years that are missing, for the message */
  provisionalYears: number[];
  /** the working days counted, extension included */
  workingDays: number;
  /** from the receipt day to the due date, every calendar day */
  days: DeadlineDay[];
}

function invalid(message: string): AppError {
  return new AppError("INVALID_INPUT", message);
}

function extensionDays(extend: boolean | number): number {
  if (extend === false) return 0;
  if (extend === true) return MAX_EXTENSION_WORKING_DAYS;
  if (!Number.isInteger(extend) || extend < 0 || extend > MAX_EXTENSION_WORKING_DAYS) {
    throw invalid(`延长的期限应为 0 至 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条：延长的期限最长不得超过20个工作日）`);
  }
  return extend;
}

function checkInput({ received, days = REPLY_WORKING_DAYS, pauses = [] }: DeadlineInput): void {
  const problem = calendarDateProblem(received);
  if (problem) throw invalid(`收到日期：${problem}`);
  if (!Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS) {
    throw invalid(`期限应为 1 至 ${MAX_WORKING_DAYS} 之间的整数个工作日`);
  }
  for (const pause of pauses) {
    const pauseProblem = calendarDateProblem(pause.from) ?? calendarDateProblem(pause.to);
    if (pauseProblem) throw invalid(`暂停区间：${pauseProblem}`);
    if (compareDates(pause.from, pause.to) > 0) throw invalid(`暂停区间 ${pause.from}..${pause.to} 的开始日期晚于结束日期`);
  }
}

function pauseReason(pause: PauseInterval): string {
  return `暂停计算（${pause.reason ?? DEFAULT_PAUSE_REASON}，${pause.from} 至 ${pause.to}）`;
}

export function computeDeadline(input: DeadlineInput): Deadline {
  checkInput(input);
  const { received, days = REPLY_WORKING_DAYS, extend = false, pauses = [], calendar = NATIONAL_CALENDAR, start = "application" } = input;
  const workingDays = days + extensionDays(extend);
  const explained: DeadlineDay[] = [{ date: received, weekday: weekdayName(received), counted: false, reason: START_LABELS[start] }];
  const provisionalYears = new Set<number>();
  let count = 0;
  let date = received;
  while (count < workingDays) {
    date = addDays(date, 1);
    const kind = calendar.dayKind(date);
    const missing = calendar.missingNoticeYears(date);
    for (const year of missing) provisionalYears.add(year);
    const pause = kind.working ? pauses.find((interval) => isWithin(date, interval)) : undefined;
    const counted = kind.working && pause === undefined;
    if (counted) count++;
    explained.push({
      date,
      weekday: weekdayName(date),
      counted,
      ...(counted ? { count } : {}),
      reason: pause ? pauseReason(pause) : describeDay(kind, missing),
      ...(missing.length > 0 ? { provisional: true as const } : {}),
    });
  }
  const years = [...provisionalYears].sort((a, b) => a - b);
  return { due: date, provisional: years.length > 0, provisionalYears: years, workingDays, days: explained };
}

/** 条例第三十条: the last day to ask the applicant for 补正, 7 working days after receipt. */
export function correctionDue(received: CalendarDate, calendar: Calendar = NATIONAL_CALENDAR): Deadline {
  return computeDeadline({ received, days: CORRECTION_REQUEST_WORKING_DAYS, calendar });
}

/**
 * 条例第三十二条: the third party's 15 working days from receiving the request for its opinion
 * (the same period applies to a co-producing agency, art. 34). The time until its answer is a
 * pause of the reply period.
 */
export function consultationDue(received: CalendarDate, calendar: Calendar = NATIONAL_CALENDAR): Deadline {
  return computeDeadline({ received, days: CONSULTATION_WORKING_DAYS, calendar, start: "consultation" });
}
