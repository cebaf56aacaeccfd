// Generated registers for property-style tests and the benchmark: a seeded PRNG (mulberry32),
// so a failure can be replayed from its seed.
import { addDays, toDayNumber, fromDayNumber, type CalendarDate } from "@/lib/calendar/date";
import type { RegisterCase, RegisterRequest } from "@/lib/register/derive";
import { applicantTypes, caseShape, outcomeFormatFor, outcomeOptions } from "@/lib/register/structure";
import { CHANNEL_KEYS, type ChannelKey } from "@/lib/register/vocabulary";

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function randomDate(random: Random, from: CalendarDate, to: CalendarDate): CalendarDate {
  const start = toDayNumber(from);
  return fromDayNumber(start + Math.floor(random() * (toDayNumber(to) - start + 1)));
}

export interface GenerateOptions {
  count: number;
  from: CalendarDate;
  to: CalendarDate;
  /** share of requests still open (never closed) */
  openShare?: number;
  channels?: readonly ChannelKey[];
  idPrefix?: string;
}

/** Requests received between `from` and `to`, most closed within 60 days with an outcome valid for the year they close in. */
export function generateRequests(random: Random, options: GenerateOptions): RegisterRequest[] {
  const types = applicantTypes().map((c) => c.key);
  const channels = options.channels ?? CHANNEL_KEYS;
  const requests: RegisterRequest[] = [];
  for (let i = 0; i < options.count; i++) {
    const receivedOn = randomDate(random, options.from, options.to);
    const open = random() < (options.openShare ?? 0.05);
    const closedOn = open ? null : addDays(receivedOn, Math.floor(random() * 60));
    const outcome = closedOn ? pick(random, outcomeOptions(outcomeFormatFor(closedOn))).key : null;
    requests.push({
      id: `${options.idPrefix ?? "r"}${i}`,
      applicantType: pick(random, types),
      channel: pick(random, channels),
      receivedOn,
      closedOn,
      outcome,
      extendedDays: random() < 0.1 ? 20 : 0,
    });
  }
  return requests;
}

export function generateCases(random: Random, options: { count: number; from: CalendarDate; to: CalendarDate }): RegisterCase[] {
  const shape = caseShape();
  const cases: RegisterCase[] = [];
  for (let i = 0; i < options.count; i++) {
    const filedOn = randomDate(random, options.from, options.to);
    const closedOn = random() < 0.2 ? null : addDays(filedOn, Math.floor(random() * 200));
    cases.push({
      id: `c${i}`,
      block: pick(random, shape.blocks).key,
      filedOn,
      closedOn,
      result: closedOn ? pick(random, shape.resultColumns).key : null,
      coDefendantOnly: random() < 0.1,
    });
  }
  return cases;
}
