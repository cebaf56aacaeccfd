// A 国务院办公厅 holiday notice as the calendar needs it: which days are rest days (放假) and
// which weekend days are working days (调休上班), per festival, and where that was said, so
// every day of a deadline can cite its notice.
import type { CalendarDate, DateRange } from "@/lib/calendar/date";

/**
 * annual: 关于YYYY年部分节假日安排的通知. amendment: a later notice that changes some days of
 * one year (2019 劳动节 调整, 2020 春节 延长); for the dates it lists, it wins over the annual one.
 */
export type NoticeKind = "annual" | "amendment";

export interface FestivalArrangement {
  /** as the notice names it: 春节, 国庆节、中秋节 … */
  festival: string;
  /** the consecutive rest span (放假), weekend days included where the notice joins them (与周末连休) */
  rest: DateRange;
  /** Saturdays and Sundays that are working days (调休上班) */
  makeupWorkdays: readonly CalendarDate[];
}

export interface HolidayNotice {
  /** stable key of the project data, e.g. "2025" or "2020-spring-festival-extension" */
  id: string;
  /** the year whose holidays it arranges (its 元旦 may start in the December before) */
  year: number;
  kind: NoticeKind;
  title: string;
  /** 文号, e.g. 国办发明电〔2024〕12号; null while it has not been verified */
  docNo: string | null;
  /**
   * the notice's date as holidays.md gives it (签发 date where it differs from publication);
   * null while it has not been verified (the note says what is known)
   */
  issuedOn: CalendarDate | null;
  sourceUrl?: string;
  /** what is uncertain about this record, shown to the admin */
  note?: string;
  festivals: readonly FestivalArrangement[];
  /**
   * Days off that this notice grants beyond the 放假办法 (the 2015 抗战胜利70周年纪念日: 国发明电〔2015〕1号),
   * with its words: the statutory-days check adds them to the year's count instead of warning.
   */
  extraStatutoryDays?: { days: number; basis: string };
}
