// The years a report may cover, in one place: every form, schema, command and data function
// that takes a report year asks this module.
import { AppError } from "../errors";
import { yearOf } from "../calendar/date";
import { todayInChina } from "../register/today";

/** 《政府信息公开条例》took effect in 2008: the first year with an annual report. */
export const MIN_REPORT_YEAR = 2008;
export const MAX_REPORT_YEAR = 2100;

export const REPORT_YEAR_MESSAGE = `年度须为${MIN_REPORT_YEAR}至${MAX_REPORT_YEAR}之间的四位数字`;

export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR;
}

/** A year as typed in a form or a query string ("2021"), or null when it is not a report year. */
export function parseReportYear(text: string | undefined): number | null {
  if (text === undefined || !/^\s*\d{4}\s*$/.test(text)) return null;
  const year = Number(text);
  return isReportYear(year) ? year : null;
}

/** For data functions: refuses a year outside the range before anything is read or written. */
export function assertReportYear(year: number): void {
  if (!isReportYear(year)) throw new AppError("INVALID_INPUT", `${REPORT_YEAR_MESSAGE}。`);
}

/**
 * The year whose reports are being written or have just been: reports on year Y are due by
 * 1月31日 of Y+1 (条例第四十九条), so all through Y+1 the year being reported on is Y, on
 * China's calendar whatever the server's time zone.
 */
export function reportingYear(now: Date = new Date()): number {
  return yearOf(todayInChina(now)) - 1;
}
