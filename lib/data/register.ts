// The 依申请公开 register of a unit: requests, their events and deadlines, the list with its
// due-soon / overdue flags, and the CSV export. Rights as for reports (lib/data/register-access.ts);
// the applicant's name and contact reach only the unit's own staff, and never the audit log,
// an export or an error message.
import type { Actor } from "@/lib/auth/actor";
import { computeDeadline, type Deadline } from "@/lib/calendar/deadline";
import { compareDates } from "@/lib/calendar/date";
import type { DisclosureLaw } from "@/lib/calendar/law";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { csvDocument, type CsvValue } from "@/lib/export/csv";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeApplicant, canSeeOrg, orgIdFilter } from "@/lib/permissions";
import { loadCalendar } from "@/lib/data/calendar";
import { queueRequestNotices } from "@/lib/notify/queue";
import type { PublicSource } from "@/lib/data/audit";
import { assertCanWriteRegister, registerScope, writeRegisterAudit } from "@/lib/data/register-access";
import { deadlineOf, eventSelect } from "@/lib/data/register-timeline";
import { DUE_SOON_WORKING_DAYS, dueMarks, STATE_LABELS, type DelayedReply, type FeeNotice, type RequestDeadline, type RequestState } from "@/lib/register/deadline";
import { computeFee, type FeeComputation, type FeeMethod } from "@/lib/register/fees";
import { earlierApplicationsInMonth, type EarlierApplications } from "@/lib/data/register-fees";
import { applicantTypes, outcomeFormatFor, outcomeLabel, outcomeOptions } from "@/lib/register/structure";
import { createRequestSchema, parseInput, requestEventSchema, type CreateRequestInput, type RequestEventInput } from "@/lib/register/request-input";
import { todayInChina } from "@/lib/register/today";
import { CHANNEL_LABELS, EVENT_KIND_LABELS, FEE_RECEIVED_KINDS, isChannelKey, type ChannelKey, type EventKind } from "@/lib/register/vocabulary";

export interface RequestSummary {
  id: string;
  orgId: string;
  trackingNumber: string;
  channel: ChannelKey;
  /** staff: typed in by the unit; online: sent through the public form (网络申请) */
  origin: string;
  receivedOn: string;
  applicantType: string;
  subject: string;
  outcome: string | null;
  closedOn: string | null;
  dueOn: string | null;
  dueProvisional: boolean;
  extendedDays: number;
  feeYuan: number | null;
  state: RequestState;
  dueSoon: boolean;
  overdue: boolean;
  /** 逾期答复: closed after its due date */
  answeredLate: boolean;
}

export interface RequestEventView {
  id: string;
  kind: EventKind;
  label: string;
  date: string;
  note: string | null;
  approvedBy: string | null;
  days: number | null;
  outcome: string | null;
  untilOn: string | null;
  fee: FeeComputation | null;
  feeYuan: number | null;
  /** a 补正 the applicant sent through the status page */
  byApplicant: boolean;
}

/** 条例第二十九条's particulars of a 网络申请's applicant; for the unit's own staff only. */
export interface OnlineApplicant {
  idType: string | null;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface RequestDetail extends RequestSummary {
  /** null unless the actor is staff of the request's unit */
  applicantName: string | null;
  applicantContact: string | null;
  /** null unless the actor is staff of the request's unit, and for requests typed in by staff */
  onlineApplicant: OnlineApplicant | null;
  formWanted: string | null;
  /** 网络申请: the name and 文号 of the information wanted, and how it is to be received */
  infoTitle: string | null;
  infoDocNo: string | null;
  deliveryMethod: string | null;
  /** what the applicant wrote beside 其他 */
  deliveryOther: string | null;
  events: RequestEventView[];
  /** the event recorded last: the one that may be withdrawn (撤销) */
  lastEventId: string | null;
  /** the running period explained day by day (null while the 补正 is awaited) */
  deadline: Deadline | null;
  /** the 条例 in force on the day received: its periods and articles */
  law: DisclosureLaw;
  /** the last day to ask for 补正; null under the 2007 条例, which sets none */
  correctionDueOn: string | null;
  /** 条例第三十五条: the period told to the applicant, which is the due date */
  delayedReply: DelayedReply | null;
  /** 国办函〔2020〕109号: the 收费通知 with its payment window */
  feeNotice: FeeNotice | null;
  /** 按件: the same applicant's applications earlier in the month (null unless the actor is the unit's staff) */
  earlierThisMonth: EarlierApplications | null;
  notes: string[];
  calendarVersion: number;
}

const TRACKING = /^(\d{4})-(\d{4,})$/;

/**
 * The last automatic sequence of a unit's year. An imported number beyond it ("2024-2147483647")
 * is kept as written but is not automatic: counted, it would leave no next number (numberSeq is
 * an Int) and stop the unit's year from registering anything.
 */
export const MAX_AUTOMATIC_SEQ = 999_999;

/** The automatic number's year and sequence, also read from imported numbers written the same way. */
export function trackingParts(trackingNumber: string): { numberYear: number; numberSeq: number } | null {
  const match = TRACKING.exec(trackingNumber);
  if (!match) return null;
  const numberSeq = Number(match[2]);
  return numberSeq <= MAX_AUTOMATIC_SEQ ? { numberYear: Number(match[1]), numberSeq } : null;
}

function decimal(value: Prisma.Decimal | null): number | null {
  return value === null ? null : value.toNumber();
}

const summarySelect = {
  id: true,
  orgId: true,
  trackingNumber: true,
  channel: true,
  origin: true,
  receivedOn: true,
  applicantType: true,
  subject: true,
  outcome: true,
  closedOn: true,
  dueOn: true,
  dueProvisional: true,
  extendedDays: true,
  feeYuan: true,
} as const;

type RequestRow = Prisma.InfoRequestGetPayload<{ select: typeof summarySelect }>;

function stateOf(row: { closedOn: string | null; dueOn: string | null }): RequestState {
  return row.closedOn !== null ? "closed" : row.dueOn === null ? "awaiting_correction" : "open";
}

function toSummary(row: RequestRow, today: string, soonUntil: string): RequestSummary {
  return {
    ...row,
    channel: isChannelKey(row.channel) ? row.channel : "other",
    feeYuan: decimal(row.feeYuan),
    state: stateOf(row),
    ...dueMarks(row, today, soonUntil),
  };
}

/** What the audit log keeps of a request: never the applicant's name or contact, nor the free text. */
export function requestAuditView(row: {
  trackingNumber: string;
  receivedOn: string;
  channel: string;
  applicantType: string;
  outcome: string | null;
  closedOn: string | null;
  dueOn: string | null;
  dueProvisional: boolean;
  extendedDays: number;
}): Prisma.InputJsonObject {
  const { trackingNumber, receivedOn, channel, applicantType, outcome, closedOn, dueOn, dueProvisional, extendedDays } = row;
  return { trackingNumber, receivedOn, channel, applicantType, outcome, closedOn, dueOn, dueProvisional, extendedDays };
}

function invalid(message: string): AppError {
  return new AppError("INVALID_INPUT", message);
}

async function nextTrackingNumber(orgId: string, year: number): Promise<{ trackingNumber: string; numberYear: number; numberSeq: number }> {
  // Rows imported before the bound existed may hold a larger sequence: they are not automatic either.
  const last = await db().infoRequest.aggregate({ where: { orgId, numberYear: year, numberSeq: { lte: MAX_AUTOMATIC_SEQ } }, _max: { numberSeq: true } });
  const numberSeq = (last._max.numberSeq ?? 0) + 1;
  if (numberSeq > MAX_AUTOMATIC_SEQ) throw invalid(`本单位 ${year} 年的自动编号已用到 ${year}-${MAX_AUTOMATIC_SEQ}，无法再自动编号`);
  return { trackingNumber: `${year}-${String(numberSeq).padStart(4, "0")}`, numberYear: year, numberSeq };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Records a request with the next tracking number of its unit and year ({year}-{0001}). */
export async function createRequest(options: { actor: Actor; input: CreateRequestInput; today?: string }): Promise<CreatedRequest> {
  const { actor } = options;
  const input = parseInput(createRequestSchema, options.input);
  await assertCanWriteRegister(actor, input.orgId);
  const today = options.today ?? todayInChina();
  if (compareDates(input.receivedOn, today) > 0) throw invalid(`收到日期 ${input.receivedOn} 晚于今天 ${today}`);
  return insertRequest(actor, {
    orgId: input.orgId,
    channel: input.channel,
    receivedOn: input.receivedOn,
    applicantType: input.applicantType,
    applicantName: input.applicantName ?? null,
    applicantContact: input.applicantContact ?? null,
    subject: input.subject,
    formWanted: input.formWanted ?? null,
  });
}

export interface CreatedRequest {
  id: string;
  trackingNumber: string;
  dueOn: string | null;
}

/** What a new request holds beside its number and deadline, which insertRequest gives it. */
export type NewRequestData = Omit<Prisma.InfoRequestUncheckedCreateInput, "trackingNumber" | "numberYear" | "numberSeq" | "dueOn" | "dueProvisional" | "calendarVersion">;

/**
 * The one way a request enters the register, whoever sends it (staff, or the public form of
 * lib/data/register-online.ts): its number, its deadline, the row and the audit entry in one
 * transaction. The caller has checked the right to write.
 */
export async function insertRequest(by: Actor | PublicSource, data: NewRequestData): Promise<CreatedRequest> {
  const { calendar, version } = await loadCalendar();
  const deadline = deadlineOf({ receivedOn: data.receivedOn, events: [] }, calendar);
  for (let attempt = 0; ; attempt++) {
    const number = await nextTrackingNumber(data.orgId, Number(data.receivedOn.slice(0, 4)));
    try {
      return await db().$transaction(async (tx) => {
        const row = await tx.infoRequest.create({
          data: { ...data, ...number, dueOn: deadline.dueOn, dueProvisional: deadline.provisional, calendarVersion: version },
        });
        await writeRegisterAudit(tx, by, [{ entity: "request", entityId: row.id, action: "create", after: requestAuditView(row) }]);
        await queueRequestNotices(tx, { requestId: row.id, occasion: "received" });
        return { id: row.id, trackingNumber: row.trackingNumber, dueOn: row.dueOn };
      });
    } catch (error) {
      // Two requests numbered at once: take the next number.
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}

function checkOutcome(outcome: string | undefined, date: string): string {
  const format = outcomeFormatFor(date);
  const options = outcomeOptions(format);
  if (!outcome) throw invalid("答复办结须选择一项办理结果");
  if (!options.some((o) => o.key === outcome)) {
    throw invalid(`办理结果“${outcome}”不是 ${date.slice(0, 4)} 年适用的《${format.name}》中的办理结果`);
  }
  return outcome;
}

/** Records an event; the 条例's procedure is checked on the whole timeline, and the deadline recomputed. */
export async function addRequestEvent(options: { actor: Actor; input: RequestEventInput; today?: string }): Promise<RecordedEvent> {
  const { actor } = options;
  const input = parseInput(requestEventSchema, options.input);
  const kind = input.kind as EventKind;
  const ids = await registerScope(actor);
  const request = await db().infoRequest.findFirst({ where: { id: input.requestId, orgId: orgIdFilter(ids) }, include: requestEventsInclude });
  if (!request) throw new AppError("NOT_FOUND");
  await assertCanWriteRegister(actor, request.orgId);
  const today = options.today ?? todayInChina();
  if (compareDates(input.date, today) > 0) throw invalid(`${EVENT_KIND_LABELS[kind]}的日期 ${input.date} 晚于今天 ${today}`);
  const outcome = kind === "answered" ? checkOutcome(input.outcome, input.date) : null;
  let fee: FeeComputation | null = null;
  let feeYuan: number | null = null;
  if (kind === "fee_charged" || kind === "fee_notified") {
    if (!input.fee) throw invalid(`${EVENT_KIND_LABELS[kind]}须填写计收方式和数量`);
    const method = input.fee.method as FeeMethod;
    // 按件: the same applicant's earlier applications of the month come from the register.
    const alreadyCounted = method === "per_item" ? (await earlierApplicationsInMonth(request)).count : 0;
    fee = computeFee({ method, quantity: input.fee.quantity, alreadyCounted });
    feeYuan = fee.totalYuan;
  }
  if (kind === "fee_paid") {
    // The amount paid is the amount the notice asked for.
    const notice = request.events.find((e) => e.kind === "fee_notified");
    feeYuan = notice ? decimal(notice.feeYuan) : null;
  }
  return recordEvent(actor, request, {
    kind,
    date: input.date,
    // a fee keeps its computation as written then (the month's count may change later)
    note: fee ? [fee.explanation, input.note].filter(Boolean).join(" ") : input.note ?? null,
    days: kind === "extended" ? input.days ?? 20 : null,
    approvedBy: kind === "extended" ? input.approvedBy ?? null : null,
    outcome,
    untilOn: kind === "delayed_reply" ? input.untilOn ?? null : null,
    fee,
    feeYuan,
    byApplicant: false,
  });
}

export interface RecordedEvent {
  eventId: string;
  dueOn: string | null;
  state: RequestState;
}

/** What recordEvent reads of a request's events. */
export const requestEventsInclude = { events: { select: { ...eventSelect, feeYuan: true } } } as const;

export type RequestWithEvents = Prisma.InfoRequestGetPayload<{ include: typeof requestEventsInclude }>;

export interface NewEvent {
  kind: EventKind;
  date: string;
  note: string | null;
  days: number | null;
  approvedBy: string | null;
  outcome: string | null;
  /** 延迟答复: the end of the period told to the applicant */
  untilOn: string | null;
  /** how a fee was computed (收取信息处理费, 发出收费通知) */
  fee: FeeComputation | null;
  /** the amount the event records (computed, or the notice's amount when it is paid) */
  feeYuan: number | null;
  /** a 补正 the applicant sent through the status page */
  byApplicant: boolean;
}

/**
 * The one way an event enters a request, whoever sends it (staff, or the applicant's 补正 of
 * lib/data/register-online.ts): the timeline checked, the event, the request's new state and
 * the audit entry in one transaction. The caller has checked the right to write.
 */
export async function recordEvent(by: Actor | PublicSource, request: RequestWithEvents, event: NewEvent): Promise<RecordedEvent> {
  const { kind, fee, feeYuan } = event;
  const { calendar, version } = await loadCalendar();
  const computed = deadlineOf({ receivedOn: request.receivedOn, events: [...request.events, { ...event, createdAt: new Date() }] }, calendar);
  const before = deadlineOf(request, calendar);
  const newProblems = computed.problems.filter((p) => !before.problems.includes(p));
  if (newProblems.length > 0) throw invalid(newProblems.join("；"));
  return db().$transaction(async (tx) => {
    const created = await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind,
        date: event.date,
        note: event.note,
        approvedBy: event.approvedBy,
        days: event.days,
        outcome: event.outcome,
        untilOn: event.untilOn,
        byApplicant: event.byApplicant,
        feeMethod: fee?.method ?? null,
        feeQuantity: fee?.quantity ?? null,
        feeYuan,
      },
    });
    const updated = await tx.infoRequest.update({
      where: { id: request.id },
      data: requestStateData(computed, version, feesReceived([...request.events, { kind, feeYuan: feeYuan === null ? null : new Prisma.Decimal(feeYuan) }])),
    });
    await writeRegisterAudit(tx, by, [
      {
        entity: "request",
        entityId: request.id,
        action: `event:${kind}`,
        before: requestAuditView(request),
        after: {
          ...requestAuditView(updated),
          event: { kind, date: event.date, approvedBy: event.approvedBy, days: event.days, outcome: event.outcome, untilOn: event.untilOn, feeYuan, byApplicant: event.byApplicant },
        },
      },
    ]);
    await queueRequestNotices(tx, { requestId: request.id, occasion: kind, note: created.note });
    return { eventId: created.id, dueOn: computed.dueOn, state: computed.state };
  });
}

/** 信息处理费 received: 收取信息处理费 and 收到缴费 events (a 收费通知 is only asked); null when none. */
function feesReceived(events: readonly { kind: string; feeYuan: Prisma.Decimal | null }[]): number | null {
  const amounts = events.filter((e) => (FEE_RECEIVED_KINDS as readonly string[]).includes(e.kind) && e.feeYuan !== null).map((e) => decimal(e.feeYuan) ?? 0);
  return amounts.length > 0 ? amounts.reduce((a, b) => a + b, 0) : null;
}

/** What a request's row holds of its events: outcome, dates, deadline, fees, on which calendar. */
function requestStateData(computed: RequestDeadline, calendarVersion: number, feeYuan: number | null) {
  return {
    outcome: computed.outcome,
    closedOn: computed.closedOn,
    dueOn: computed.dueOn,
    dueProvisional: computed.provisional,
    extendedDays: computed.extendedDays,
    calendarVersion,
    feeYuan,
  };
}

/** The event recorded last (not the one with the latest date: events may be recorded late). */
function recordedLast<E extends { createdAt: Date }>(events: readonly E[]): E | undefined {
  return events.reduce<E | undefined>((latest, e) => (!latest || e.createdAt.getTime() >= latest.createdAt.getTime() ? e : latest), undefined);
}

/**
 * 撤销: removes the event recorded last (a mistyped date, outcome or fee), and recomputes the
 * request as it stood before it. Only the last one, so that the history stays a history;
 * `eventId` names it, so that a page showing an older state cannot withdraw a newer event.
 */
export async function withdrawRequestEvent(options: { actor: Actor; requestId: string; eventId: string }): Promise<{ dueOn: string | null; state: RequestState }> {
  const { actor } = options;
  const ids = await registerScope(actor);
  const request = await db().infoRequest.findFirst({
    where: { id: options.requestId, orgId: orgIdFilter(ids) },
    include: { events: { select: { ...eventSelect, id: true, feeYuan: true } } },
  });
  if (!request) throw new AppError("NOT_FOUND");
  await assertCanWriteRegister(actor, request.orgId);
  const last = recordedLast(request.events);
  if (!last || last.id !== options.eventId) {
    throw new AppError("STALE_VERSION", "只能撤销最近记录的一个办理环节；该申请已有更新的记录，请刷新页面后再操作。");
  }
  const remaining = request.events.filter((e) => e.id !== last.id);
  const { calendar, version } = await loadCalendar();
  const computed = deadlineOf({ receivedOn: request.receivedOn, events: remaining }, calendar);
  return db().$transaction(async (tx) => {
    await tx.requestEvent.delete({ where: { id: last.id } });
    const updated = await tx.infoRequest.update({
      where: { id: request.id },
      data: requestStateData(computed, version, feesReceived(remaining)),
    });
    await writeRegisterAudit(tx, actor, [
      {
        entity: "request",
        entityId: request.id,
        action: `event-withdrawn:${last.kind}`,
        before: {
          ...requestAuditView(request),
          event: { kind: last.kind, date: last.date, approvedBy: last.approvedBy, days: last.days, outcome: last.outcome, untilOn: last.untilOn, feeYuan: decimal(last.feeYuan) },
        },
        after: requestAuditView(updated),
      },
    ]);
    return { dueOn: computed.dueOn, state: computed.state };
  });
}

export interface RequestFilters {
  status?: "open" | "closed";
  dueSoon?: boolean;
  overdue?: boolean;
  /** closed after the due date (逾期答复) */
  answeredLate?: boolean;
  /** received in this year */
  year?: number;
  channel?: ChannelKey;
  applicantType?: string;
  /** exactly these requests (the requests behind a derived cell) */
  ids?: string[];
}

/** The working day DUE_SOON_WORKING_DAYS after `today`: the last due date that counts as due soon. */
export async function dueSoonUntil(today: string): Promise<string> {
  const { calendar } = await loadCalendar();
  return computeDeadline({ received: today, days: DUE_SOON_WORKING_DAYS, calendar }).due;
}

export async function listRequests(options: {
  actor: Actor;
  orgId?: string;
  filters?: RequestFilters;
  limit?: number;
  offset?: number;
  today?: string;
}): Promise<{ items: RequestSummary[]; total: number; today: string }> {
  const { actor, filters = {} } = options;
  const ids = await registerScope(actor);
  const today = options.today ?? todayInChina();
  if (options.orgId && !canSeeOrg(ids, options.orgId)) return { items: [], total: 0, today };
  const soonUntil = await dueSoonUntil(today);
  const due: Prisma.InfoRequestWhereInput[] = [];
  if (filters.dueSoon) due.push({ dueOn: { gte: today, lte: soonUntil } });
  if (filters.overdue) due.push({ dueOn: { lt: today } });
  const open = !filters.answeredLate && (filters.status === "open" || due.length > 0);
  const closedOn: Prisma.InfoRequestWhereInput["closedOn"] = filters.answeredLate
    ? { gt: db().infoRequest.fields.dueOn }
    : open
      ? null
      : filters.status === "closed"
        ? { not: null }
        : undefined;
  const where: Prisma.InfoRequestWhereInput = {
    orgId: options.orgId ?? orgIdFilter(ids),
    closedOn,
    receivedOn: filters.year ? { gte: `${filters.year}-01-01`, lte: `${filters.year}-12-31` } : undefined,
    channel: filters.channel,
    applicantType: filters.applicantType,
    id: filters.ids ? { in: filters.ids } : undefined,
    ...(due.length > 0 ? { OR: due } : {}),
  };
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
  const orderBy: Prisma.InfoRequestOrderByWithRelationInput[] = open
    ? [{ dueOn: { sort: "asc", nulls: "last" } }, { receivedOn: "asc" }]
    : [{ receivedOn: "desc" }, { trackingNumber: "desc" }];
  const [rows, total] = await Promise.all([
    db().infoRequest.findMany({ where, select: summarySelect, orderBy, take: limit, skip: options.offset ?? 0 }),
    db().infoRequest.count({ where }),
  ]);
  return { items: rows.map((row) => toSummary(row, today, soonUntil)), total, today };
}

export interface LateCounts {
  year: number;
  received: number;
  /** closed after the due date */
  answeredLate: number;
  /** open, and its due date has passed */
  openOverdue: number;
}

/** Per year of receipt: how many requests were answered late, and how many are open and overdue today. */
export async function lateCountsByYear(options: { actor: Actor; orgId?: string; today?: string }): Promise<LateCounts[]> {
  const ids = await registerScope(options.actor);
  if (options.orgId && !canSeeOrg(ids, options.orgId)) return [];
  const today = options.today ?? todayInChina();
  const rows = await db().infoRequest.findMany({ where: { orgId: options.orgId ?? orgIdFilter(ids) }, select: { receivedOn: true, closedOn: true, dueOn: true } });
  const years = new Map<number, LateCounts>();
  for (const row of rows) {
    const year = Number(row.receivedOn.slice(0, 4));
    const counts = years.get(year) ?? { year, received: 0, answeredLate: 0, openOverdue: 0 };
    // Due soon does not matter here: the window is today alone.
    const marks = dueMarks(row, today, today);
    counts.received++;
    if (marks.answeredLate) counts.answeredLate++;
    if (marks.overdue) counts.openOverdue++;
    years.set(year, counts);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

export async function getRequest(options: { actor: Actor; requestId: string; today?: string }): Promise<RequestDetail | null> {
  const { actor } = options;
  const ids = await registerScope(actor);
  const row = await db().infoRequest.findFirst({
    where: { id: options.requestId, orgId: orgIdFilter(ids) },
    include: { events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] } },
  });
  if (!row) return null;
  const today = options.today ?? todayInChina();
  const { calendar } = await loadCalendar();
  const computed = deadlineOf(row, calendar);
  const mine = canSeeApplicant(actor, row.orgId);
  const earlierThisMonth = mine ? await earlierApplicationsInMonth(row) : null;
  return {
    ...toSummary(row, today, await dueSoonUntil(today)),
    applicantName: mine ? row.applicantName : null,
    applicantContact: mine ? row.applicantContact : null,
    onlineApplicant:
      mine && row.origin === "online"
        ? { idType: row.applicantIdType, idNumber: row.applicantIdNumber, phone: row.applicantPhone, email: row.applicantEmail, address: row.applicantAddress }
        : null,
    formWanted: row.formWanted,
    infoTitle: row.infoTitle,
    infoDocNo: row.infoDocNo,
    deliveryMethod: row.deliveryMethod,
    deliveryOther: row.deliveryOther,
    events: row.events.map((e) => {
      const kind = e.kind as EventKind;
      const fee = e.feeMethod && e.feeQuantity !== null ? computeFee({ method: e.feeMethod as FeeMethod, quantity: e.feeQuantity }) : null;
      return { id: e.id, kind, label: EVENT_KIND_LABELS[kind] ?? e.kind, date: e.date, note: e.note, approvedBy: e.approvedBy, days: e.days, outcome: e.outcome, untilOn: e.untilOn, fee, feeYuan: decimal(e.feeYuan), byApplicant: e.byApplicant };
    }),
    lastEventId: recordedLast(row.events)?.id ?? null,
    deadline: computed.deadline,
    law: computed.law,
    correctionDueOn: computed.correctionDueOn,
    delayedReply: computed.delayedReply,
    feeNotice: computed.feeNotice,
    earlierThisMonth,
    notes: computed.notes,
    calendarVersion: row.calendarVersion,
  };
}

export const EXPORT_COLUMNS = ["编号", "收到日期", "渠道", "申请人类型", "办结日期", "办理结果", "期满日", "期满日暂定", "延长工作日", "状态", "逾期答复"] as const;

/**
 * The register as CSV (UTF-8 with BOM, CRLF), importable again: no applicant name or contact,
 * and no free text (申请内容, 备注), which may name people.
 */
export async function exportRegisterCsv(options: { actor: Actor; orgId: string; year?: number }): Promise<string> {
  const ids = await registerScope(options.actor);
  if (!canSeeOrg(ids, options.orgId)) throw new AppError("NOT_FOUND");
  const rows = await db().infoRequest.findMany({
    where: { orgId: options.orgId, receivedOn: options.year ? { gte: `${options.year}-01-01`, lte: `${options.year}-12-31` } : undefined },
    select: summarySelect,
    orderBy: [{ receivedOn: "asc" }, { trackingNumber: "asc" }],
  });
  const typeLabels = new Map(applicantTypes().map((c) => [c.key, c.label]));
  const lines: CsvValue[][] = [[...EXPORT_COLUMNS]];
  for (const row of rows) {
    const state = stateOf(row);
    lines.push([
      row.trackingNumber,
      row.receivedOn,
      isChannelKey(row.channel) ? CHANNEL_LABELS[row.channel] : row.channel,
      typeLabels.get(row.applicantType) ?? row.applicantType,
      row.closedOn ?? "",
      outcomeLabel(row.outcome, row.closedOn),
      row.dueOn ?? "",
      row.dueProvisional ? "是" : "",
      row.extendedDays > 0 ? row.extendedDays : "",
      STATE_LABELS[state],
      // today does not matter for a closed request's mark
      dueMarks(row, row.receivedOn, row.receivedOn).answeredLate ? "是" : "",
    ]);
  }
  return csvDocument(lines);
}
