// The dates from which a rule of the law applies to a request: one place, asked by date.
import { compareDates, type CalendarDate } from "@/lib/calendar/date";

/** The revised 条例 (国务院令第711号) took effect on this day; requests received before it fall under the 2007 条例. */
export const REVISED_REGULATION_FROM: CalendarDate = "2019-05-15";

/** 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) applies from this day. */
export const FEE_RULES_FROM: CalendarDate = "2021-01-01";

/** Whether a request received on `receivedOn` is under the 2019 条例 (its arts. 30–35 periods, 延迟答复). */
export function underRevisedRegulation(receivedOn: CalendarDate): boolean {
  return compareDates(receivedOn, REVISED_REGULATION_FROM) >= 0;
}

/** Whether a 收费通知 dated `date` can rest on 国办函〔2020〕109号. */
export function feeRulesApply(date: CalendarDate): boolean {
  return compareDates(date, FEE_RULES_FROM) >= 0;
}
