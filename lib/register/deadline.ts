// The reply deadline of one request, from its receipt and its events, under the 条例 in force
// on the day it was received (lib/calendar/law.ts). Under the 2019 条例 (arts. 30–34): 20
// working days after receipt (the receipt day not counted); 补正 asked at most once and within
// 7 working days of receipt, the 20 days starting again from receipt of the 补正, and no
// deadline running while the applicant has not sent it; the working days of a consultation
// (第三方 or 其他机关) not counted; an extension of at most 20 working days approved by a named
// person, before the period runs out. Under the 2007 条例 (arts. 21, 23, 24): 15 + at most 15
// working days, no period for asking 补正, and no period for the third party's answer.
import { NATIONAL_CALENDAR, type Calendar } from "@/lib/calendar/calendar";
import { compareDates, type CalendarDate } from "@/lib/calendar/date";
import { computeDeadline, consultationDue, correctionDue, type CountingStart, type Deadline, type PauseInterval } from "@/lib/calendar/deadline";
import { lawFor, type DisclosureLaw } from "@/lib/calendar/law";
import { EVENT_KIND_LABELS, type EventKind } from "@/lib/register/vocabulary";

export interface TimelineEvent {
  kind: EventKind;
  date: CalendarDate;
  /** extended: working days granted (default: the law's longest extension) */
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
  /** the 条例 in force on the day the application was received */
  law: DisclosureLaw;
  state: RequestState;
  /** null while the applicant's 补正 is awaited: no period runs */
  dueOn: CalendarDate | null;
  provisional: boolean;
  /** the running period explained day by day (from receipt, or from receipt of the 补正) */
  deadline: Deadline | null;
  /** 条例第三十条: the last day to ask for 补正; null under the 2007 条例, which sets none */
  correctionDueOn: CalendarDate | null;
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
  law: DisclosureLaw;
  start: CalendarDate;
  startKind: CountingStart;
  pauses: PauseInterval[];
  openConsultation: CalendarDate | null;
  extendedDays: number;
}

function assumedPause(from: CalendarDate, law: DisclosureLaw, calendar: Calendar): { pause: PauseInterval; note: string } {
  const until = consultationDue(from, law, calendar)?.due;
  if (until === undefined || !law.consultationPeriod) {
    // 2007年《条例》第二十三条 gives the third party no period: when the opinion comes is unknown.
    return {
      pause: { from, to: from, reason: `征求第三方意见，尚未收到意见` },
      note:
        `征求第三方意见尚未结束：${law.consultationRule}，但2007年《条例》第二十三条没有规定第三方答复的期限，无法预计何时收到意见。` +
        `此处只扣除了开始征求意见当日，期满日是最早的可能日期；收到意见后按实际日期重新计算。`,
    };
  }
  return {
    pause: { from, to: until, reason: `${CONSULTATION}，尚未收到意见，暂按第三方答复期满日 ${until} 计` },
    note: `征求意见尚未结束：暂按 ${from} 起 ${law.consultationPeriod.workingDays} 个工作日（${law.consultationPeriod.article}）至 ${until} 不计入期限；收到意见后按实际日期重新计算。`,
  };
}

function runningDeadline(running: Running, calendar: Calendar): { deadline: Deadline; notes: string[] } {
  const pauses = [...running.pauses];
  const notes: string[] = [];
  if (running.openConsultation) {
    const { pause, note } = assumedPause(running.openConsultation, running.law, calendar);
    pauses.push(pause);
    notes.push(note);
  }
  const deadline = computeDeadline({
    received: running.start,
    law: running.law,
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
  const law = lawFor(receivedOn);
  const correctionDueOn = correctionDue(receivedOn, calendar)?.due ?? null;
  const running: Running = { law, start: receivedOn, startKind: "application", pauses: [], openConsultation: null, extendedDays: 0 };
  const lawNotes: string[] = [];
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
      case "correction_requested": {
        const rule = law.correctionRequest;
        if (!rule) {
          // 2007年《条例》第二十一条第（四）项: 告知申请人作出更改、补充 — no time limit, no "一次性".
          if (correction === "requested") problems.push("上一次告知的补正尚未收到，不能再次告知补正");
          else correction = "requested";
        } else if (correction !== "none") problems.push(`补正只能告知一次（${rule.article}：一次性告知申请人作出补正）`);
        else if (correctionDueOn !== null && compareDates(event.date, correctionDueOn) > 0) {
          problems.push(`告知补正的日期 ${event.date} 晚于收到申请之日起 ${rule.workingDays} 个工作日的期满日 ${correctionDueOn}（${rule.article}）`);
        } else correction = "requested";
        break;
      }
      case "correction_received":
        if (correction !== "requested") problems.push("尚未告知补正，不能记录收到补正");
        else {
          correction = "received";
          // 条例第三十条: 答复期限自行政机关收到补正的申请之日起计算. The 2007 条例 says nothing; the register counts the same way and says so.
          Object.assign(running, { start: event.date, startKind: "correction", pauses: [], openConsultation: null });
          if (!law.correctionRequest && !lawNotes.includes(law.afterCorrection)) lawNotes.push(law.afterCorrection);
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
        const days = event.days ?? law.maxExtensionWorkingDays;
        const approver = event.approvedBy?.trim() ?? "";
        if (running.extendedDays > 0) problems.push(`答复期限只能延长一次（${law.replyArticle}：${law.extensionLimit}）`);
        else if (!Number.isInteger(days) || days < 1 || days > law.maxExtensionWorkingDays) {
          problems.push(`延长的期限应为 1 至 ${law.maxExtensionWorkingDays} 个工作日（${law.replyArticle}）`);
        } else if (!approver) problems.push(`延长答复期限须写明批准人（${law.replyArticle}：经政府信息公开工作机构负责人同意）`);
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

  const base = { law, correctionDueOn, extendedDays: running.extendedDays, approvedBy, closedOn, outcome, problems };
  if (correction === "requested") {
    // Closed while awaiting 补正 (逾期不补正), or still waiting: either way no reply period runs.
    return { ...base, state: closedOn ? "closed" : "awaiting_correction", dueOn: null, provisional: false, deadline: null, pauses: running.pauses, notes: lawNotes };
  }
  const { deadline, notes } = runningDeadline(running, calendar);
  return {
    ...base,
    state: closedOn ? "closed" : "open",
    dueOn: deadline.due,
    provisional: deadline.provisional,
    deadline,
    pauses: running.pauses,
    notes: [...lawNotes, ...(closedOn ? [] : notes)],
  };
}
