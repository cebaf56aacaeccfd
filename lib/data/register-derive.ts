// 表三 and 表四 of a unit's year from its register, for the editor's 从登记簿生成 and for
// `register derive`. The counting is pushed to SQL: one GROUP BY over the requests (and one
// over the cases) returns the groups of lib/register/derive.ts, which maps them onto the
// format's cells. The pure derivation groups in JS and shares the same tally, and a db test
// checks that both agree.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertReportYear } from "@/lib/formats/report-year";
import { formatForYear, getFormat, isFormatId } from "@/lib/formats";
import { cellPosition, withoutDerivedTotals } from "@/lib/formats/engine";
import type { Cells, FormatDef, FormatId } from "@/lib/formats/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeOrg, orgIdFilter, type OrgIds } from "@/lib/permissions";
import { getReportForActor, saveReport } from "@/lib/data/reports";
import { channelCountsForYear } from "@/lib/data/channels";
import { registerScope } from "@/lib/data/register-access";
import { deriveChannelCells } from "@/lib/register/channels";
import { mergeDerived, needsSplitGroups, tallyCases, tallyRequests, yearBounds, type CaseGroup, type DerivedCells, type RequestGroup } from "@/lib/register/derive";
import { cellLabel, derivedSourceKind, legacyShape, type DerivedSourceKind } from "@/lib/register/structure";
import { feeSentence } from "@/lib/register/fees";
import { feesReceivedInYear } from "@/lib/data/register-fees";

export interface DerivedReport extends DerivedCells {
  orgId: string;
  orgSlug: string;
  orgName: string;
  year: number;
  format: FormatId;
}

type OrgSelector = { orgId: string } | { orgSlug: string };

function orgCondition(orgIds: readonly string[] | "all"): Prisma.Sql {
  if (orgIds === "all") return Prisma.sql`TRUE`;
  if (orgIds.length === 0) return Prisma.sql`FALSE`;
  if (orgIds.length === 1) return Prisma.sql`"orgId" = ${orgIds[0]}`;
  return Prisma.sql`"orgId" IN (${Prisma.join(orgIds)})`;
}

interface GroupRow {
  orgId?: string;
  applicantType: string;
  channel?: string;
  extended?: boolean;
  isNew: boolean;
  outcome: string | null;
  count: number;
  ids?: string[];
}

/** One GROUP BY: requests counted in `year` by applicant, inflow (新收 or 上年结转) and outcome (null = 结转下年度). */
async function requestGroupRows(options: { orgIds: readonly string[] | "all"; year: number; split: boolean; withSources: boolean; byOrg: boolean }): Promise<GroupRow[]> {
  const { start, end } = yearBounds(options.year);
  const columns: Prisma.Sql[] = [
    ...(options.byOrg ? [Prisma.sql`"orgId"`] : []),
    Prisma.sql`"applicantType"`,
    ...(options.split ? [Prisma.sql`"channel"`, Prisma.sql`("extendedDays" > 0) AS "extended"`] : []),
    Prisma.sql`("receivedOn" >= ${start}) AS "isNew"`,
    Prisma.sql`CASE WHEN "closedOn" <= ${end} THEN "outcome" END AS "outcome"`,
  ];
  const groupBy = Prisma.raw(columns.map((_, i) => String(i + 1)).join(", "));
  const ids = options.withSources ? Prisma.sql`, array_agg("id" ORDER BY "receivedOn", "trackingNumber") AS "ids"` : Prisma.empty;
  return db().$queryRaw<GroupRow[]>`
    SELECT ${Prisma.join(columns)}, count(*)::int AS "count"${ids}
    FROM "InfoRequest"
    WHERE ${orgCondition(options.orgIds)} AND "receivedOn" <= ${end} AND ("closedOn" IS NULL OR "closedOn" >= ${start})
    GROUP BY ${groupBy}`;
}

function toGroup(row: GroupRow): RequestGroup {
  return {
    applicantType: row.applicantType,
    channel: row.channel ?? null,
    extended: row.extended ?? null,
    isNew: row.isNew,
    outcome: row.outcome,
    count: Number(row.count),
    ids: row.ids ?? null,
  };
}

async function caseGroups(orgId: string, year: number, withSources: boolean): Promise<CaseGroup[]> {
  const { start, end } = yearBounds(year);
  const ids = withSources ? Prisma.sql`, array_agg("id" ORDER BY "filedOn") AS "ids"` : Prisma.empty;
  // 共同被告 rule (I8): co-defendant-only cases are not counted.
  const rows = await db().$queryRaw<{ block: string; result: string | null; count: number; ids?: string[] }[]>`
    SELECT "block", CASE WHEN "closedOn" <= ${end} THEN "result" END AS "result", count(*)::int AS "count"${ids}
    FROM "ReviewCase"
    WHERE "orgId" = ${orgId} AND NOT "coDefendantOnly" AND "filedOn" <= ${end} AND ("closedOn" IS NULL OR "closedOn" >= ${start})
    GROUP BY 1, 2`;
  return rows.map((r) => ({ block: r.block, result: r.result, count: Number(r.count), ids: r.ids ?? null }));
}

function chooseFormat(year: number, format?: string): FormatDef {
  if (format === undefined) return formatForYear(year);
  if (!isFormatId(format)) throw new AppError("INVALID_INPUT", `未知的报告格式“${format}”。`);
  return getFormat(format);
}

async function visibleOrg(actor: Actor, selector: OrgSelector) {
  const ids = await registerScope(actor);
  const org = await db().org.findFirst({
    where: { AND: [{ id: orgIdFilter(ids) }, "orgId" in selector ? { id: selector.orgId } : { slug: selector.orgSlug }] },
    select: { id: true, slug: true, name: true },
  });
  if (!org) throw new AppError("NOT_FOUND", "orgSlug" in selector ? `单位“${selector.orgSlug}”不存在。` : undefined);
  return org;
}

/** 表三 (or the legacy 三 rows) of one unit's year, without 表四: what the benchmark measures. */
export async function deriveRequestCells(options: { actor: Actor; orgId: string; year: number; format?: FormatId; withSources?: boolean }): Promise<DerivedCells> {
  assertReportYear(options.year);
  const ids = await registerScope(options.actor);
  if (!canSeeOrg(ids, options.orgId)) throw new AppError("NOT_FOUND");
  const format = chooseFormat(options.year, options.format);
  const rows = await requestGroupRows({ orgIds: [options.orgId], year: options.year, split: needsSplitGroups(format), withSources: options.withSources ?? true, byOrg: false });
  return tallyRequests(format, options.year, rows.map(toGroup));
}

/** 表三 of every visible unit (or of `orgIds`) for a year, in one query: for the roll-up and the tracker. */
export async function deriveRequestCellsForYear(options: { actor: Actor; year: number; orgIds?: string[]; format?: FormatId }): Promise<Map<string, Cells>> {
  assertReportYear(options.year);
  const visible: OrgIds = await registerScope(options.actor);
  const wanted = options.orgIds ?? visible;
  const orgIds = wanted === "all" ? "all" : wanted.filter((id) => canSeeOrg(visible, id));
  const format = chooseFormat(options.year, options.format);
  const rows = await requestGroupRows({ orgIds, year: options.year, split: needsSplitGroups(format), withSources: false, byOrg: true });
  const byOrg = new Map<string, RequestGroup[]>();
  for (const row of rows) {
    const list = byOrg.get(row.orgId ?? "") ?? [];
    list.push(toGroup(row));
    byOrg.set(row.orgId ?? "", list);
  }
  const result = new Map<string, Cells>();
  for (const [orgId, groups] of byOrg) result.set(orgId, tallyRequests(format, options.year, groups).cells);
  return result;
}

/**
 * Every cell the register can give for a unit's year: 表三 and 表四 (legacy years: the 三、四、五
 * rows and the 一(二) channel rows), with the requests, cases or channels behind each number.
 */
export async function deriveReportCells(options: OrgSelector & { actor: Actor; year: number; format?: FormatId; withSources?: boolean }): Promise<DerivedReport> {
  const { actor, year } = options;
  assertReportYear(year);
  const org = await visibleOrg(actor, options);
  const format = chooseFormat(year, options.format);
  const withSources = options.withSources ?? true;
  const [requestRows, cases] = await Promise.all([
    requestGroupRows({ orgIds: [org.id], year, split: needsSplitGroups(format), withSources, byOrg: false }),
    caseGroups(org.id, year, withSources),
  ]);
  const parts = [tallyRequests(format, year, requestRows.map(toGroup)), tallyCases(format, cases)];
  if (legacyShape(format)) parts.push(deriveChannelCells(format, await channelCountsForYear({ actor, orgId: org.id, year })));
  const derived = mergeDerived(...parts);
  const keys = Object.keys(derived.cells).sort((a, b) => cellPosition(format, a) - cellPosition(format, b));
  const cells: Cells = {};
  for (const key of keys) cells[key] = derived.cells[key];
  return { ...derived, cells, orgId: org.id, orgSlug: org.slug, orgName: org.name, year, format: format.id };
}

export interface CellChange {
  key: string;
  before: number | null;
  after: number | null;
}

export interface DerivedPreview {
  reportId: string;
  version: number;
  format: FormatId;
  year: number;
  /** only the cells whose value would change */
  changes: CellChange[];
  derived: DerivedReport;
  /** the fee sentence for the format's fee section (2021: 六), or null for a format without one */
  feeText: FeeText | null;
}

/**
 * The year's 信息处理费 as a sentence for the report's fee section: written there by 应用 when the
 * section is empty ("fill"), already in it ("present"), or shown beside it for the user to
 * insert ("beside"): typed text is never overwritten.
 */
export interface FeeText {
  section: string;
  heading: string;
  sentence: string;
  placement: "fill" | "present" | "beside";
}

/** The format's fee section and the sentence of the unit's year; null for a format without one. The caller has checked the scope. */
async function feeSectionSentence(formatId: FormatId, orgId: string, year: number): Promise<Omit<FeeText, "placement"> | null> {
  const format = getFormat(formatId);
  const section = format.sections.find((s) => s.key === format.feeSection);
  if (!section) return null;
  return { section: section.key, heading: section.heading, sentence: feeSentence(await feesReceivedInYear(orgId, year)) };
}

async function feeTextFor(report: { orgId: string; year: number; format: FormatId; sections: Record<string, string> }): Promise<FeeText | null> {
  const fee = await feeSectionSentence(report.format, report.orgId, report.year);
  if (!fee) return null;
  const typed = (report.sections[fee.section] ?? "").trim();
  const placement = typed === "" ? "fill" : typed.includes(fee.sentence) ? "present" : "beside";
  return { ...fee, placement };
}

/** For `register derive`: the fee sentence of a derived year (the document carries cells only). */
export async function derivedFeeSentence(options: { actor: Actor; derived: DerivedReport }): Promise<Omit<FeeText, "placement"> | null> {
  const { derived } = options;
  if (!canSeeOrg(await registerScope(options.actor), derived.orgId)) throw new AppError("NOT_FOUND");
  return feeSectionSentence(derived.format, derived.orgId, derived.year);
}

async function reportFor(actor: Actor, reportId: string) {
  const report = await getReportForActor({ actor, reportId });
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}

/** 从登记簿生成, step one: what the register would change in the report. */
export async function previewDerivedCells(options: { actor: Actor; reportId: string }): Promise<DerivedPreview> {
  const report = await reportFor(options.actor, options.reportId);
  const derived = await deriveReportCells({ actor: options.actor, orgId: report.orgId, year: report.year, format: report.format });
  // Compared with the report as it shows: a total the report already derives is no change.
  const changes = Object.entries(derived.cells)
    .filter(([key, value]) => report.completed[key] !== value)
    .map(([key, after]) => ({ key, before: report.completed[key] ?? null, after }));
  return { reportId: report.id, version: report.version, format: report.format, year: report.year, changes, derived, feeText: await feeTextFor(report) };
}

/**
 * 从登记簿生成, step two: writes the derived cells through saveReport, so versioning (the
 * version the caller read), the editable-status check and the audit log stay in one place.
 */
export async function applyDerivedCells(options: { actor: Actor; reportId: string; version: number }): Promise<{ version: number; changes: number; sections: Record<string, string> }> {
  const report = await reportFor(options.actor, options.reportId);
  const derived = await deriveReportCells({ actor: options.actor, orgId: report.orgId, year: report.year, format: report.format, withSources: false });
  // The register's totals agree with its parts: they stay derived in the working copy.
  const kept = withoutDerivedTotals(getFormat(report.format), { ...report.cells, ...derived.cells });
  const cells = Object.fromEntries(Object.keys(derived.cells).map((key) => [key, kept[key]]));
  // The fee sentence only goes into an empty section; the version check of saveReport makes
  // sure that "empty" is what this version holds.
  const fee = await feeTextFor(report);
  const sections = fee?.placement === "fill" ? { [fee.section]: fee.sentence } : {};
  const saved = await saveReport({ actor: options.actor, reportId: report.id, version: options.version, cells, sections });
  return { ...saved, sections };
}

/**
 * The requests or cases behind one derived cell of a report (the links of 从登记簿生成's
 * preview): the cell is derived again, so the list is what the register says now.
 */
export interface DerivedSource {
  ids: string[];
  value: number | null;
  /** "2025年度报告 三、本年度办理结果 （一）予以公开 · 自然人" */
  title: string;
  orgId: string;
}

export async function loadDerivedSource(options: {
  actor: Actor;
  kind: DerivedSourceKind;
  source: { reportId: string; cellKey: string };
}): Promise<DerivedSource | null> {
  const { actor, kind, source } = options;
  const report = await getReportForActor({ actor, reportId: source.reportId });
  if (!report) return null;
  const format = getFormat(report.format);
  if (derivedSourceKind(format, source.cellKey) !== kind) return null;
  const derived = await deriveReportCells({ actor, orgId: report.orgId, year: report.year, format: report.format });
  if (!(source.cellKey in derived.cells)) return null;
  return {
    ids: derived.sources[source.cellKey] ?? [],
    value: derived.cells[source.cellKey] ?? null,
    title: `${report.orgName}${report.year}年度报告 ${cellLabel(format, source.cellKey)}`,
    orgId: report.orgId,
  };
}
