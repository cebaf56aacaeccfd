// "Today" for deadlines is the day on the wall calendar in China, wherever the server runs.
import type { CalendarDate } from "@/lib/calendar/date";

const CHINA = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export function todayInChina(now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return CHINA.format(now);
}
