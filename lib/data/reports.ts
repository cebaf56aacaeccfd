// Reports: the working copy staff edit, its workflow (草稿 → 已提交 → 退回 / 已发布) and its
// published revisions. Every read is scoped by the caller's rights; every write re-checks
// them, takes the version the caller read (optimistic locking) and writes the audit log in
// the same transaction.
import { db } from "@/lib/db";
import { changingPublicSite } from "@/lib/public-site/cache";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Cells, Finding, FormatDef, FormatId, InterchangeDocument } from "@/lib/formats/types";
import { formatForYear, getFormat, isFormatId } from "@/lib/formats";
import { cellValueProblem } from "@/lib/formats/cell-number";
import { computeTotals, listCells, withoutDerivedTotals } from "@/lib/formats/engine";
import { assertReportYear } from "@/lib/formats/report-year";
import type { CalendarDate } from "@/lib/calendar/date";
import { isoDate } from "@/lib/display-dates";
import { publicationDateProblem, publicationInstant, revisionOrderProblem } from "@/lib/report/publication-date";
import { cellName } from "@/lib/rules/labels";
import { findingsProblem, notesOfFindings, type HistoricalNote } from "@/lib/report/historical-notes";
import {
  acknowledgementOf,
  hasBlockingFindings,
  previousReport,
  ruleIdsOf,
  unexplainedFindings,
  unexplainedPart,
  validateReport,
  type Acknowledgement,
  type PreviousReport,
  type PreviousYearData,
} from "@/lib/rules";
import {
  canEditReport,
  assertCanWriteUnit,
  canEditReportOf,
  canImportHistoricalReportOf,
  canReviewReportOf,
  canSeeOrg,
  orgIdFilter,
  visibleOrgIds,
} from "@/lib/permissions";
import { writeAudit, type AuditEntry, type Tx } from "@/lib/data/audit";
import { holdLock } from "@/lib/data/locks";
import {
  acknowledgementSelect,
  acknowledgementsFromRows,
  cellsFromRows,
  sectionsFromRows,
  type AcknowledgedWarning,
  historicalOfRevision,
  type HistoricalRecord,
  rollupFromJson,
  snapshotFromJson,
  type PublishedChannel,
  type RevisionSnapshot,
  type RollupProvenance,
  type Sections,
} from "@/lib/data/report-shape";
import { channelCountsForYear } from "@/lib/data/channels";
import type { ReportFormat, ReportScope, ReportStatus } from "@/lib/generated/prisma/enums";
import { formatOfStored, storedFormat } from "@/lib/data/report-format";

export type { Sections };

export interface ReportSummary {
  id: string;
  orgId: string;
  orgSlug: string;
  orgName: string;
  year: number;
  /** own: the unit's 本级 report; rollup: the 汇总 of the units below it */
  scope: ReportScope;
  format: FormatId;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  latestRevision: number | null;
  /** the reviewer's comment when the report was returned (退回意见) */
  reviewComment: string | null;
}

export interface ReportDetail extends ReportSummary {
  orgKind: string;
  /** the unit's published report on the year before, when the system has one (for I5 and W3) */
  previousYear: PreviousYearData | null;
  /** the warnings of the working copy acknowledged with a reason (说明原因) */
  acknowledgements: Acknowledgement[];
  /** the working copy as stored: what was typed (or imported), totals the format derives blank */
  cells: Cells;
  /** `cells` with the derived totals computed: what every view and export of the report shows */
  completed: Cells;
  sections: Sections;
  correctionReason: string | null;
  revisions: { number: number; publishedAt: Date; reason: string | null }[];
  /** what a roll-up sums (null for a unit's own report) */
  rollup: RollupProvenance | null;
  /**
   * While the report as published is a historical one (往年报告, not corrected since): where it
   * was read from and its notes, as the public page shows them.
   */
  historical: HistoricalRecord | null;
}

export const EDITABLE: readonly ReportStatus[] = ["draft", "returned"];

const summarySelect = {
  id: true,
  orgId: true,
  year: true,
  scope: true,
  format: true,
  status: true,
  version: true,
  updatedAt: true,
  reviewComment: true,
  org: { select: { slug: true, name: true, kind: true } },
  revisions: { select: { number: true }, orderBy: { number: "desc" as const }, take: 1 },
};

type SummaryRow = {
  id: string;
  orgId: string;
  year: number;
  scope: ReportScope;
  format: ReportFormat;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  reviewComment: string | null;
  org: { slug: string; name: string; kind: string };
  revisions: { number: number }[];
};

function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    orgId: row.orgId,
    orgSlug: row.org.slug,
    orgName: row.org.name,
    year: row.year,
    scope: row.scope,
    format: formatOfStored(row.format),
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    latestRevision: row.revisions[0]?.number ?? null,
    reviewComment: row.reviewComment,
  };
}

export async function listReportsForActor(options: { actor: Actor; status?: ReportStatus[] }): Promise<ReportSummary[]> {
  const ids = await visibleOrgIds(options.actor);
  const rows = await db().report.findMany({
    where: { orgId: orgIdFilter(ids), status: options.status ? { in: options.status } : undefined },
    select: summarySelect,
    orderBy: [{ year: "desc" }, { org: { name: "asc" } }],
  });
  return rows.map(toSummary);
}

/** A unit's own (本级) report of a year, if the actor sees the unit and it has one: what an import would replace. */
export async function findOwnReport(options: { actor: Actor; orgSlug: string; year: number }): Promise<ReportSummary | null> {
  const ids = await visibleOrgIds(options.actor);
  const row = await db().report.findFirst({
    where: { year: options.year, scope: "own", org: { slug: options.orgSlug }, orgId: orgIdFilter(ids) },
    select: summarySelect,
  });
  return row ? toSummary(row) : null;
}

/** The findings of a report as a page shows it: its typed cells, its narrative, last year's published report. */
export function reportFindings(report: ReportDetail): Finding[] {
  return validateReport({
    format: getFormat(report.format),
    cells: report.cells,
    sections: report.sections,
    year: report.year,
    orgKind: report.orgKind,
    previous: previousReport(report.previousYear),
  });
}

export async function getReportForActor(options: { actor: Actor; reportId: string }): Promise<ReportDetail | null> {
  const ids = await visibleOrgIds(options.actor);
  const row = await db().report.findFirst({
    where: { id: options.reportId, orgId: orgIdFilter(ids) },
    select: {
      ...summarySelect,
      correctionReason: true,
      rollup: true,
      cells: { select: { key: true, value: true } },
      sections: { select: { key: true, text: true } },
      revisions: {
        select: { number: true, publishedAt: true, reason: true, historical: true, sourceName: true, notes: true },
        orderBy: { number: "desc" },
      },
      acknowledgements: { select: acknowledgementSelect, orderBy: { finding: "asc" } },
    },
  });
  if (!row) return null;
  const latest = row.revisions[0];
  const format = formatOfStored(row.format);
  const cells = orderedCells(format, cellsFromRows(row.cells));
  return {
    ...toSummary(row),
    orgKind: row.org.kind,
    previousYear: await loadPreviousYear(row.orgId, row.year, row.scope),
    cells,
    completed: computeTotals(getFormat(format), cells),
    sections: sectionsFromRows(row.sections),
    correctionReason: row.correctionReason,
    revisions: row.revisions.map(({ number, publishedAt, reason }) => ({ number, publishedAt, reason })),
    rollup: rollupFromJson(row.rollup),
    historical: row.status === "published" && latest ? historicalOfRevision(latest) : null,
    acknowledgements: acknowledgementsFromRows(row.acknowledgements),
  };
}

export interface ReportContent {
  version: number;
  status: ReportStatus;
  /** the working copy as stored (derived totals blank unless stored) */
  cells: Cells;
  sections: Sections;
  /** who last changed a cell or section, and when (from the audit log) */
  lastChange: { by: string; at: Date } | null;
}

/**
 * A report's working copy as it is now, for an editor whose save met a newer version (two
 * people on one draft): whoever may read the report may read this; a report hidden from the
 * caller is missing.
 */
export async function getReportContent(options: { actor: Actor; reportId: string }): Promise<ReportContent | null> {
  const ids = await visibleOrgIds(options.actor);
  const row = await db().report.findFirst({
    where: { id: options.reportId, orgId: orgIdFilter(ids) },
    select: {
      version: true,
      status: true,
      format: true,
      cells: { select: { key: true, value: true } },
      sections: { select: { key: true, text: true } },
    },
  });
  if (!row) return null;
  const last = await db().auditLog.findFirst({
    where: { reportId: options.reportId, entity: { in: ["cell", "section"] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, via: true, actor: { select: { username: true, displayName: true } } },
  });
  return {
    version: row.version,
    status: row.status,
    cells: orderedCells(formatOfStored(row.format), cellsFromRows(row.cells)),
    sections: sectionsFromRows(row.sections),
    lastChange: last ? { by: last.actor ? (last.actor.displayName ?? last.actor.username) : last.via === "cli" ? "命令行" : "系统", at: last.at } : null,
  };
}

/**
 * The unit's report on the year before as published: its latest revision, or null while it has
 * none. A draft (or a correction under way) is no record to compare with: I5 and W3 compare
 * with what the public reads. Read outside any transaction (the embedded database has a
 * single connection).
 */
export async function loadPreviousYear(orgId: string, year: number, scope: ReportScope = "own"): Promise<PreviousYearData | null> {
  const latest = await db().reportRevision.findFirst({
    where: { report: { orgId, year: year - 1, scope } },
    orderBy: { number: "desc" },
    select: { year: true, format: true, snapshot: true },
  });
  if (!latest) return null;
  const format = formatOfStored(latest.format);
  return { year: latest.year, format, cells: orderedCells(format, snapshotFromJson(latest.snapshot).cells) };
}

/** The findings of a report's stored cells, read in the caller's transaction. */
export async function storedFindings(
  tx: Tx,
  report: { id: string; format: ReportFormat; orgKind: string; year: number },
  previous: PreviousReport | undefined,
): Promise<{ format: FormatDef; typed: Cells; findings: Finding[] }> {
  const format = getFormat(formatOfStored(report.format));
  const typed = orderedCells(format.id, cellsFromRows(await tx.cell.findMany({ where: { reportId: report.id } })));
  const sections = sectionsFromRows(await tx.section.findMany({ where: { reportId: report.id }, select: { key: true, text: true } }));
  return { format, typed, findings: validateReport({ format, cells: typed, sections, orgKind: report.orgKind, previous, year: report.year }) };
}

export async function readAcknowledgements(tx: Tx, reportId: string): Promise<Acknowledgement[]> {
  return acknowledgementsFromRows(await tx.findingAcknowledgement.findMany({ where: { reportId }, select: acknowledgementSelect, orderBy: { finding: "asc" } }));
}

/** Every cell of the format, in definition order; missing ones blank. */
function orderedCells(formatId: FormatId, cells: Cells): Cells {
  const result: Cells = {};
  for (const cell of listCells(getFormat(formatId))) result[cell.key] = cells[cell.key] ?? null;
  return result;
}

/** A working copy as it is shown and published: in definition order, the derived totals computed. */
function completedCells(formatId: FormatId, cells: Cells): Cells {
  return computeTotals(getFormat(formatId), cells);
}

function assertFormat(format: string): FormatId {
  if (!isFormatId(format)) throw new AppError("INVALID_INPUT", `未知的报告格式“${format}”。`);
  return format;
}

/**
 * Holds, until the transaction ends, the right to create or replace the unit's report of the
 * year: two imports, or an import and 新建报告, of one unit-year take turns instead of both
 * finding no report and both inserting one. Each then reads what the other committed.
 */
function lockReportYear(tx: Tx, orgId: string, year: number): Promise<void> {
  return holdLock(tx, `report:${orgId}:${year}`);
}

/** Waiting for the turn of the unit-year behind an import that writes every cell can take longer than Prisma's 5 s default. */
const REPORT_YEAR_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

export async function createReport(options: {
  actor: Actor;
  orgId: string;
  year: number;
  format?: string;
}): Promise<{ id: string }> {
  const { actor, orgId, year } = options;
  assertReportYear(year);
  const format = assertFormat(options.format ?? formatForYear(year).id);
  assertCanWriteUnit(actor, await visibleOrgIds(actor), orgId);
  return db().$transaction(async (tx) => {
    await lockReportYear(tx, orgId, year);
    if (!(await tx.org.findUnique({ where: { id: orgId } }))) throw new AppError("NOT_FOUND");
    if (await tx.report.findUnique({ where: { orgId_year_scope: { orgId, year, scope: "own" } } })) throw new AppError("REPORT_EXISTS");
    const report = await tx.report.create({ data: { orgId, year, format: storedFormat(format) } });
    await tx.cell.createMany({
      data: listCells(getFormat(format)).map((cell) => ({ reportId: report.id, key: cell.key, value: null })),
    });
    await writeAudit(tx, actor, [
      { entity: "report", entityId: report.id, reportId: report.id, action: "create", after: { year, format } },
    ]);
    return { id: report.id };
  }, REPORT_YEAR_TRANSACTION);
}

/**
 * Bumps the version if it is still the one the caller read; otherwise the report changed
 * under them (STALE_VERSION) or does not exist for them (NOT_FOUND).
 */
export async function claimVersion(tx: Tx, reportId: string, version: number): Promise<number> {
  const claimed = await tx.report.updateMany({
    where: { id: reportId, version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const exists = await tx.report.findUnique({ where: { id: reportId }, select: { id: true } });
    throw new AppError(exists ? "STALE_VERSION" : "NOT_FOUND");
  }
  return version + 1;
}

/**
 * Claims the version (which locks the report's row until the transaction ends) and reads the
 * status under that lock: a step of the workflow checks the state the report is in now, not
 * the one read before the transaction.
 */
async function claimInStatus(
  tx: Tx,
  reportId: string,
  version: number,
  allowed: readonly ReportStatus[],
): Promise<{ version: number; status: ReportStatus; correctionReason: string | null }> {
  const claimed = await claimVersion(tx, reportId, version);
  const { status, correctionReason } = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, correctionReason: true } });
  if (!allowed.includes(status)) throw new AppError("INVALID_STATE");
  return { version: claimed, status, correctionReason };
}

export async function loadForWrite(actor: Actor, reportId: string) {
  const ids = await visibleOrgIds(actor);
  const report = await db().report.findFirst({
    where: { id: reportId, orgId: orgIdFilter(ids) },
    include: { org: true },
  });
  if (!report) throw new AppError("NOT_FOUND");
  return { report, ids };
}

/** Refuses, before any transaction, a cell the format does not have or a value no cell can hold. */
function checkCellInput(formatId: FormatId, cells: Cells): void {
  const format = getFormat(formatId);
  const known = new Set(listCells(format).map((c) => c.key));
  for (const [key, value] of Object.entries(cells)) {
    if (!known.has(key)) throw new AppError("INVALID_INPUT", `未知的单元格“${key}”。`);
    const problem = cellValueProblem(value);
    if (problem) throw new AppError("INVALID_INPUT", `${cellName(format, key)}：${problem}。`);
  }
}

/**
 * A roll-up's numbers are the sums of the units below: only its narrative is typed. What the
 * editor sends back may carry the totals it computed from those sums; anything else is refused.
 */
async function refuseRollupCellEdits(formatId: FormatId, reportId: string, cells: Cells): Promise<void> {
  const stored = cellsFromRows(await db().cell.findMany({ where: { reportId } }));
  const computed = computeTotals(getFormat(formatId), stored);
  const changed = Object.entries(cells).filter(([key, value]) => (stored[key] ?? null) !== value && computed[key] !== value);
  if (changed.length > 0) {
    throw new AppError("INVALID_INPUT", "汇总报告的数字由下级单位的报告汇总而来，不能手工修改；请修改下级单位的报告后重新汇总。");
  }
}

function checkSectionInput(formatId: FormatId, sections: Sections): void {
  const known = new Set(getFormat(formatId).sections.map((s) => s.key));
  for (const key of Object.keys(sections)) {
    if (!known.has(key)) throw new AppError("INVALID_INPUT", `未知的报告部分“${key}”。`);
  }
}

/** A report's stored cells and sections, as writeContent compares them. */
interface StoredContent {
  cells: Cells;
  sections: Sections;
}

async function readContent(client: Tx, reportId: string): Promise<StoredContent> {
  const [cells, sections] = await Promise.all([
    client.cell.findMany({ where: { reportId } }),
    client.section.findMany({ where: { reportId } }),
  ]);
  return { cells: cellsFromRows(cells), sections: sectionsFromRows(sections) };
}

/**
 * Writes the changed cells and sections with one audit entry per change: the cells in one
 * statement, the sections in another, the audit in a third, however many changed (a
 * statement per cell made a whole report's save outlast the transaction's limit under load).
 * `stored` is the content the changes are compared with: read before the transaction by a
 * caller whose transaction then claims the version it read under (no one can have written in
 * between: every write of content claims the version), else read here, in the transaction.
 */
async function writeContent(
  tx: Tx,
  actor: Actor,
  reportId: string,
  cells: Cells,
  sections: Sections,
  action: string,
  stored?: StoredContent,
): Promise<number> {
  const { cells: before, sections: beforeSections } = stored ?? (await readContent(tx, reportId));
  const audit: AuditEntry[] = [];
  const cellKeys: string[] = [];
  const cellValues: (string | null)[] = [];
  for (const [key, value] of Object.entries(cells)) {
    const old = key in before ? before[key] : undefined;
    if (old === value) continue;
    cellKeys.push(key);
    cellValues.push(value === null ? null : String(value));
    audit.push({ entity: "cell", entityId: `${reportId}:${key}`, reportId, action, before: { value: old ?? null }, after: { value } });
  }
  const sectionKeys: string[] = [];
  const sectionTexts: string[] = [];
  for (const [key, text] of Object.entries(sections)) {
    const old = beforeSections[key];
    if (old === text) continue;
    sectionKeys.push(key);
    sectionTexts.push(text);
    audit.push({ entity: "section", entityId: `${reportId}:${key}`, reportId, action, before: { text: old ?? null }, after: { text } });
  }
  if (cellKeys.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Cell" ("reportId", "key", "value")
      SELECT ${reportId}, c.key, c.value FROM unnest(${cellKeys}::text[], ${cellValues}::numeric[]) AS c(key, value)
      ON CONFLICT ("reportId", "key") DO UPDATE SET "value" = EXCLUDED."value"`;
  }
  if (sectionKeys.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Section" ("reportId", "key", "text")
      SELECT ${reportId}, s.key, s.text FROM unnest(${sectionKeys}::text[], ${sectionTexts}::text[]) AS s(key, text)
      ON CONFLICT ("reportId", "key") DO UPDATE SET "text" = EXCLUDED."text"`;
  }
  await writeAudit(tx, actor, audit);
  return audit.length;
}

/** Replaces cells of a report inside the caller's transaction, one audit entry per change. */
export async function writeReportCells(tx: Tx, actor: Actor, reportId: string, cells: Cells, action: string): Promise<number> {
  return writeContent(tx, actor, reportId, cells, {}, action);
}

export async function saveReport(options: {
  actor: Actor;
  reportId: string;
  version: number;
  cells: Cells;
  sections: Sections;
}): Promise<{ version: number; changes: number }> {
  const { actor, reportId } = options;
  const { report, ids } = await loadForWrite(actor, reportId);
  if (!canEditReport(actor, ids, report)) throw new AppError("FORBIDDEN");
  const format = formatOfStored(report.format);
  checkCellInput(format, options.cells);
  if (report.scope === "rollup") await refuseRollupCellEdits(format, reportId, options.cells);
  checkSectionInput(format, options.sections);
  // A roll-up's cells stay as the sums wrote them; its revisions complete its totals.
  const cells = report.scope === "rollup" ? {} : options.cells;
  // What changed is worked out before the transaction; the transaction claims the version
  // that content had (a save in between makes this one STALE_VERSION) and writes.
  const stored = await readContent(db(), reportId);
  return db().$transaction(async (tx) => {
    const version = await claimVersion(tx, reportId, options.version);
    const current = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } });
    if (!EDITABLE.includes(current.status)) throw new AppError("REPORT_LOCKED");
    const changes = await writeContent(tx, actor, reportId, cells, options.sections, "save", stored);
    return { version, changes };
  });
}

async function setStatus(
  tx: Tx,
  actor: Actor,
  reportId: string,
  from: ReportStatus,
  to: ReportStatus,
  data: { reviewComment?: string | null; correctionReason?: string | null } = {},
): Promise<void> {
  await tx.report.update({ where: { id: reportId }, data: { status: to, ...data } });
  await writeAudit(tx, actor, [
    { entity: "status", entityId: reportId, reportId, action: `status:${to}`, before: { status: from }, after: { status: to, ...data } },
  ]);
}

export async function submitReport(options: { actor: Actor; reportId: string; version: number }): Promise<{ version: number }> {
  const { actor, reportId } = options;
  const { report, ids } = await loadForWrite(actor, reportId);
  if (!canEditReport(actor, ids, report)) throw new AppError("FORBIDDEN");
  const previous = previousReport(await loadPreviousYear(report.orgId, report.year, report.scope));
  return db().$transaction(async (tx) => {
    const { version, status } = await claimInStatus(tx, reportId, options.version, EDITABLE);
    const { findings } = await storedFindings(tx, { ...report, orgKind: report.org.kind }, previous);
    if (hasBlockingFindings(findings)) throw new AppError("BLOCKING_FINDINGS", undefined, findings);
    // I5 and its like: warnings that must carry a reason for their present numbers.
    const unexplained = unexplainedFindings(findings, await readAcknowledgements(tx, reportId));
    if (unexplained.length > 0) throw new AppError("BLOCKING_FINDINGS", `暂不能提交审核：${unexplainedPart(unexplained.length)}。`, findings);
    // The totals stay derived: the revision and every view compute them from their parts, so
    // that after 退回 or a correction they follow whatever part changes.
    await setStatus(tx, actor, reportId, status, "submitted", { reviewComment: null });
    return { version };
  });
}

export async function returnReport(options: {
  actor: Actor;
  reportId: string;
  version: number;
  comment: string;
}): Promise<{ version: number }> {
  const { actor, reportId } = options;
  const comment = options.comment.trim();
  if (!comment) throw new AppError("INVALID_INPUT", "请填写退回意见。");
  const { report, ids } = await loadForWrite(actor, reportId);
  if (!canReviewReportOf(actor, ids, report.orgId)) throw new AppError("FORBIDDEN");
  return db().$transaction(async (tx) => {
    const { version, status } = await claimInStatus(tx, reportId, options.version, ["submitted"]);
    await setStatus(tx, actor, reportId, status, "returned", { reviewComment: comment });
    return { version };
  });
}

/**
 * The unit's channels with their counts for the year, read before the publishing transaction
 * (the embedded database has one connection: reads outside an open transaction would wait on it).
 */
async function channelsForRevision(actor: Actor, orgId: string, year: number): Promise<PublishedChannel[]> {
  const channels = await channelCountsForYear({ actor, orgId, year });
  return channels.map((c) => ({ name: c.name, kindLabel: c.kindLabel, address: c.address, count: c.count }));
}

/**
 * The warnings of the stored cells that carry a reason for their present numbers, for the
 * revision's record.
 */
async function acknowledgedWarnings(tx: Tx, report: { id: string; format: ReportFormat; orgKind: string; year: number }, previous: PreviousReport | undefined): Promise<AcknowledgedWarning[]> {
  const acknowledgements = await readAcknowledgements(tx, report.id);
  if (acknowledgements.length === 0) return [];
  const { findings } = await storedFindings(tx, report, previous);
  return findings.flatMap((finding) => {
    const state = acknowledgementOf(finding, acknowledgements);
    if (state.status !== "current") return [];
    const { reason, by, at } = state.acknowledgement;
    return [{ rule: finding.rule, message: finding.message, reason, by, at }];
  });
}

async function createRevision(
  tx: Tx,
  actor: Actor,
  reportId: string,
  reason: string | null,
  channels: PublishedChannel[],
  previous: PreviousReport | undefined,
  /** a report of an earlier year keeps the day it was published on (import --published-at) */
  publishedAt?: Date,
  /** a historical published report: its cells exactly as published, its source and its notes */
  historical?: AsPublished,
): Promise<number> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { org: true, cells: true, sections: true, revisions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  const number = (report.revisions[0]?.number ?? 0) + 1;
  // A historical revision's notes say what is wrong in it; reasons given here are no part of it.
  const acknowledged = historical ? [] : await acknowledgedWarnings(tx, { ...report, orgKind: report.org.kind }, previous);
  // A revision is complete: the totals the working copy derives are computed into it. A
  // historical one is the published record: a total it left blank stays blank.
  const snapshot = {
    cells: historical ? historical.cells : completedCells(formatOfStored(report.format), cellsFromRows(report.cells)),
    sections: sectionsFromRows(report.sections),
    channels,
    ...(report.scope === "rollup" ? { rollup: rollupFromJson(report.rollup) ?? undefined } : {}),
    ...(acknowledged.length > 0 ? { acknowledged } : {}),
  } satisfies RevisionSnapshot;
  await tx.reportRevision.create({
    data: {
      reportId,
      number,
      format: report.format,
      year: report.year,
      orgName: report.org.name,
      snapshot,
      reason,
      publishedById: actor.kind === "user" ? actor.id : null,
      ...(publishedAt ? { publishedAt } : {}),
      ...(historical ? { historical: true, sourceName: historical.sourceName, notes: historical.notes } : {}),
    },
  });
  const dated = publishedAt ? { publishedAt: publishedAt.toISOString() } : {};
  const imported = historical ? { historical: true, sourceName: historical.sourceName, notes: historical.notes.length } : {};
  await writeAudit(tx, actor, [
    { entity: "revision", entityId: `${reportId}:${number}`, reportId, action: "publish", after: { number, reason, ...dated, ...imported } },
  ]);
  return number;
}

export async function publishReport(options: { actor: Actor; reportId: string; version: number }): Promise<{ version: number; revision: number }> {
  const { actor, reportId } = options;
  const { report, ids } = await loadForWrite(actor, reportId);
  if (!canReviewReportOf(actor, ids, report.orgId)) throw new AppError("FORBIDDEN");
  const channels = await channelsForRevision(actor, report.orgId, report.year);
  const previous = previousReport(await loadPreviousYear(report.orgId, report.year, report.scope));
  return changingPublicSite(
    db().$transaction(async (tx) => {
      const { version, status, correctionReason } = await claimInStatus(tx, reportId, options.version, ["submitted"]);
      const revision = await createRevision(tx, actor, reportId, correctionReason, channels, previous);
      await setStatus(tx, actor, reportId, status, "published", { correctionReason: null, reviewComment: null });
      return { version, revision };
    }),
  );
}

/** A correction: the published report becomes a draft again; the public keeps reading the last revision. */
export async function startCorrection(options: {
  actor: Actor;
  reportId: string;
  version: number;
  reason: string;
}): Promise<{ version: number }> {
  const { actor, reportId } = options;
  const reason = options.reason.trim();
  if (!reason) throw new AppError("INVALID_INPUT", "请填写更正原因。");
  const { report, ids } = await loadForWrite(actor, reportId);
  if (!canEditReport(actor, ids, report)) throw new AppError("FORBIDDEN");
  return db().$transaction(async (tx) => {
    const { version, status } = await claimInStatus(tx, reportId, options.version, ["published"]);
    await setStatus(tx, actor, reportId, status, "draft", { correctionReason: reason });
    return { version };
  });
}

/**
 * The moment a revision published on `date` gets: the start of that day in China, or, when the
 * latest revision was published later on the same day, that moment (the order stays the
 * revisions' order). A date before the latest revision's is refused.
 */
async function datedAfterLatest(tx: Tx, reportId: string, date: CalendarDate): Promise<Date> {
  const latest = await tx.reportRevision.findFirst({
    where: { reportId },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true },
  });
  const problem = revisionOrderProblem(date, latest ? { number: latest.number, publishedOn: isoDate(latest.publishedAt) } : undefined);
  if (problem) throw new AppError("INVALID_INPUT", `${problem}。`);
  const start = publicationInstant(date);
  return latest && latest.publishedAt > start ? latest.publishedAt : start;
}

/** A historical published report as its revision records it (createRevision). */
interface AsPublished {
  /** every cell of the format exactly as published, blanks included */
  cells: Cells;
  sourceName: string;
  notes: HistoricalNote[];
}

/** What an import publishes, worked out before its transaction. */
interface ImportPublication {
  reason: string | undefined;
  publishedOn: CalendarDate | undefined;
  channels: PublishedChannel[];
  previous: PreviousReport | undefined;
  historical?: AsPublished;
}

/**
 * The one write of an import, in its transaction: creates the unit's report of the year or
 * replaces its working copy, and with `publication` publishes it as the next revision.
 */
async function writeImport(
  actor: Actor,
  org: { id: string },
  year: number,
  format: FormatId,
  cells: Cells,
  sections: Sections,
  publication: ImportPublication | null,
): Promise<{ reportId: string; created: boolean; revision: number | null }> {
  return db().$transaction(async (tx) => {
    await lockReportYear(tx, org.id, year);
    let report = await tx.report.findUnique({ where: { orgId_year_scope: { orgId: org.id, year, scope: "own" } } });
    const created = !report;
    if (!report) {
      report = await tx.report.create({ data: { orgId: org.id, year, format: storedFormat(format) } });
      await writeAudit(tx, actor, [
        { entity: "report", entityId: report.id, reportId: report.id, action: "create", after: { year, format } },
      ]);
    } else if (formatOfStored(report.format) !== format) {
      await tx.cell.deleteMany({ where: { reportId: report.id } });
      await tx.report.update({ where: { id: report.id }, data: { format: storedFormat(format) } });
      await writeAudit(tx, actor, [
        { entity: "report", entityId: report.id, reportId: report.id, action: "format", before: { format: formatOfStored(report.format) }, after: { format } },
      ]);
    }
    await tx.report.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    // Totals that agree with their parts stay derived: they follow the parts if the draft changes.
    await writeContent(tx, actor, report.id, withoutDerivedTotals(getFormat(format), cells), sections, "import");
    let revision: number | null = null;
    if (publication) {
      // A first revision needs no reason; a later one is a correction and always states one.
      const hasRevisions = (await tx.reportRevision.count({ where: { reportId: report.id } })) > 0;
      const defaultReason = publication.historical ? "依据原发布文本导入" : "重新导入";
      const reason = hasRevisions ? publication.reason ?? defaultReason : publication.reason ?? null;
      const publishedOn = publication.publishedOn;
      const publishedAt = publishedOn === undefined ? undefined : await datedAfterLatest(tx, report.id, publishedOn);
      revision = await createRevision(tx, actor, report.id, reason, publication.channels, publication.previous, publishedAt, publication.historical);
      if (report.status !== "published") await setStatus(tx, actor, report.id, report.status, "published", { correctionReason: null });
    } else if (report.status !== "draft") {
      await setStatus(tx, actor, report.id, report.status, "draft");
    }
    return { reportId: report.id, created, revision };
  }, REPORT_YEAR_TRANSACTION);
}

/** The publication date of a report of `year`, checked (import --published-at). */
function assertPublicationDate(publishedOn: CalendarDate, year: number): void {
  const problem = publicationDateProblem(publishedOn, year);
  if (problem) throw new AppError("INVALID_INPUT", `${problem}。`);
}

/**
 * Loads an interchange document (and narrative) as a unit's report for its year: creates
 * the report or replaces its working copy; with `publish`, publishes it as the next revision.
 */
export async function importReport(options: {
  actor: Actor;
  orgSlug: string;
  doc: InterchangeDocument;
  sections?: Sections;
  publish?: boolean;
  reason?: string;
  /** with `publish`: the day the report was published on (a report of an earlier year), YYYY-MM-DD */
  publishedOn?: CalendarDate;
}): Promise<{ reportId: string; created: boolean; revision: number | null }> {
  const { actor, doc, publishedOn } = options;
  assertReportYear(doc.year);
  if (publishedOn !== undefined) {
    if (!options.publish) throw new AppError("INVALID_INPUT", "发布日期只能在导入并发布时填写。");
    assertPublicationDate(publishedOn, doc.year);
  }
  const format = assertFormat(doc.format);
  const org = await db().org.findUnique({ where: { slug: options.orgSlug } });
  const ids = await visibleOrgIds(actor);
  if (!org || !canSeeOrg(ids, org.id) || !canEditReportOf(actor, org.id)) {
    throw new AppError("NOT_FOUND", `单位“${options.orgSlug}”不存在。`);
  }
  const cells = orderedCells(format, doc.cells);
  checkCellInput(format, cells);
  const sections = options.sections ?? {};
  checkSectionInput(format, sections);
  if (!options.publish) return writeImport(actor, org, doc.year, format, cells, sections, null);
  const previous = previousReport(await loadPreviousYear(org.id, doc.year));
  const findings = validateReport({ format: getFormat(format), cells, sections, orgKind: org.kind, previous, year: doc.year });
  if (findings.some((f) => f.severity === "error")) throw new AppError("BLOCKING_FINDINGS", undefined, findings);
  const channels = await channelsForRevision(actor, org.id, doc.year);
  return changingPublicSite(writeImport(actor, org, doc.year, format, cells, sections, { reason: options.reason, publishedOn, channels, previous }));
}

/** The longest name of a historical report's source (a file's name, a web page's title). */
export const SOURCE_NAME_MAX = 200;

/**
 * Brings in a unit's report of an earlier year as it was published (往年报告), for the command
 * line (`import --historical`) and the upload page alike, and publishes it at once.
 *
 * - Who: an admin, or a reviewer over the unit (canImportHistoricalReportOf). A unit the
 *   caller does not see is NOT_FOUND, as a missing one; one they see but may not bring a
 *   report in for (its staff) is FORBIDDEN.
 * - What is kept: `doc.cells` exactly as published, blanks and wrong totals included, and
 *   `sections` (narrative by the format's section keys). Findings do not block it. The
 *   revision is marked historical, names `sourceName` (the file or page it was read from) and
 *   is dated `publishedOn` (YYYY-MM-DD, the day printed on it: after the year, not after
 *   today, not before the report's latest revision).
 * - Notes: the rules are run here on the cells and sections (with the unit's published report
 *   of the year before), and their findings are the revision's notes (lib/report/historical-
 *   notes.ts says which findings make notes and how each begins). `findings` adds what only
 *   the reading of the source knows (ParsedReport.findings may be passed whole: the findings of
 *   the rules' own ids are worked out again here, so that no note states a number the revision
 *   does not hold). Every cell, section and passage a finding names must be the format's.
 * - How: like any import, it creates the unit's report of the year or replaces its working
 *   copy, in one transaction with the audit log, then publishes the next revision and the
 *   public pages are rendered afresh. A later correction by staff is an ordinary revision
 *   (without notes: they were the historical revision's).
 * - Refused with INVALID_INPUT (a message in Chinese, nothing written): an unknown cell or
 *   section, a value no cell holds, a date or source name that cannot be, findings that name
 *   what the format does not have.
 */
export async function importHistoricalReport(options: {
  actor: Actor;
  orgSlug: string;
  doc: InterchangeDocument;
  sections?: Sections;
  findings?: readonly Finding[];
  publishedOn: CalendarDate;
  sourceName: string;
  /** the reason a later revision carries; "依据原发布文本导入" when not given */
  reason?: string;
}): Promise<{ reportId: string; created: boolean; revision: number; notes: HistoricalNote[] }> {
  const { actor, doc, publishedOn } = options;
  assertReportYear(doc.year);
  assertPublicationDate(publishedOn, doc.year);
  const sourceName = options.sourceName.trim();
  if (sourceName === "") throw new AppError("INVALID_INPUT", "请填写原报告的来源（文件名或网页标题）。");
  if ([...sourceName].length > SOURCE_NAME_MAX) throw new AppError("INVALID_INPUT", `来源名称不能超过 ${SOURCE_NAME_MAX} 个字。`);
  const format = assertFormat(doc.format);
  const org = await db().org.findUnique({ where: { slug: options.orgSlug } });
  const ids = await visibleOrgIds(actor);
  if (!org || !canSeeOrg(ids, org.id)) throw new AppError("NOT_FOUND", `单位“${options.orgSlug}”不存在。`);
  if (!canImportHistoricalReportOf(actor, ids, org.id)) throw new AppError("FORBIDDEN", "只有管理员或负责该单位的审核人员可以导入往年已发布的报告。");
  const cells = orderedCells(format, doc.cells);
  checkCellInput(format, cells);
  const sections = options.sections ?? {};
  checkSectionInput(format, sections);
  const formatDef = getFormat(format);
  const ruleIds = ruleIdsOf(formatDef);
  // What only the reading of the source knows; the rules' own findings are worked out below.
  const fromReading = (finding: Finding) => !ruleIds.has(finding.rule);
  const given = options.findings ?? [];
  const problem = findingsProblem(formatDef, sections, given, fromReading);
  if (problem) throw new AppError("INVALID_INPUT", `${problem}。`);
  const previous = previousReport(await loadPreviousYear(org.id, doc.year));
  const findings = [...validateReport({ format: formatDef, cells, sections, orgKind: org.kind, previous, year: doc.year }), ...given.filter(fromReading)];
  const notes = notesOfFindings(formatDef, findings);
  // The unit's channels as the system knows them now are no part of what was published then.
  const publication = { reason: options.reason, publishedOn, channels: [], previous, historical: { cells, sourceName, notes } };
  const { reportId, created, revision } = await changingPublicSite(writeImport(actor, org, doc.year, format, cells, sections, publication));
  if (revision === null) throw new Error("an import with a publication publishes a revision");
  return { reportId, created, revision, notes };
}

/** What `export` writes: the latest published revision, or the working copy if none. */
export async function getReportDataForExport(options: {
  actor: Actor;
  orgSlug: string;
  year: number;
  scope?: ReportScope;
}): Promise<{
  doc: InterchangeDocument;
  sections: Sections;
  scope: ReportScope;
  published: boolean;
  revision: number | null;
  publishedAt: Date | null;
} | null> {
  const ids = await visibleOrgIds(options.actor);
  const report = await db().report.findFirst({
    where: { year: options.year, scope: options.scope ?? "own", org: { slug: options.orgSlug }, orgId: orgIdFilter(ids) },
    include: { org: true, cells: true, sections: true, revisions: { orderBy: { number: "desc" }, take: 1 } },
  });
  if (!report) return null;
  const latest = report.revisions[0];
  if (latest) {
    const snapshot = snapshotFromJson(latest.snapshot);
    return {
      doc: { format: formatOfStored(latest.format), year: latest.year, organization: latest.orgName, cells: orderedCells(formatOfStored(latest.format), snapshot.cells) },
      sections: snapshot.sections,
      scope: report.scope,
      published: true,
      revision: latest.number,
      publishedAt: latest.publishedAt,
    };
  }
  const format = formatOfStored(report.format);
  return {
    doc: { format, year: report.year, organization: report.org.name, cells: completedCells(format, cellsFromRows(report.cells)) },
    sections: sectionsFromRows(report.sections),
    scope: report.scope,
    published: false,
    revision: null,
    publishedAt: null,
  };
}
