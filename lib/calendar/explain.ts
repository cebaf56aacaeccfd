// The Chinese words for why a day is or is not a working day, citing the notice, as shown in a
// deadline's day-by-day explanation (holidays.md §4.6).
import type { DayKind, DayReason } from "@/lib/calendar/calendar";
import { STATUTORY_BASIS } from "@/lib/calendar/statutory";
import type { HolidayNotice } from "@/lib/calendar/types";

const REASON_LABELS: Record<DayReason, string> = {
  weekday: "工作日",
  weekend: "周末",
  holiday: "法定节假日",
  makeup: "调休上班日",
};

/** 国办发明电〔2024〕12号《…》, or the title and date while the 文号 is unverified. */
export function citeNotice(notice: HolidayNotice): string {
  if (notice.docNo) return `${notice.docNo}《${notice.title}》`;
  return `《${notice.title}》（${notice.issuedOn ?? "文号、日期未核实"}）`;
}

export function provisionalNote(missingNoticeYears: readonly number[]): string {
  return `暂定：尚无 ${missingNoticeYears.join("、")} 年放假安排通知`;
}

/** e.g. 法定节假日（春节，国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》） */
export function describeDay(kind: DayKind, missingNoticeYears: readonly number[] = []): string {
  const details: string[] = [];
  if (kind.festival) details.push(kind.festival, kind.notice ? citeNotice(kind.notice) : STATUTORY_BASIS);
  const parts = [details.join("，"), ...(missingNoticeYears.length > 0 ? [provisionalNote(missingNoticeYears)] : [])].filter(Boolean);
  const label = REASON_LABELS[kind.reason];
  return parts.length > 0 ? `${label}（${parts.join("；")}）` : label;
}
