// The holiday calendar in the database (holidays.md §4): notices and the days they arrange,
// drafts an admin adds, previews and activates. Activation bumps the calendar version and
// recomputes the deadline of every open request it affects, with an audit entry old → new,
// in one transaction. Deadlines use the active notices when there are any, the project data
// (NATIONAL_CALENDAR) otherwise.
import type { Actor } from "@/lib/auth/actor";
import { checkNotice, type NoticeIssue } from "@/lib/calendar/checks";
import { createCalendar, NATIONAL_CALENDAR, type Calendar, type DayKind } from "@/lib/calendar/calendar";
import { compareDates, datesOf, weekdayName, type CalendarDate } from "@/lib/calendar/date";
import { describeDay } from "@/lib/calendar/explain";
import { inEffectOrder } from "@/lib/calendar/arrangement";
import { LAW_2019_IN_FORCE_FROM } from "@/lib/calendar/law";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";
import type { HolidayNotice } from "@/lib/calendar/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/data/audit";
import { assertCalendarAdmin, writeRegisterAudit } from "@/lib/data/register-access";
import { deadlineOf, eventSelect } from "@/lib/data/register-timeline";
import { festivalsFromDays, noticeDays, type NoticeDayKind } from "@/lib/register/notice-days";
import { parseNoticeInput, type NoticeInput } from "@/lib/register/notice-input";
import type { CalendarDayKind, NoticeKind } from "@/lib/generated/prisma/enums";

type Client = Tx | ReturnType<typeof db>;

/**
 * How a notice date that has not been verified (HolidayNotice.issuedOn null: the 2008 and 2009
 * notices) is stored: the column is not nullable, and an empty text sorts before every date.
 */
const UNVERIFIED_ISSUED_ON = "";

export interface NoticeSummary {
  id: string;
  key: string;
  year: number;
  kind: "annual" | "amendment";
  title: string;
  docNo: string | null;
  /** null while not verified */
  issuedOn: string | null;
  sourceUrl: string | null;
  note: string | null;
  status: "draft" | "active";
  calendarVersion: number | null;
  activatedAt: Date | null;
  days: { date: string; kind: NoticeDayKind; festival: string }[];
}

const noticeInclude = { days: { select: { date: true, kind: true, festival: true }, orderBy: { date: "asc" as const } } };

type NoticeRow = {
  id: string;
  key: string;
  year: number;
  kind: NoticeKind;
  title: string;
  docNo: string | null;
  issuedOn: string;
  sourceUrl: string | null;
  note: string | null;
  status: string;
  calendarVersion: number | null;
  activatedAt: Date | null;
  days: { date: string; kind: CalendarDayKind; festival: string }[];
};

function toSummary(row: NoticeRow): NoticeSummary {
  return {
    ...row,
    issuedOn: row.issuedOn === UNVERIFIED_ISSUED_ON ? null : row.issuedOn,
    status: row.status === "active" ? "active" : "draft",
  };
}

/** The stored notice as lib/calendar's HolidayNotice; its id is the stored key. */
function toCalendarNotice(row: NoticeRow): HolidayNotice {
  const summary = toSummary(row);
  return {
    id: row.key,
    year: row.year,
    kind: summary.kind,
    title: row.title,
    docNo: row.docNo,
    issuedOn: summary.issuedOn,
    ...(row.sourceUrl ? { sourceUrl: row.sourceUrl } : {}),
    ...(row.note ? { note: row.note } : {}),
    festivals: festivalsFromDays(summary.days),
  };
}

async function activeNoticeRows(client: Client): Promise<NoticeRow[]> {
  return client.holidayNotice.findMany({ where: { status: "active" }, include: noticeInclude, orderBy: [{ issuedOn: "asc" }, { calendarVersion: "asc" }] });
}

async function currentVersion(client: Client): Promise<number> {
  const latest = await client.holidayNotice.aggregate({ _max: { calendarVersion: true } });
  return latest._max.calendarVersion ?? 0;
}

export interface LoadedCalendar {
  calendar: Calendar;
  /** 0 while the database has no active notice (the project data is used) */
  version: number;
}

const cache: { loaded?: LoadedCalendar } = {};

/** The calendar deadlines use: the active notices of the database, or the project data while it has none. */
export async function loadCalendar(options: { client?: Client } = {}): Promise<LoadedCalendar> {
  const client = options.client ?? db();
  const version = await currentVersion(client);
  if (version === 0) return { calendar: NATIONAL_CALENDAR, version: 0 };
  if (cache.loaded?.version === version && !options.client) return cache.loaded;
  const loaded = { calendar: createCalendar((await activeNoticeRows(client)).map(toCalendarNotice)), version };
  if (!options.client) cache.loaded = loaded;
  return loaded;
}

async function storeNotice(tx: Tx, notice: HolidayNotice, status: "draft" | "active", version: number | null, actor: Actor) {
  const row = await tx.holidayNotice.create({
    data: {
      key: notice.id,
      year: notice.year,
      kind: notice.kind,
      title: notice.title,
      docNo: notice.docNo,
      issuedOn: notice.issuedOn ?? UNVERIFIED_ISSUED_ON,
      sourceUrl: notice.sourceUrl ?? null,
      note: notice.note ?? null,
      status,
      calendarVersion: version,
      createdById: actor.kind === "user" ? actor.id : null,
      activatedAt: status === "active" ? new Date() : null,
    },
  });
  await tx.calendarDay.createMany({ data: noticeDays(notice).map((d) => ({ noticeId: row.id, ...d })) });
  return row;
}

/**
 * The stored due date of every request received before `receivedBefore`, open or closed,
 * recomputed on the database's calendar where it differs, with an audit entry old → new. Run
 * when the project's notices of earlier years are first loaded into an existing database: the
 * dates stored before then were counted without those notices and with the 2019 条例's periods.
 */
async function refreshStoredDeadlines(tx: Tx, actor: Actor, receivedBefore: CalendarDate, version: number): Promise<number> {
  const { calendar } = await loadCalendar({ client: tx });
  const requests = await tx.infoRequest.findMany({
    where: { receivedOn: { lt: receivedBefore } },
    select: { id: true, receivedOn: true, dueOn: true, dueProvisional: true, events: { select: eventSelect } },
  });
  let changed = 0;
  for (const request of requests) {
    const computed = deadlineOf(request, calendar);
    if (computed.dueOn === request.dueOn && computed.provisional === request.dueProvisional) continue;
    changed++;
    const after = { dueOn: computed.dueOn, provisional: computed.provisional, calendarVersion: version, law: computed.law.name };
    await tx.infoRequest.update({ where: { id: request.id }, data: { dueOn: computed.dueOn, dueProvisional: computed.provisional, calendarVersion: version } });
    await writeRegisterAudit(tx, actor, [
      { entity: "request", entityId: request.id, action: "recompute-deadline", before: { dueOn: request.dueOn, provisional: request.dueProvisional }, after },
    ]);
  }
  return changed;
}

/**
 * Loads the project's notices (lib/calendar/notices.ts, 2008–2026) as active, in the order they
 * took effect, skipping those already there. Idempotent: run at every setup and in test setup.
 * When it adds any, the stored deadlines of the requests received before the last added year
 * ends (and before the 2019 条例, whose periods they were counted with) are recomputed.
 */
export async function seedHolidayNotices(options: { actor: Actor }): Promise<{ added: string[]; deadlinesRecomputed: number }> {
  assertCalendarAdmin(options.actor);
  return db().$transaction(async (tx) => {
    const existing = new Set((await tx.holidayNotice.findMany({ select: { key: true } })).map((n) => n.key));
    let version = await currentVersion(tx);
    const added: string[] = [];
    for (const notice of inEffectOrder(HOLIDAY_NOTICES)) {
      if (existing.has(notice.id)) continue;
      version++;
      const row = await storeNotice(tx, notice, "active", version, options.actor);
      added.push(notice.id);
      await writeRegisterAudit(tx, options.actor, [{ entity: "notice", entityId: row.id, action: "seed", after: { key: notice.id, calendarVersion: version } }]);
    }
    if (added.length === 0) return { added, deadlinesRecomputed: 0 };
    const addedYears = HOLIDAY_NOTICES.filter((notice) => added.includes(notice.id)).map((notice) => notice.year);
    const lastAddedYearEnds = `${Math.max(...addedYears) + 1}-01-01`;
    const receivedBefore = compareDates(lastAddedYearEnds, LAW_2019_IN_FORCE_FROM) > 0 ? lastAddedYearEnds : LAW_2019_IN_FORCE_FROM;
    return { added, deadlinesRecomputed: await refreshStoredDeadlines(tx, options.actor, receivedBefore, version) };
  });
}

export async function listNotices(options: { actor: Actor; status?: "draft" | "active" }): Promise<NoticeSummary[]> {
  assertCalendarAdmin(options.actor);
  const rows = await db().holidayNotice.findMany({
    where: options.status ? { status: options.status } : undefined,
    include: noticeInclude,
    orderBy: [{ year: "desc" }, { issuedOn: "desc" }],
  });
  return rows.map(toSummary);
}

export async function getNotice(options: { actor: Actor; noticeId: string }): Promise<NoticeSummary | null> {
  assertCalendarAdmin(options.actor);
  const row = await db().holidayNotice.findUnique({ where: { id: options.noticeId }, include: noticeInclude });
  return row ? toSummary(row) : null;
}

export type AddNoticeResult = { ok: true; id: string; warnings: string[] } | { ok: false; errors: string[] };

const messages = (issues: NoticeIssue[], severity: NoticeIssue["severity"]) => issues.filter((i) => i.severity === severity).map((i) => i.message);

/** A draft notice from a holiday-cn file or the form. checkNotice's errors refuse it; its warnings come back to be shown. */
export async function addNotice(options: { actor: Actor; input: NoticeInput }): Promise<AddNoticeResult> {
  const { actor } = options;
  assertCalendarAdmin(actor);
  const parsed = parseNoticeInput(options.input);
  if (!parsed.ok) return parsed;
  const active = (await activeNoticeRows(db())).map(toCalendarNotice);
  const issues = checkNotice(parsed.notice, active);
  const errors = messages(issues, "error");
  if (errors.length > 0) return { ok: false, errors };
  return db().$transaction(async (tx) => {
    if (await tx.holidayNotice.findUnique({ where: { key: parsed.notice.id } })) {
      return { ok: false as const, errors: [`这份通知（${parsed.notice.year} 年，${parsed.notice.issuedOn}）已经录入`] };
    }
    const row = await storeNotice(tx, parsed.notice, "draft", null, actor);
    await writeRegisterAudit(tx, actor, [{ entity: "notice", entityId: row.id, action: "create", after: { key: parsed.notice.id, year: parsed.notice.year, kind: parsed.notice.kind } }]);
    return { ok: true as const, id: row.id, warnings: messages(issues, "warning") };
  });
}

export interface DayChange {
  date: CalendarDate;
  weekday: string;
  before: string;
  after: string;
  workingBefore: boolean;
  workingAfter: boolean;
}

export interface DeadlineChange {
  requestId: string;
  orgId: string;
  trackingNumber: string;
  before: { dueOn: string | null; provisional: boolean };
  after: { dueOn: string | null; provisional: boolean };
}

export interface NoticePreview {
  notice: NoticeSummary;
  warnings: string[];
  errors: string[];
  days: DayChange[];
  deadlines: DeadlineChange[];
}

function sameDay(a: DayKind, b: DayKind): boolean {
  return a.working === b.working && a.reason === b.reason && a.festival === b.festival && a.provisional === b.provisional && a.notice?.id === b.notice?.id;
}

function dayChanges(before: Calendar, after: Calendar, year: number): DayChange[] {
  const changes: DayChange[] = [];
  for (const date of datesOf({ from: `${year - 1}-12-01`, to: `${year}-12-31` })) {
    const a = before.dayKind(date);
    const b = after.dayKind(date);
    if (sameDay(a, b)) continue;
    changes.push({
      date,
      weekday: weekdayName(date),
      before: describeDay(a, before.missingNoticeYears(date)),
      after: describeDay(b, after.missingNoticeYears(date)),
      workingBefore: a.working,
      workingAfter: b.working,
    });
  }
  return changes;
}

/** Open requests whose period reaches the first changed day, recomputed on `after`. */
async function deadlineChanges(client: Client, firstChanged: CalendarDate | undefined, after: Calendar): Promise<DeadlineChange[]> {
  if (!firstChanged) return [];
  const open = await client.infoRequest.findMany({
    where: { closedOn: null, OR: [{ dueOn: { gte: firstChanged } }, { dueProvisional: true }] },
    select: { id: true, orgId: true, trackingNumber: true, receivedOn: true, dueOn: true, dueProvisional: true, events: { select: eventSelect } },
  });
  const changes: DeadlineChange[] = [];
  for (const request of open) {
    const computed = deadlineOf(request, after);
    if (computed.dueOn === request.dueOn && computed.provisional === request.dueProvisional) continue;
    changes.push({
      requestId: request.id,
      orgId: request.orgId,
      trackingNumber: request.trackingNumber,
      before: { dueOn: request.dueOn, provisional: request.dueProvisional },
      after: { dueOn: computed.dueOn, provisional: computed.provisional },
    });
  }
  return changes.sort((a, b) => compareDates(a.before.dueOn ?? "", b.before.dueOn ?? ""));
}

async function previewWith(client: Client, noticeId: string): Promise<NoticePreview> {
  const row = await client.holidayNotice.findUnique({ where: { id: noticeId }, include: noticeInclude });
  if (!row) throw new AppError("NOT_FOUND");
  const activeRows = (await activeNoticeRows(client)).filter((r) => r.id !== row.id);
  const active = activeRows.map(toCalendarNotice);
  const candidate = toCalendarNotice(row);
  const before = active.length > 0 ? createCalendar(active) : NATIONAL_CALENDAR;
  // What loadCalendar will build once the notice is active: the database's notices only.
  const after = createCalendar([...active, candidate]);
  const issues = checkNotice(candidate, active);
  const days = dayChanges(before, after, row.year);
  return {
    notice: toSummary(row),
    warnings: messages(issues, "warning"),
    errors: messages(issues, "error"),
    days,
    deadlines: await deadlineChanges(client, days[0]?.date, after),
  };
}

/** What activating the draft would change: the days, and the open deadlines old → new. */
export async function previewNotice(options: { actor: Actor; noticeId: string }): Promise<NoticePreview> {
  assertCalendarAdmin(options.actor);
  return previewWith(db(), options.noticeId);
}

/**
 * Activates a draft: a new calendar version, and every open deadline it moves recomputed with
 * an audit entry old → new, all in one transaction. Warnings (the statutory-days invariant)
 * must be acknowledged; errors refuse.
 */
export async function activateNotice(options: { actor: Actor; noticeId: string; acknowledgeWarnings?: boolean }): Promise<{ version: number; deadlines: DeadlineChange[] }> {
  const { actor, noticeId } = options;
  assertCalendarAdmin(actor);
  return db().$transaction(async (tx) => {
    const preview = await previewWith(tx, noticeId);
    if (preview.notice.status !== "draft") throw new AppError("INVALID_STATE", "这份通知已经启用。");
    if (preview.errors.length > 0) throw new AppError("INVALID_INPUT", preview.errors.join("；"));
    if (preview.warnings.length > 0 && !options.acknowledgeWarnings) {
      throw new AppError("INVALID_INPUT", `启用前请确认以下提示：${preview.warnings.join("；")}`);
    }
    const version = (await currentVersion(tx)) + 1;
    const claimed = await tx.holidayNotice.updateMany({ where: { id: noticeId, status: "draft" }, data: { status: "active", calendarVersion: version, activatedAt: new Date() } });
    if (claimed.count === 0) throw new AppError("INVALID_STATE", "这份通知已经启用。");
    for (const change of preview.deadlines) {
      await tx.infoRequest.update({
        where: { id: change.requestId },
        data: { dueOn: change.after.dueOn, dueProvisional: change.after.provisional, calendarVersion: version },
      });
    }
    await writeRegisterAudit(tx, actor, [
      { entity: "notice", entityId: noticeId, action: "activate", before: { status: "draft" }, after: { status: "active", calendarVersion: version, deadlinesChanged: preview.deadlines.length } },
      ...preview.deadlines.map((change) => ({
        entity: "request" as const,
        entityId: change.requestId,
        action: "recompute-deadline",
        before: change.before,
        after: { ...change.after, calendarVersion: version },
      })),
    ]);
    return { version, deadlines: preview.deadlines };
  });
}
