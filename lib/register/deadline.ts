// The reply deadline of one request, from its receipt and its events, under the 条例 in force
// on the day it was received (lib/calendar/law.ts). Under the 2019 条例 (arts. 30–34): 20
// working days after receipt (the receipt day not counted); 补正 asked at most once and within
// 7 working days of receipt, the 20 days starting again from receipt of the 补正, and no
// deadline running while the applicant has not sent it; the working days of a consultation
// (第三方 or 其他机关) not counted; an extension of at most 20 working days approved by a named
// person, before the period runs out. Under the 2007 条例 (arts. 21, 23, 24): 15 + at most 15
// working days, no period for asking 补正, and no period for the third party's answer.
// 条例第三十五条 (2019 条例 only): for mass requests, a reasonable later period set and told to
// the applicant, which is then the due date. 国办函〔2020〕109号: the time from the 收费通知 to
// payment is not counted, and the applicant has 20 working days to pay (lib/register/fees.ts).
import { NATIONAL_CALENDAR, type Calendar } from "@/lib/calendar/calendar";
import { compareDates, type CalendarDate } from "@/lib/calendar/date";
import { computeDeadline, consultationDue, correctionDue, type CountingStart, type Deadline, type PauseInterval } from "@/lib/calendar/deadline";
import { lawFor, type DisclosureLaw } from "@/lib/calendar/law";
import { FEE_PAYMENT_WORKING_DAYS } from "@/lib/register/fees";
import { FEE_RULES_FROM, feeRulesApply, REVISED_REGULATION_FROM, underRevisedRegulation } from "@/lib/register/law-dates";
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
  /** delayed_reply: the end of the reasonable period told to the applicant */
  untilOn?: CalendarDate | null;
  /** delayed_reply: the reason */
  note?: string | null;
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

/** 条例第三十五条: the reasonable period set and told to the applicant. */
export interface DelayedReply {
  toldOn: CalendarDate;
  untilOn: CalendarDate;
  reason: string;
}

/** 国办函〔2020〕109号: the 收费通知, the applicant's payment window and the payment. */
export interface FeeNotice {
  notifiedOn: CalendarDate;
  /** the last day of the 20 working days to pay */
  payBy: CalendarDate;
  paidOn: CalendarDate | null;
}

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
  delayedReply: DelayedReply | null;
  feeNotice: FeeNotice | null;
  /** closed after its due date (逾期答复) */
  answeredLate: boolean;
  /** assumptions the due date rests on, in Chinese (an open consultation) */
  notes: string[];
  /** what breaks the 条例's procedure, in Chinese; empty when the timeline is sound */
  problems: string[];
}

const CONSULTATION = "征求第三方或其他机关意见";
const AWAITING_PAYMENT = "自发出收费通知至申请人缴费";

/** 申请人自收到收费通知之日起20个工作日内缴纳: counted from the day the notice is recorded as sent. */
export function feePaymentDue(notifiedOn: CalendarDate, calendar: Calendar = NATIONAL_CALENDAR): Deadline {
  return computeDeadline({ received: notifiedOn, days: FEE_PAYMENT_WORKING_DAYS, calendar });
}

/** The marks of a request in the list: 已逾期 / 即将到期 while open, 逾期答复 once closed after its due date. */
export function dueMarks(
  request: { closedOn: CalendarDate | null; dueOn: CalendarDate | null },
  today: CalendarDate,
  soonUntil: CalendarDate,
): { overdue: boolean; dueSoon: boolean; answeredLate: boolean } {
  const { closedOn, dueOn } = request;
  if (dueOn === null) return { overdue: false, dueSoon: false, answeredLate: false };
  if (closedOn !== null) return { overdue: false, dueSoon: false, answeredLate: compareDates(closedOn, dueOn) > 0 };
  return { overdue: compareDates(dueOn, today) < 0, dueSoon: compareDates(today, dueOn) <= 0 && compareDates(dueOn, soonUntil) <= 0, answeredLate: false };
}

interface Running {
  law: DisclosureLaw;
  start: CalendarDate;
  startKind: CountingStart;
  pauses: PauseInterval[];
  openConsultation: CalendarDate | null;
  /** the 收费通知 not yet paid: its date and the last day to pay */
  openFeeNotice: { from: CalendarDate; payBy: CalendarDate } | null;
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
  if (running.openFeeNotice) {
    const { from, payBy } = running.openFeeNotice;
    pauses.push({ from, to: payBy, reason: `${AWAITING_PAYMENT}，尚未缴费，暂按缴费期满日 ${payBy} 计` });
    notes.push(`收费通知已于 ${from} 发出，尚未收到缴费：暂按至缴费期满日 ${payBy} 不计入答复期限（国办函〔2020〕109号）；收到缴费后按实际日期重新计算。`);
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
  const running: Running = { law, start: receivedOn, startKind: "application", pauses: [], openConsultation: null, openFeeNotice: null, extendedDays: 0 };
  const lawNotes: string[] = [];
  const problems: string[] = [];
  let correction: "none" | "requested" | "received" = "none";
  let approvedBy: string | null = null;
  let closedOn: CalendarDate | null = null;
  let outcome: string | null = null;
  let delayedReply: DelayedReply | null = null;
  let feeNotice: FeeNotice | null = null;

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
        if (delayedReply) problems.push("已依条例第三十五条确定延迟答复的合理期限，不能再延长答复期限");
        else if (running.extendedDays > 0) problems.push(`答复期限只能延长一次（${law.replyArticle}：${law.extensionLimit}）`);
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
          if (running.openFeeNotice) {
            running.pauses.push({ from: running.openFeeNotice.from, to: event.date, reason: AWAITING_PAYMENT });
            running.openFeeNotice = null;
          }
        }
        break;
      case "delayed_reply": {
        const until = event.untilOn ?? null;
        const reason = event.note?.trim() ?? "";
        if (!underRevisedRegulation(receivedOn)) {
          problems.push(`延迟答复（条例第三十五条）只适用于 ${REVISED_REGULATION_FROM} 以后收到的申请；本申请收到于 ${receivedOn}`);
        } else if (delayedReply) problems.push("延迟答复的合理期限只能确定一次");
        else if (!reason) problems.push("延迟答复须写明理由（条例第三十五条）");
        else if (!until) problems.push("延迟答复须写明告知申请人的合理期限（日期）");
        else if (correction === "requested") problems.push("等待补正期间没有正在计算的答复期限，不能确定延迟答复");
        else {
          const due = runningDeadline(running, calendar).deadline.due;
          if (compareDates(event.date, due) > 0) problems.push(`答复期限已于 ${due} 届满，${event.date} 不能再确定延迟答复`);
          else if (compareDates(until, due) < 0) problems.push(`告知的合理期限 ${until} 早于当前的答复期满日 ${due}`);
          else delayedReply = { toldOn: event.date, untilOn: until, reason };
        }
        break;
      }
      case "fee_notified":
        if (!feeRulesApply(event.date)) problems.push(`收费通知（国办函〔2020〕109号）只适用于 ${FEE_RULES_FROM} 以后`);
        else if (feeNotice) problems.push("每件申请只发出一次收费通知");
        else if (correction === "requested") problems.push("等待补正期间不能发出收费通知");
        else {
          const payBy = feePaymentDue(event.date, calendar).due;
          feeNotice = { notifiedOn: event.date, payBy, paidOn: null };
          running.openFeeNotice = { from: event.date, payBy };
        }
        break;
      case "fee_paid":
        if (!running.openFeeNotice) problems.push(feeNotice ? "已记录收到缴费" : "尚未发出收费通知，不能记录收到缴费");
        else {
          feeNotice = { notifiedOn: running.openFeeNotice.from, payBy: running.openFeeNotice.payBy, paidOn: event.date };
          // 自发出收费通知至缴费之日 not counted in the reply period.
          running.pauses.push({ from: running.openFeeNotice.from, to: event.date, reason: AWAITING_PAYMENT });
          running.openFeeNotice = null;
        }
        break;
      case "fee_charged":
        break;
    }
  }

  const base = { law, correctionDueOn, extendedDays: running.extendedDays, approvedBy, closedOn, outcome, delayedReply, feeNotice, problems };
  if (correction === "requested") {
    // Closed while awaiting 补正 (逾期不补正), or still waiting: either way no reply period runs.
    return { ...base, state: closedOn ? "closed" : "awaiting_correction", dueOn: null, provisional: false, deadline: null, pauses: running.pauses, answeredLate: false, notes: lawNotes };
  }
  const { deadline, notes } = runningDeadline(running, calendar);
  // 条例第三十五条: the period told to the applicant is the due date. It is a date the applicant
  // was told, so later pauses (征求意见, 收费通知) do not move it.
  const dueOn = delayedReply ? delayedReply.untilOn : deadline.due;
  return {
    ...base,
    state: closedOn ? "closed" : "open",
    dueOn,
    provisional: delayedReply ? false : deadline.provisional,
    deadline,
    pauses: running.pauses,
    answeredLate: closedOn !== null && compareDates(closedOn, dueOn) > 0,
    notes: [...lawNotes, ...(closedOn ? [] : notes)],
  };
}
