// 表三 and 表四 (or the legacy 统计表's 三、四、五 rows) of a year, from the register.
//
// A request counts in one inflow row and one outflow row of its applicant's column:
//   新收 = received in the year; 上年结转 = received before it and still open on 1 January;
//   办理结果 = closed in the year, by outcome; 结转下年度 = still open on 31 December.
// So 新收 + 上年结转 = 总计 + 结转下年度 (I1) holds for every column by construction, and 上年结转
// of a year is 结转下年度 of the year before (I5), because both are "received by 31 December
// and not closed by then". The 总计 column is the sum of the applicant columns (I3), and
// （七）总计 the sum of the outcome rows (I2).
//
// Requests are first reduced to groups (same applicant, inflow, outcome …) and the groups
// tallied into cells. The data layer gets the groups from one SQL GROUP BY; the pure tests
// group in JS with groupRequests. Both go through the same tally, so they cannot drift apart.
import { formatForYear } from "@/lib/formats";
import type { Cells, FormatDef } from "@/lib/formats/types";
import { legacyShape, outcomeMapping, outcomeOptions, requestsShape, reviewShape, type LegacyShape } from "@/lib/register/structure";
import { isChannelKey } from "@/lib/register/vocabulary";

export interface RegisterRequest {
  id: string;
  applicantType: string;
  channel: string;
  receivedOn: string;
  closedOn: string | null;
  outcome: string | null;
  extendedDays: number;
}

export interface RegisterCase {
  id: string;
  block: string;
  filedOn: string;
  closedOn: string | null;
  result: string | null;
  coDefendantOnly: boolean;
}

/** Requests that count alike in a year. `outcome` null = still open on 31 December. */
export interface RequestGroup {
  applicantType: string;
  /** only the legacy 统计表 splits by channel and by extension; null when not grouped by it */
  channel: string | null;
  extended: boolean | null;
  isNew: boolean;
  outcome: string | null;
  count: number;
  /** the requests behind the group, when the caller wants each number linked to them */
  ids: string[] | null;
}

/** Cases that count alike. `result` null = 尚未审结 on 31 December. */
export interface CaseGroup {
  block: string;
  result: string | null;
  count: number;
  ids: string[] | null;
}

export interface DerivedCells {
  cells: Cells;
  /** the request (or case) ids behind each derived cell */
  sources: Record<string, string[]>;
  /** ids whose applicant type, outcome or result has no cell in this format (shown as a warning) */
  unmapped: string[];
}

export function yearBounds(year: number): { start: string; end: string } {
  const y = String(year).padStart(4, "0");
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Received by the end of the year and not closed before it began: the requests the year's table counts. */
export function countsInYear(request: Pick<RegisterRequest, "receivedOn" | "closedOn">, year: number): boolean {
  const { start, end } = yearBounds(year);
  return request.receivedOn <= end && (request.closedOn === null || request.closedOn >= start);
}

export function groupRequests(year: number, requests: readonly RegisterRequest[], options: { bySplit?: boolean } = {}): RequestGroup[] {
  const { start, end } = yearBounds(year);
  const groups = new Map<string, RequestGroup>();
  for (const request of requests) {
    if (!countsInYear(request, year)) continue;
    const isNew = request.receivedOn >= start;
    const outcome = request.closedOn !== null && request.closedOn <= end ? request.outcome : null;
    const channel = options.bySplit ? request.channel : null;
    const extended = options.bySplit ? request.extendedDays > 0 : null;
    const key = JSON.stringify([request.applicantType, channel, extended, isNew, outcome]);
    let group = groups.get(key);
    if (!group) {
      group = { applicantType: request.applicantType, channel, extended, isNew, outcome, count: 0, ids: [] };
      groups.set(key, group);
    }
    group.count++;
    group.ids?.push(request.id);
  }
  return [...groups.values()];
}

export function groupCases(year: number, cases: readonly RegisterCase[]): CaseGroup[] {
  const { start, end } = yearBounds(year);
  const groups = new Map<string, CaseGroup>();
  for (const c of cases) {
    // 共同被告 rule (I8): a case where this unit is only the 复议机关 sued alongside is not counted.
    if (c.coDefendantOnly || c.filedOn > end || (c.closedOn !== null && c.closedOn < start)) continue;
    const result = c.closedOn !== null && c.closedOn <= end ? c.result : null;
    const key = JSON.stringify([c.block, result]);
    let group = groups.get(key);
    if (!group) {
      group = { block: c.block, result, count: 0, ids: [] };
      groups.set(key, group);
    }
    group.count++;
    group.ids?.push(c.id);
  }
  return [...groups.values()];
}

class Tally {
  readonly cells: Cells = {};
  readonly sources: Record<string, string[]> = {};
  readonly unmapped: string[] = [];
  constructor(private readonly withSources: boolean) {}

  zero(keys: Iterable<string>): void {
    for (const key of keys) {
      this.cells[key] = 0;
      if (this.withSources) this.sources[key] = [];
    }
  }

  add(key: string, group: { count: number; ids: string[] | null }): void {
    this.cells[key] = (this.cells[key] ?? 0) + group.count;
    if (this.withSources && group.ids) (this.sources[key] ??= []).push(...group.ids);
  }

  miss(group: { ids: string[] | null }): void {
    if (group.ids) this.unmapped.push(...group.ids);
  }

  /** total = sum of parts, with the parts' sources. */
  sum(total: string, parts: readonly string[]): void {
    this.cells[total] = 0;
    if (this.withSources) this.sources[total] = [];
    for (const part of parts) this.add(total, { count: this.cells[part] ?? 0, ids: this.sources[part] ?? null });
  }

  result(): DerivedCells {
    return { cells: this.cells, sources: this.withSources ? this.sources : {}, unmapped: [...new Set(this.unmapped)] };
  }
}

function hasIds(groups: readonly { ids: string[] | null }[]): boolean {
  return groups.some((g) => g.ids !== null);
}

/** The outcomes stored for requests closed in `year` (its default format) as rows of `format`. */
function outcomeRowsFor(format: FormatDef, year: number): Map<string, string> {
  const source = formatForYear(year);
  if (source === format) return new Map(outcomeOptions(format).map((o) => [o.key, o.key]));
  return outcomeMapping(source, format);
}

function tallyRequestsGov(format: FormatDef, year: number, groups: readonly RequestGroup[], tally: Tally): void {
  const shape = requestsShape(format);
  if (!shape) return;
  const columns = shape.applicantColumns.map((c) => c.key);
  const rows = [shape.newRow, shape.carriedInRow, ...shape.outcomeRows.map((r) => r.key), shape.totalRow, shape.carriedOutRow];
  tally.zero(rows.flatMap((row) => [...columns, shape.totalColumn].map((column) => shape.cell(row, column))));
  const outcomes = outcomeRowsFor(format, year);
  for (const group of groups) {
    if (!columns.includes(group.applicantType)) {
      tally.miss(group);
      continue;
    }
    const column = group.applicantType;
    tally.add(shape.cell(group.isNew ? shape.newRow : shape.carriedInRow, column), group);
    if (group.outcome === null) {
      tally.add(shape.cell(shape.carriedOutRow, column), group);
      continue;
    }
    const row = outcomes.get(group.outcome);
    if (!row) {
      tally.miss(group);
      continue;
    }
    tally.add(shape.cell(row, column), group);
    tally.add(shape.cell(shape.totalRow, column), group);
  }
  for (const row of rows) tally.sum(shape.cell(row, shape.totalColumn), columns.map((column) => shape.cell(row, column)));
}

function tallyRequestsLegacy(shape: LegacyShape, format: FormatDef, year: number, groups: readonly RequestGroup[], tally: Tally): void {
  const channelCells = Object.values(shape.receivedByChannel);
  const leafCells = new Map(shape.answerLeaves.map((leaf) => [leaf.key, leaf.cell]));
  const refused = new Set(shape.refusedLeaves);
  tally.zero([shape.received, ...channelCells, shape.closed, shape.closedOnTime, shape.closedExtended, shape.answered, shape.refusedTotal, ...leafCells.values()]);
  const outcomes = outcomeRowsFor(format, year);
  for (const group of groups) {
    if (group.isNew) {
      tally.add(shape.received, group);
      const channelCell = group.channel !== null && isChannelKey(group.channel) ? shape.receivedByChannel[group.channel] : undefined;
      if (channelCell) tally.add(channelCell, group);
    }
    if (group.outcome === null) continue;
    tally.add(shape.closed, group);
    tally.add(group.extended ? shape.closedExtended : shape.closedOnTime, group);
    const row = outcomes.get(group.outcome);
    const cell = row === undefined ? undefined : leafCells.get(row);
    if (row === undefined || cell === undefined) {
      tally.miss(group);
      continue;
    }
    tally.add(shape.answered, group);
    tally.add(cell, group);
    if (refused.has(row)) tally.add(shape.refusedTotal, group);
  }
}

/** Whether the format's legacy rows need groups split by channel and extension. */
export function needsSplitGroups(format: FormatDef): boolean {
  return requestsShape(format) === null && legacyShape(format) !== null;
}

export function tallyRequests(format: FormatDef, year: number, groups: readonly RequestGroup[]): DerivedCells {
  const tally = new Tally(hasIds(groups));
  const legacy = requestsShape(format) === null ? legacyShape(format) : null;
  if (legacy) tallyRequestsLegacy(legacy, format, year, groups, tally);
  else tallyRequestsGov(format, year, groups, tally);
  return tally.result();
}

export function tallyCases(format: FormatDef, groups: readonly CaseGroup[]): DerivedCells {
  const tally = new Tally(hasIds(groups));
  const shape = reviewShape(format);
  if (shape) {
    const results = shape.resultColumns.map((c) => c.key);
    const columns = [...results, shape.pendingColumn];
    tally.zero(shape.blocks.flatMap((b) => [...columns, shape.totalColumn].map((c) => shape.cell(b.key, c))));
    for (const group of groups) {
      const block = shape.blocks.find((b) => b.key === group.block);
      const column = group.result === null ? shape.pendingColumn : results.find((r) => r === group.result);
      if (!block || !column) tally.miss(group);
      else tally.add(shape.cell(block.key, column), group);
    }
    for (const block of shape.blocks) tally.sum(shape.cell(block.key, shape.totalColumn), columns.map((c) => shape.cell(block.key, c)));
    return tally.result();
  }
  const legacy = legacyShape(format);
  if (!legacy) return tally.result();
  // The legacy rows have no 尚未审结: only decided cases count, by the results of today's 表四.
  const cases = reviewShape(formatForYear(9999));
  if (!cases) return tally.result();
  const firstKind = cases.blocks[0]?.path[0];
  tally.zero([legacy.review.total, ...legacy.review.results, legacy.suit.total, ...legacy.suit.results]);
  for (const group of groups) {
    if (group.result === null) continue;
    const block = cases.blocks.find((b) => b.key === group.block);
    const index = cases.resultColumns.findIndex((c) => c.key === group.result);
    const target = block && block.path[0] === firstKind ? legacy.review : legacy.suit;
    if (!block || index < 0 || index >= target.results.length) {
      tally.miss(group);
      continue;
    }
    tally.add(target.results[index], group);
  }
  tally.sum(legacy.review.total, legacy.review.results);
  tally.sum(legacy.suit.total, legacy.suit.results);
  return tally.result();
}

export function mergeDerived(...parts: DerivedCells[]): DerivedCells {
  return {
    cells: Object.assign({}, ...parts.map((p) => p.cells)),
    sources: Object.assign({}, ...parts.map((p) => p.sources)),
    unmapped: [...new Set(parts.flatMap((p) => p.unmapped))],
  };
}

/** The pure derivation: the register's requests and cases → the year's table cells. */
export function deriveTables(format: FormatDef, year: number, requests: readonly RegisterRequest[], cases: readonly RegisterCase[] = []): DerivedCells {
  const split = needsSplitGroups(format);
  return mergeDerived(tallyRequests(format, year, groupRequests(year, requests, { bySplit: split })), tallyCases(format, groupCases(year, cases)));
}
