// Deadlines of 《政府信息公开条例》 in working days, explained day by day. The periods are those of
// the law in force on the day the application was received (lib/calendar/law.ts).
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
import { lawFor, type DisclosureLaw } from "@/lib/calendar/law";

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
  /** the law whose periods apply; by default the one in force on `received` (pass the application's law when counting from a 补正) */
  law?: DisclosureLaw;
  /** working days; the law's reply period unless given */
  days?: number;
  /** true adds the law's longest extension; a number adds that many (at most that) */
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

function extensionDays(extend: boolean | number, law: DisclosureLaw): number {
  if (extend === false) return 0;
  if (extend === true) return law.maxExtensionWorkingDays;
  if (!Number.isInteger(extend) || extend < 0 || extend > law.maxExtensionWorkingDays) {
    throw invalid(`延长的期限应为 0 至 ${law.maxExtensionWorkingDays} 个工作日（${law.replyArticle}：${law.extensionLimit}）`);
  }
  return extend;
}

function checkInput({ received, days = 1, pauses = [] }: DeadlineInput): void {
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
  const { received, extend = false, pauses = [], calendar = NATIONAL_CALENDAR, start = "application" } = input;
  const law = input.law ?? lawFor(received);
  const days = input.days ?? law.replyWorkingDays;
  const workingDays = days + extensionDays(extend, law);
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

/**
 * 条例第三十条: the last day to ask the applicant for 补正, 7 working days after receipt; null
 * under the 2007 条例, which sets no such period.
 */
export function correctionDue(received: CalendarDate, calendar: Calendar = NATIONAL_CALENDAR): Deadline | null {
  const law = lawFor(received);
  return law.correctionRequest ? computeDeadline({ received, law, days: law.correctionRequest.workingDays, calendar }) : null;
}

/**
 * 条例第三十二条: the third party's 15 working days from receiving the request for its opinion
 * (the same period applies to a co-producing agency, art. 34). The time until its answer is a
 * pause of the reply period. Null under the 2007 条例, which gives the third party no period.
 */
export function consultationDue(started: CalendarDate, law: DisclosureLaw, calendar: Calendar = NATIONAL_CALENDAR): Deadline | null {
  const period = law.consultationPeriod;
  return period ? computeDeadline({ received: started, law, days: period.workingDays, calendar, start: "consultation" }) : null;
}
