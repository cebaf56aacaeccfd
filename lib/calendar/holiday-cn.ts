// Import of a notice from a NateScarlet/holiday-cn file (holidays.md §3), the machine-readable
// source that appears on the day of each notice: {"year", "papers": [url], "days": [{"name",
// "date", "isOffDay"}]}. It lists only the days the notice names, keyed by notice year, and
// leaves out weekend days a notice merely joins (与周末连休) — harmless for counting. It has no
// 文号 and no date, so the admin supplies them.
import { z } from "@/lib/zod";
import { calendarDateProblem, calendarDateSchema, compareDates, datesOf, isWeekend, type CalendarDate } from "@/lib/calendar/date";
import type { FestivalArrangement, HolidayNotice, NoticeKind } from "@/lib/calendar/types";

const dayEntrySchema = z.object({
  name: z.string({ error: "name 应为节日名称" }).trim().min(1, { error: "name 不能为空" }),
  date: calendarDateSchema,
  isOffDay: z.boolean({ error: "isOffDay 应为 true（放假）或 false（上班）" }),
});

const holidayCnFileSchema = z.object({
  year: z.number({ error: "year 应为年份数字" }).int({ error: "year 应为整数" }).min(2000, { error: "year 应在 2000 至 2100 之间" }).max(2100, { error: "year 应在 2000 至 2100 之间" }),
  papers: z.array(z.string({ error: "papers 应为网址列表" }), { error: "papers 应为网址列表" }),
  days: z.array(dayEntrySchema, { error: "days 应为日期列表" }),
});

export interface HolidayCnMeta {
  /** the notice's date, which the file does not carry */
  issuedOn: CalendarDate;
  docNo?: string | null;
  title?: string;
  kind?: NoticeKind;
}

export type HolidayCnResult = { ok: true; notice: HolidayNotice } | { ok: false; errors: string[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`)).join("");
}

interface Grouped {
  off: CalendarDate[];
  work: CalendarDate[];
}

function groupByFestival(days: z.infer<typeof dayEntrySchema>[]): { festivals: Map<string, Grouped>; errors: string[] } {
  const festivals = new Map<string, Grouped>();
  const seen = new Set<CalendarDate>();
  const errors: string[] = [];
  for (const { name, date, isOffDay } of days) {
    if (seen.has(date)) errors.push(`日期 ${date} 出现了不止一次`);
    seen.add(date);
    const group = festivals.get(name) ?? { off: [], work: [] };
    (isOffDay ? group.off : group.work).push(date);
    festivals.set(name, group);
  }
  return { festivals, errors };
}

/**
 * One rest span per festival: from its first to its last day off. A weekday inside the span
 * that is not listed off means two separate spans, which no notice has had; refuse rather than guess.
 */
function toArrangement(festival: string, { off, work }: Grouped, workdays: ReadonlySet<CalendarDate>): FestivalArrangement | string[] {
  if (off.length === 0) return [`${festival}：只有调休上班日，没有放假日期`];
  const sorted = [...off].sort(compareDates);
  const rest = { from: sorted[0], to: sorted[sorted.length - 1] };
  const listed = new Set(off);
  const gaps = datesOf(rest).filter((date) => !listed.has(date) && (!isWeekend(date) || workdays.has(date)));
  if (gaps.length > 0) return [`${festival}：放假日期不连续（${gaps.join("、")} 在放假期间内却未列为放假）`];
  return { festival, rest, makeupWorkdays: [...work].sort(compareDates) };
}

export function parseHolidayCnNotice(text: string, meta: HolidayCnMeta): HolidayCnResult {
  const metaProblem = calendarDateProblem(meta.issuedOn);
  if (metaProblem) return { ok: false, errors: [`通知日期：${metaProblem}`] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (cause) {
    return { ok: false, errors: [`不是有效的 JSON：${cause instanceof Error ? cause.message : String(cause)}`] };
  }
  const parsed = holidayCnFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${pathOf(issue.path) || "文件"}：${issue.message}`) };
  }
  const { year, papers, days } = parsed.data;
  // holiday-cn publishes an empty placeholder for a year whose notice is not out yet.
  if (days.length === 0) return { ok: false, errors: [`${year} 年的文件没有任何日期：通知可能尚未发布`] };
  const { festivals: grouped, errors } = groupByFestival(days);
  const workdays = new Set(days.filter((day) => !day.isOffDay).map((day) => day.date));
  const festivals: FestivalArrangement[] = [];
  for (const [name, group] of grouped) {
    const arrangement = toArrangement(name, group, workdays);
    if (Array.isArray(arrangement)) errors.push(...arrangement);
    else festivals.push(arrangement);
  }
  if (errors.length > 0) return { ok: false, errors };
  festivals.sort((a, b) => compareDates(a.rest.from, b.rest.from));
  return {
    ok: true,
    notice: {
      id: `holiday-cn-${year}-${meta.issuedOn}`,
      year,
      kind: meta.kind ?? "annual",
      title: meta.title ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
      docNo: meta.docNo ?? null,
      issuedOn: meta.issuedOn,
      sourceUrl: papers[0],
      festivals,
    },
  };
}
