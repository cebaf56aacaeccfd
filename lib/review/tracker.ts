// 报送进度: for a parent unit and a year, where the report of every unit below it stands
// and how many calendar days are left to its deadline. Pure: lib/data/tracker.ts reads the
// units, reports and audit entries; this module decides what they mean for the page and the CSV.
import { fromYearMonthDay, toDayNumber, type CalendarDate } from "@/lib/calendar/date";
import { csvDocument } from "@/lib/export/csv";
import { STATUS_LABELS, type ReportStatus } from "@/lib/report-status";

/** 未建立 (missing): the unit has no report for the year. */
export type TrackerStatus = "missing" | ReportStatus;

export const TRACKER_STATUSES = ["missing", "draft", "submitted", "returned", "published"] as const satisfies readonly TrackerStatus[];

export const TRACKER_STATUS_LABELS: Record<TrackerStatus, string> = { missing: "未建立", ...STATUS_LABELS };

/** A unit's own report (本级) or the roll-up (汇总) of the units below it. */
export type ReportScope = "own" | "rollup";

export const SCOPE_LABELS: Record<ReportScope, string> = { own: "本级报告", rollup: "汇总报告" };

/**
 * The units' reports are due 1月31日 of the next year; the parent's own report and its roll-up
 * of theirs, 2月20日.
 */
export type DeadlineKind = "unit" | "parent";

const DEADLINES: Record<DeadlineKind, { month: number; day: number }> = {
  unit: { month: 1, day: 31 },
  parent: { month: 2, day: 20 },
};

/** "1月31日", as the page states the rule. */
export function deadlineDayLabel(kind: DeadlineKind): string {
  const { month, day } = DEADLINES[kind];
  return `${month}月${day}日`;
}

export function reportDeadline(year: number, kind: DeadlineKind): CalendarDate {
  return fromYearMonthDay({ year: year + 1, ...DEADLINES[kind] });
}

export interface Countdown {
  /** calendar days from today to the deadline: 0 on the day, negative once it has passed */
  daysLeft: number;
  text: string;
}

export function countdown(deadline: CalendarDate, today: CalendarDate): Countdown {
  const daysLeft = toDayNumber(deadline) - toDayNumber(today);
  const text = daysLeft > 0 ? `还剩 ${daysLeft} 天` : daysLeft === 0 ? "今天截止" : `已逾期 ${-daysLeft} 天`;
  return { daysLeft, text };
}

/**
 * Where a report stands. A published report that is being corrected is still 已发布: the public
 * reads its last revision and the unit has met its duty to publish, so it is neither counted
 * as outstanding nor overdue; `correction` says where the correction stands, so that a
 * reviewer still sees a correction waiting for review.
 */
export interface TrackerState {
  status: TrackerStatus;
  correction: Exclude<ReportStatus, "published"> | null;
}

export function trackerState(report: { status: ReportStatus; hasRevision: boolean } | null): TrackerState {
  if (!report) return { status: "missing", correction: null };
  if (report.hasRevision && report.status !== "published") return { status: "published", correction: report.status };
  return { status: report.status, correction: null };
}

export const CORRECTION_LABELS: Record<NonNullable<TrackerState["correction"]>, string> = {
  draft: "更正中",
  submitted: "更正待审核",
  returned: "更正已退回",
};

export function stateLabel(state: TrackerState): string {
  const label = TRACKER_STATUS_LABELS[state.status];
  return state.correction ? `${label}（${CORRECTION_LABELS[state.correction]}）` : label;
}

/** 已提交 and 已发布 have been handed in; every other state still owes the report. */
export function isHandedIn(status: TrackerStatus): boolean {
  return status === "submitted" || status === "published";
}

/** Who made a change: the user's name, or 命令行 for the command line. */
export function auditActorName(actor: { username: string; displayName: string | null } | null, via: string): string {
  if (actor) return actor.displayName?.trim() || actor.username;
  return via === "cli" ? "命令行" : via;
}

/**
 * "YYYY-MM-DD HH:mm" on the clock in China, whatever the server's time zone: China keeps
 * UTC+8 all year (no daylight saving since 1991).
 */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

export interface TrackerUnit {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

export interface LastChange {
  at: Date;
  /** auditActorName of the latest audit entry */
  by: string;
}

export interface TrackedReport {
  id: string;
  orgId: string;
  scope: ReportScope;
  status: ReportStatus;
  /** it has a published revision */
  hasRevision: boolean;
  /** the latest audit entry of the report; null for a report without one */
  lastChange: LastChange | null;
}

export interface TrackerRow {
  org: TrackerUnit;
  /** the name of the unit's own parent, for units deeper in the tree than the tracked parent's children */
  under: string | null;
  scope: ReportScope;
  reportId: string | null;
  state: TrackerState;
  deadline: CalendarDate;
  /** null once the report is handed in: there is nothing left to count down */
  countdown: Countdown | null;
  /** the deadline has passed and the report is not handed in */
  overdue: boolean;
  lastChange: LastChange | null;
}

export interface TrackerCounts {
  /** how many units are below the parent */
  units: number;
  byStatus: Record<TrackerStatus, number>;
  /** published reports with a correction open (counted under 已发布 too) */
  corrections: number;
  overdue: number;
}

export interface Tracker {
  year: number;
  today: CalendarDate;
  parent: TrackerUnit;
  /** the parent's own report and its roll-up first, then the units below in tree order */
  rows: TrackerRow[];
  /** counts of the units below; the parent's two rows are not among them */
  counts: TrackerCounts;
}

/** Depth first from the parent, siblings in the order of their Chinese names (pinyin). */
function unitsInTreeOrder(parentId: string, units: readonly TrackerUnit[]): TrackerUnit[] {
  const children = new Map<string, TrackerUnit[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  const ordered: TrackerUnit[] = [];
  const visit = (id: string) => {
    const below = [...(children.get(id) ?? [])].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
    for (const unit of below) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(parentId);
  return ordered;
}

export function countTracker(rows: readonly TrackerRow[]): TrackerCounts {
  const byStatus = Object.fromEntries(TRACKER_STATUSES.map((s) => [s, 0])) as Record<TrackerStatus, number>;
  for (const row of rows) byStatus[row.state.status]++;
  return {
    units: rows.length,
    byStatus,
    corrections: rows.filter((row) => row.state.correction !== null).length,
    overdue: rows.filter((row) => row.overdue).length,
  };
}

export function buildTracker(options: {
  year: number;
  today: CalendarDate;
  parent: TrackerUnit;
  /** the units below the parent (any depth) */
  units: readonly TrackerUnit[];
  /** the year's reports of the parent and of the units */
  reports: readonly TrackedReport[];
}): Tracker {
  const { year, today, parent } = options;
  const reportOf = new Map(options.reports.map((r) => [`${r.orgId}:${r.scope}`, r]));
  const names = new Map([parent, ...options.units].map((u) => [u.id, u.name]));
  const row = (org: TrackerUnit, scope: ReportScope, kind: DeadlineKind): TrackerRow => {
    const report = reportOf.get(`${org.id}:${scope}`) ?? null;
    const state = trackerState(report);
    const deadline = reportDeadline(year, kind);
    const left = isHandedIn(state.status) ? null : countdown(deadline, today);
    return {
      org,
      under: org.id !== parent.id && org.parentId && org.parentId !== parent.id ? (names.get(org.parentId) ?? null) : null,
      scope,
      reportId: report?.id ?? null,
      state,
      deadline,
      countdown: left,
      overdue: left !== null && left.daysLeft < 0,
      lastChange: report?.lastChange ?? null,
    };
  };
  const unitRows = unitsInTreeOrder(parent.id, options.units).map((unit) => row(unit, "own", "unit"));
  return {
    year,
    today,
    parent,
    rows: [row(parent, "own", "parent"), row(parent, "rollup", "parent"), ...unitRows],
    counts: countTracker(unitRows),
  };
}

/** The unit as the page and the CSV name it: a unit deeper in the tree says whose it is. */
export function unitLabel(row: TrackerRow): string {
  return row.under ? `${row.org.name}（${row.under}下属）` : row.org.name;
}

/** The columns of the page's table, less its links; 期限 comes early, to be in sight on a phone. */
export const TRACKER_COLUMNS = ["单位", "报告", "状态", "期限", "截止日期", "最后修改", "修改人"] as const;

export function trackerRowFields(row: TrackerRow): string[] {
  return [
    unitLabel(row),
    SCOPE_LABELS[row.scope],
    stateLabel(row.state),
    row.countdown?.text ?? "",
    row.deadline,
    row.lastChange ? chinaDateTime(row.lastChange.at) : "",
    row.lastChange?.by ?? "",
  ];
}

export function trackerToCsv(tracker: Tracker): string {
  return csvDocument([[...TRACKER_COLUMNS], ...tracker.rows.map(trackerRowFields)]);
}

export function trackerCsvName(tracker: Tracker): string {
  return `tracker-${tracker.parent.slug}-${tracker.year}.csv`;
}
