// The dates from which a rule of the law applies to a request: one place, asked by date.
// Which 条例 applies is chosen in lib/calendar/law.ts; this module only names its date for the
// register's messages.
import { compareDates, type CalendarDate } from "@/lib/calendar/date";
import { LAW_2019_IN_FORCE_FROM, lawFor } from "@/lib/calendar/law";

/** The revised 条例 (国务院令第711号) took effect on this day; requests received before it fall under the 2007 条例. */
export const REVISED_REGULATION_FROM: CalendarDate = LAW_2019_IN_FORCE_FROM;

/** 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) applies from this day. */
export const FEE_RULES_FROM: CalendarDate = "2021-01-01";

/** Whether a request received on `receivedOn` is under the 2019 条例 (its arts. 30–35 periods, 延迟答复). */
export function underRevisedRegulation(receivedOn: CalendarDate): boolean {
  return lawFor(receivedOn).id === "2019";
}

/** Whether a 收费通知 dated `date` can rest on 国办函〔2020〕109号. */
export function feeRulesApply(date: CalendarDate): boolean {
  return compareDates(date, FEE_RULES_FROM) >= 0;
}
