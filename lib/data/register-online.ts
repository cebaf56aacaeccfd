// The register as the public meets it: an application sent through the 网络申请 form, the
// applicant's status query, and the 补正 the applicant answers online. Writes go through the
// register's own internals (insertRequest, recordEvent of lib/data/register.ts), audited as
// the public source they come from. The applicant sees only what ApplicantStatus holds.
import type { Deadline } from "@/lib/calendar/deadline";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadCalendar } from "@/lib/data/calendar";
import type { PublicSource } from "@/lib/data/audit";
import { insertRequest, recordEvent, requestEventsInclude, type CreatedRequest } from "@/lib/data/register";
import { deadlineOf } from "@/lib/data/register-timeline";
import type { OnlineApplication } from "@/lib/register/applicant";
import { STATE_LABELS, type RequestState } from "@/lib/register/deadline";
import { outcomeLabel } from "@/lib/register/structure";
import { todayInChina } from "@/lib/register/today";
import { INFO_FORMS, choiceLabel } from "@/lib/register/vocabulary";
import { z } from "@/lib/zod";

const ONLINE: PublicSource = { kind: "public", via: "网络申请" };
const APPLICANT: PublicSource = { kind: "public", via: "申请人网上补正" };

export interface ApplyUnit {
  id: string;
  slug: string;
  name: string;
}

/** The unit a 网络申请 is sent to, by its slug: any unit keeps a register. */
export async function findApplyUnit(slug: string): Promise<ApplyUnit | null> {
  return db().org.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

/**
 * Records a 网络申请 in the unit's register: channel 网络, received today in China (条例第三十一条:
 * 通过互联网渠道提交的，以双方确认之日为收到申请之日; the system confirms it at once).
 */
export async function createOnlineRequest(options: { orgId: string; input: OnlineApplication; today?: string }): Promise<CreatedRequest & { receivedOn: string }> {
  const { input } = options;
  const receivedOn = options.today ?? todayInChina();
  const created = await insertRequest(ONLINE, {
    orgId: options.orgId,
    origin: "online",
    channel: "online",
    receivedOn,
    applicantType: input.applicantType,
    applicantName: input.applicantName,
    applicantIdType: input.idType,
    applicantIdNumber: input.idNumber,
    applicantPhone: input.phone,
    applicantEmail: input.email ?? null,
    applicantAddress: input.address ?? null,
    infoTitle: input.infoTitle ?? null,
    infoDocNo: input.infoDocNo ?? null,
    subject: input.description ?? [input.infoTitle, input.infoDocNo].filter(Boolean).join(" "),
    formWanted: input.formOther ? `${choiceLabel(INFO_FORMS, input.formWanted)}：${input.formOther}` : choiceLabel(INFO_FORMS, input.formWanted),
    deliveryMethod: input.deliveryMethod,
    deliveryOther: input.deliveryOther ?? null,
  });
  return { ...created, receivedOn };
}

/**
 * The requests with this tracking number whose applicant gave this phone or e-mail (one,
 * unless the same applicant's requests to two units share a number); none for any wrong pair.
 */
export async function findApplicantRequests(options: { trackingNumber: string; contact: { phone: string } | { email: string } }): Promise<string[]> {
  const contact = "phone" in options.contact ? { applicantPhone: options.contact.phone } : { applicantEmail: options.contact.email };
  const rows = await db().infoRequest.findMany({
    where: { trackingNumber: options.trackingNumber.trim(), origin: "online", ...contact },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.id);
}

export interface ApplicantStatus {
  id: string;
  unitName: string;
  trackingNumber: string;
  receivedOn: string;
  state: RequestState;
  stateLabel: string;
  dueOn: string | null;
  extendedDays: number;
  /** the running period explained day by day (null while the 补正 is awaited, and once answered) */
  deadline: Deadline | null;
  /** what the unit asked to be corrected (告知补正's note), once asked */
  correction: { askedOn: string; text: string | null; answeredOn: string | null; answerText: string | null; byApplicant: boolean } | null;
  /** 条例第三十五条: the later period the unit set and told, and why */
  delayedReply: { toldOn: string; untilOn: string; reason: string } | null;
  /** 国办函〔2020〕109号: the 收费通知, the last day to pay and the payment */
  feeNotice: { notifiedOn: string; payBy: string; paidOn: string | null; amountYuan: number | null } | null;
  /** the reply once answered: the outcome as 表三 words it and the unit's reply text */
  reply: { answeredOn: string; outcome: string; text: string | null } | null;
}

/** What the applicant may see of each of these requests: nothing of the applicant, nothing of others. */
export async function applicantStatus(requestIds: readonly string[]): Promise<ApplicantStatus[]> {
  if (requestIds.length === 0) return [];
  const rows = await db().infoRequest.findMany({
    where: { id: { in: [...requestIds] }, origin: "online" },
    include: { org: { select: { name: true } }, events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] } },
    orderBy: { createdAt: "asc" },
  });
  const { calendar } = await loadCalendar();
  return rows.map((row) => {
    const computed = deadlineOf(row, calendar);
    const asked = row.events.find((e) => e.kind === "correction_requested");
    const answered = row.events.find((e) => e.kind === "correction_received");
    const reply = row.events.find((e) => e.kind === "answered");
    const notified = row.events.find((e) => e.kind === "fee_notified");
    return {
      id: row.id,
      unitName: row.org.name,
      trackingNumber: row.trackingNumber,
      receivedOn: row.receivedOn,
      state: computed.state,
      stateLabel:
        computed.state !== "open"
          ? STATE_LABELS[computed.state]
          : computed.delayedReply
            ? `${STATE_LABELS.open}（延迟答复）`
            : computed.extendedDays > 0
              ? `${STATE_LABELS.open}（已延长答复期限）`
              : STATE_LABELS.open,
      dueOn: computed.dueOn,
      extendedDays: computed.extendedDays,
      deadline: computed.state === "open" ? computed.deadline : null,
      delayedReply: computed.delayedReply,
      feeNotice: computed.feeNotice ? { ...computed.feeNotice, amountYuan: notified?.feeYuan == null ? null : Number(notified.feeYuan) } : null,
      correction: asked
        ? { askedOn: asked.date, text: asked.note, answeredOn: answered?.date ?? null, answerText: answered?.byApplicant ? answered.note : null, byApplicant: answered?.byApplicant ?? false }
        : null,
      reply: reply && computed.closedOn ? { answeredOn: reply.date, outcome: outcomeLabel(reply.outcome, computed.closedOn), text: reply.note } : null,
    };
  });
}

export const APPLICANT_CORRECTION_MAX = 2000;

export const applicantCorrectionSchema = z.object({
  requestId: z.string({ error: "缺少申请标识" }).min(1, { error: "缺少申请标识" }),
  note: z
    .string({ error: "请填写补正内容" })
    .trim()
    .min(1, { error: "请填写补正内容" })
    .max(APPLICANT_CORRECTION_MAX, { error: `补正内容最多${APPLICANT_CORRECTION_MAX}字` }),
});

/**
 * The applicant's 补正 sent online: a 收到补正 event dated today (China), by the applicant, with
 * the text as its note; the 20 working days run again from today (条例第三十条). The caller
 * has checked that the applicant holds the request (the status page's signed cookie).
 */
export async function addApplicantCorrection(options: { requestId: string; note: string; today?: string }): Promise<{ dueOn: string | null; state: RequestState }> {
  const request = await db().infoRequest.findFirst({ where: { id: options.requestId, origin: "online" }, include: requestEventsInclude });
  if (!request) throw new AppError("NOT_FOUND");
  const { calendar } = await loadCalendar();
  if (deadlineOf(request, calendar).state !== "awaiting_correction") throw new AppError("INVALID_STATE", "该申请当前不需要补正，或补正已经收到。");
  const recorded = await recordEvent(APPLICANT, request, {
    kind: "correction_received",
    date: options.today ?? todayInChina(),
    note: options.note,
    days: null,
    approvedBy: null,
    untilOn: null,
    feeYuan: null,
    outcome: null,
    fee: null,
    byApplicant: true,
  });
  return { dueOn: recorded.dueOn, state: recorded.state };
}
