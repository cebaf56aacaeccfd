// deadline --received YYYY-MM-DD [--days N] [--extend] [--pause FROM..TO]… [--json]: the due
// date of a request on the holiday calendar, explained day by day (design.md §8), with the
// periods of the 条例 in force on the day received (lib/calendar/law.ts). The first line of
// stdout is the due date alone, so scripts can `head -1`.
import { parseCommandArgs, required, UsageError } from "@/lib/cli/args";
import { commandLineCalendar } from "@/lib/cli/calendar";
import { say, writeData } from "@/lib/cli/output";
import { PROGRAM } from "@/lib/cli/program";
import { calendarDateProblem, compareDates, weekdayName } from "@/lib/calendar/date";
import { computeDeadline, MAX_WORKING_DAYS, type Deadline, type PauseInterval } from "@/lib/calendar/deadline";
import { DISCLOSURE_LAWS, lawFor, type DisclosureLaw } from "@/lib/calendar/law";
import { STATUTORY_BASIS } from "@/lib/calendar/statutory";

const OPTIONS = {
  received: { type: "string", value: "YYYY-MM-DD" },
  days: { type: "string", value: "N" },
  extend: { type: "boolean" },
  pause: { type: "string", multiple: true, value: "FROM..TO" },
  json: { type: "boolean" },
} as const;

const perLaw = (what: (law: DisclosureLaw) => string) => DISCLOSURE_LAWS.map(what).join("；");

export const usage = `用法：${PROGRAM} deadline --received YYYY-MM-DD [--days N] [--extend] [--pause FROM..TO]… [--json]

按国务院办公厅的放假安排（节假日和调休上班日）计算答复期限，并逐日说明每一天是否计入及其原因。
收到申请当日不计入，自下一个工作日起算第 1 个工作日，第 N 个工作日即为期满日。
期限按收到申请之日施行的《政府信息公开条例》：${perLaw((law) => `${law.inForceFrom} 起${law.name} ${law.replyWorkingDays} 个工作日（${law.replyArticle}）`)}。
标准输出的第一行只有期满日（YYYY-MM-DD），之后是逐日说明。
使用数据库中已生效的放假安排通知（管理员可添加新年度的通知）；尚无数据库或数据库正被另一进程使用时，使用项目自带的 2008—2026 年通知。

选项：
  --received YYYY-MM-DD   收到申请的日期（补正后重新计算时，为收到补正的日期）
  --days N                期限的工作日数，默认为收到之日施行的《条例》的答复期限（补正告知为 7，第三方意见为 15）
  --extend                经负责人同意延长，另加该《条例》允许的最长延长期限（${perLaw((law) => `${law.cite} ${law.maxExtensionWorkingDays} 个工作日`)}）
  --pause FROM..TO        暂停计算的区间（含首尾两天），如征求第三方或其他机关意见的时间；可以写多次
  --json                  以 JSON 输出：{"due", "provisional", "days": [{"date", "weekday", "counted", "count", "reason"}]}
  --help                  显示本说明

尚无放假安排通知的年份按周末和${STATUTORY_BASIS}的法定节日计算，结果标为“暂定”，通知发布后应重新计算。

例：${PROGRAM} deadline --received 2025-01-20 --extend --pause 2025-02-10..2025-02-14

退出码：0 成功；2 日期或参数有误。
`;

function parseDays(value: string | undefined, law: DisclosureLaw): number {
  if (value === undefined) return law.replyWorkingDays;
  const days = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS) {
    throw new UsageError(`--days 的值“${value}”无效，应为 1 至 ${MAX_WORKING_DAYS} 之间的整数`);
  }
  return days;
}

function parseDate(value: string, option: string): string {
  const problem = calendarDateProblem(value);
  if (problem) throw new UsageError(`${option}：${problem}`);
  return value;
}

function parsePause(value: string): PauseInterval {
  const match = /^([^.]+)\.\.([^.]+)$/.exec(value);
  if (!match) throw new UsageError(`--pause 的值“${value}”无效，应为 FROM..TO，例如 2025-03-03..2025-03-14`);
  const from = parseDate(match[1], "--pause");
  const to = parseDate(match[2], "--pause");
  if (compareDates(from, to) > 0) throw new UsageError(`--pause 的开始日期 ${from} 晚于结束日期 ${to}`);
  return { from, to };
}

/** Columns of the explanation line up in a terminal: CJK characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function provisionalMessage(deadline: Deadline): string {
  // "受其影响": a missing notice also reaches back into the December before its year.
  return `暂定：尚无 ${deadline.provisionalYears.join("、")} 年放假安排通知，期间内受其影响的日期只按周末和${STATUTORY_BASIS}的法定节日计算；通知发布后应重新计算。`;
}

function summary(law: DisclosureLaw, received: string, days: number, extend: boolean, pauses: readonly PauseInterval[], deadline: Deadline): string {
  const period = extend ? `${days} 个工作日，延长 ${law.maxExtensionWorkingDays} 个工作日，共 ${deadline.workingDays} 个工作日` : `${days} 个工作日`;
  const paused = pauses.length > 0 ? `，暂停计算 ${pauses.map((pause) => `${pause.from} 至 ${pause.to}`).join("、")}` : "";
  const due = `${deadline.due}（${weekdayName(deadline.due)}）${deadline.provisional ? "（暂定）" : ""}`;
  return `收到日期 ${received}（${weekdayName(received)}），期限 ${period}${paused}，收到当日不计入；期满日 ${due}。`;
}

function lawLine(law: DisclosureLaw, days: number, extend: boolean): string {
  const period = days === law.replyWorkingDays ? `答复期限 ${law.replyWorkingDays} 个工作日` : `期限按 --days 为 ${days} 个工作日`;
  const extension = extend ? `，延长最长 ${law.maxExtensionWorkingDays} 个工作日` : "";
  return `适用${law.name}（${law.enactment}）：${period}${extension}（${law.replyArticle}）。`;
}

function explanation(law: DisclosureLaw, received: string, days: number, extend: boolean, pauses: readonly PauseInterval[], deadline: Deadline): string {
  const lines = [deadline.due, summary(law, received, days, extend, pauses, deadline), lawLine(law, days, extend)];
  if (deadline.provisional) lines.push(provisionalMessage(deadline));
  for (const day of deadline.days) {
    const status = day.counted ? `第${day.count}个工作日` : "不计";
    lines.push(`${day.date}  ${day.weekday}  ${padEnd(status, 12)}  ${day.reason}`);
  }
  return `${lines.join("\n")}\n`;
}

export async function run(args: readonly string[]): Promise<0 | 1 | 2> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const received = parseDate(required(values.received, "--received"), "--received");
  const law = lawFor(received);
  const days = parseDays(values.days, law);
  const pauses = values.pause.map(parsePause);
  const calendar = await commandLineCalendar();
  const deadline = computeDeadline({ received, law, days, extend: values.extend, pauses, calendar });
  if (values.json) {
    const { due, provisional, days: explained } = deadline;
    writeData(`${JSON.stringify({ due, provisional, days: explained })}\n`);
  } else {
    writeData(explanation(law, received, days, values.extend, pauses, deadline));
  }
  if (deadline.provisional) say(provisionalMessage(deadline));
  return 0;
}
