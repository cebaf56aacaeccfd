// Stored events → the pure deadline of lib/register/deadline.ts. Shared by the register's
// writes and by the calendar's activation, which recomputes open deadlines.
import type { Calendar } from "@/lib/calendar/calendar";
import { requestDeadline, type RequestDeadline, type TimelineEvent } from "@/lib/register/deadline";
import { isEventKind } from "@/lib/register/vocabulary";

export interface StoredEvent {
  kind: string;
  date: string;
  days: number | null;
  approvedBy: string | null;
  outcome: string | null;
  untilOn: string | null;
  note: string | null;
  createdAt: Date;
}

/** Events in the order they happened; same-day events in the order they were recorded. */
export function timelineEvents(events: readonly StoredEvent[]): TimelineEvent[] {
  return [...events]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt.getTime() - b.createdAt.getTime()))
    .flatMap((e) => (isEventKind(e.kind) ? [{ kind: e.kind, date: e.date, days: e.days, approvedBy: e.approvedBy, outcome: e.outcome, untilOn: e.untilOn, note: e.note }] : []));
}

export function deadlineOf(request: { receivedOn: string; events: readonly StoredEvent[] }, calendar: Calendar): RequestDeadline {
  return requestDeadline({ receivedOn: request.receivedOn, events: timelineEvents(request.events) }, calendar);
}

export const eventSelect = { kind: true, date: true, days: true, approvedBy: true, outcome: true, untilOn: true, note: true, createdAt: true } as const;
