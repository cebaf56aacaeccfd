// Working days, holidays and deadlines (条例 arts. 29–42) on the 国务院办公厅 notices.
export { createCalendar, NATIONAL_CALENDAR, type Calendar, type CalendarOptions, type DayKind, type DayReason } from "@/lib/calendar/calendar";
export { checkNotice, type NoticeIssue } from "@/lib/calendar/checks";
export * from "@/lib/calendar/date";
export {
  computeDeadline,
  consultationDue,
  correctionDue,
  type CountingStart,
  type Deadline,
  type DeadlineDay,
  type DeadlineInput,
  type PauseInterval,
} from "@/lib/calendar/deadline";
export { citeNotice, describeDay } from "@/lib/calendar/explain";
export { parseHolidayCnNotice, type HolidayCnMeta, type HolidayCnResult } from "@/lib/calendar/holiday-cn";
export { applicableLawLabel, DISCLOSURE_LAWS, lawFor, MAX_EXTENSION_ANY_LAW, type DisclosureLaw, type LawId } from "@/lib/calendar/law";
export { HOLIDAY_NOTICES } from "@/lib/calendar/notices";
export { statutoryDayCount, statutoryHolidays, type StatutoryHoliday } from "@/lib/calendar/statutory";
export type { FestivalArrangement, HolidayNotice, NoticeKind } from "@/lib/calendar/types";
