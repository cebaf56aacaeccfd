// The reply deadline of one request, from its receipt and its events (条例 arts. 30–33):
// 20 working days after receipt (the receipt day not counted); 补正 asked at most once and
// within 7 working days of receipt, the 20 days starting again from receipt of the 补正, and
// no deadline running while the applicant has not sent it; the working days of a
// consultation (第三方 or 其他机关, arts. 32 and 34) not counted; an extension of at most 20
// working days approved by a named person, before the period runs out.
import { NATIONAL_CALENDAR, type Calendar } from "@/lib/calendar/calendar";
import { compareDates, type CalendarDate } from "@/lib/calendar/date";
import {
  computeDeadline,
  consultationDue,
  correctionDue,
  MAX_EXTENSION_WORKING_DAYS,
  type CountingStart,
  type Deadline,
  type PauseInterval,
} from "@/lib/calendar/deadline";
import { EVENT_KIND_LABELS, type EventKind } from "@/lib/register/vocabulary";

export interface TimelineEvent {
  kind: EventKind;
  date: CalendarDate;
  /** extended: working days granted (default 20) */
  days?: number | null;
  /** extended: who approved it */
  approvedBy?: string | null;
  /** answered: the outcome row */
  outcome?: string | null;
}

export interface RequestTimeline {
  receivedOn: CalendarDate;
  /** in the order they happened (same-day events keep their order) */
  events: readonly TimelineEvent[];
}

export type RequestState = "open" | "awaiting_correction" | "closed";

/** 状态 as the register's pages and its CSV export write it. */
export const STATE_LABELS: Record<RequestState, string> = { open: "办理中", awaiting_correction: "等待补正", closed: "已办结" };

/** 即将到期: due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 5;

export interface RequestDeadline {
  state: RequestState;
  /** null while the applicant's 补正 is awaited: no period runs */
  dueOn: CalendarDate | null;
  provisional: boolean;
  /** the running period explained day by day (from receipt, or from receipt of the 补正) */
  deadline: Deadline | null;
  /** 条例第三十条: the last day to ask for 补正 */
  correctionDueOn: CalendarDate;
  extendedDays: number;
  approvedBy: string | null;
  pauses: PauseInterval[];
  closedOn: CalendarDate | null;
  outcome: string | null;
  /** assumptions the due date rests on, in Chinese (an open consultation) */
  notes: string[];
  /** what breaks the 条例's procedure, in Chinese; empty when the timeline is sound */
  problems: string[];
}

const CONSULTATION = "征求第三方或其他机关意见";

interface Running {
  start: CalendarDate;
  startKind: CountingStart;
  pauses: PauseInterval[];
  openConsultation: CalendarDate | null;
  extendedDays: number;
}

function assumedPause(from: CalendarDate, calendar: Calendar): { pause: PauseInterval; note: string } {
  const until = consultationDue(from, calendar).due;
  return {
    pause: { from, to: until, reason: `${CONSULTATION}，尚未收到意见，暂按第三方答复期满日 ${until} 计` },
    note: `征求意见尚未结束：暂按 ${from} 起 15 个工作日（条例第三十二条）至 ${until} 不计入期限；收到意见后按实际日期重新计算。`,
  };
}

function runningDeadline(running: Running, calendar: Calendar): { deadline: Deadline; notes: string[] } {
  const pauses = [...running.pauses];
  const notes: string[] = [];
  if (running.openConsultation) {
    const { pause, note } = assumedPause(running.openConsultation, calendar);
    pauses.push(pause);
    notes.push(note);
  }
  const deadline = computeDeadline({
    received: running.start,
    start: running.startKind,
    extend: running.extendedDays,
    pauses,
    calendar,
  });
  return { deadline, notes };
}

/** Replays the events; `problems` lists every step the 条例 does not allow. */
export function requestDeadline(timeline: RequestTimeline, calendar: Calendar = NATIONAL_CALENDAR): RequestDeadline {
  const { receivedOn } = timeline;
  const correctionDueOn = correctionDue(receivedOn, calendar).due;
  const running: Running = { start: receivedOn, startKind: "application", pauses: [], openConsultation: null, extendedDays: 0 };
  const problems: string[] = [];
  let correction: "none" | "requested" | "received" = "none";
  let approvedBy: string | null = null;
  let closedOn: CalendarDate | null = null;
  let outcome: string | null = null;

  for (const event of timeline.events) {
    const label = EVENT_KIND_LABELS[event.kind];
    if (compareDates(event.date, receivedOn) < 0) {
      problems.push(`${label}的日期 ${event.date} 早于收到申请的日期 ${receivedOn}`);
      continue;
    }
    if (closedOn !== null && event.kind !== "fee_charged") {
      problems.push(`申请已于 ${closedOn} 办结，不能再记录“${label}”`);
      continue;
    }
    switch (event.kind) {
      case "correction_requested":
        if (correction !== "none") problems.push("补正只能告知一次（条例第三十条：一次性告知申请人作出补正）");
        else if (compareDates(event.date, correctionDueOn) > 0) {
          problems.push(`告知补正的日期 ${event.date} 晚于收到申请之日起 7 个工作日的期满日 ${correctionDueOn}（条例第三十条）`);
        } else correction = "requested";
        break;
      case "correction_received":
        if (correction !== "requested") problems.push("尚未告知补正，不能记录收到补正");
        else {
          correction = "received";
          // 条例第三十条: 答复期限自行政机关收到补正的申请之日起计算.
          Object.assign(running, { start: event.date, startKind: "correction", pauses: [], openConsultation: null });
        }
        break;
      case "consultation_started":
        if (running.openConsultation) problems.push(`上一次征求意见（${running.openConsultation} 开始）尚未结束`);
        else running.openConsultation = event.date;
        break;
      case "consultation_ended":
        if (!running.openConsultation) problems.push("没有正在进行的征求意见，不能记录收到意见");
        else {
          running.pauses.push({ from: running.openConsultation, to: event.date, reason: CONSULTATION });
          running.openConsultation = null;
        }
        break;
      case "extended": {
        const days = event.days ?? MAX_EXTENSION_WORKING_DAYS;
        const approver = event.approvedBy?.trim() ?? "";
        if (running.extendedDays > 0) problems.push("答复期限只能延长一次（条例第三十三条：延长的期限最长不得超过20个工作日）");
        else if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
          problems.push(`延长的期限应为 1 至 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条）`);
        } else if (!approver) problems.push("延长答复期限须写明批准人（条例第三十三条：经政府信息公开工作机构负责人同意）");
        else if (correction === "requested") problems.push("等待补正期间没有正在计算的答复期限，不能延长");
        else {
          const due = runningDeadline(running, calendar).deadline.due;
          if (compareDates(event.date, due) > 0) problems.push(`答复期限已于 ${due} 届满，${event.date} 不能再延长`);
          else {
            running.extendedDays = days;
            approvedBy = approver;
          }
        }
        break;
      }
      case "answered":
        if (!event.outcome) problems.push("答复办结须选择一项办理结果");
        else {
          closedOn = event.date;
          outcome = event.outcome;
          if (running.openConsultation) {
            running.pauses.push({ from: running.openConsultation, to: event.date, reason: CONSULTATION });
            running.openConsultation = null;
          }
        }
        break;
      case "fee_charged":
        break;
    }
  }

  const base = { correctionDueOn, extendedDays: running.extendedDays, approvedBy, closedOn, outcome, problems };
  if (correction === "requested") {
    // Closed while awaiting 补正 (逾期不补正), or still waiting: either way no reply period runs.
    return { ...base, state: closedOn ? "closed" : "awaiting_correction", dueOn: null, provisional: false, deadline: null, pauses: running.pauses, notes: [] };
  }
  const { deadline, notes } = runningDeadline(running, calendar);
  return {
    ...base,
    state: closedOn ? "closed" : "open",
    dueOn: deadline.due,
    provisional: deadline.provisional,
    deadline,
    pauses: running.pauses,
    notes: closedOn ? [] : notes,
  };
}
