// A report's history: its audit log as steps (who, when, what), and the report as it was
// right after any entry, for those who may read it (lib/permissions canReadReportHistory).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FormatId } from "@/lib/formats/types";
import { canReadReportHistory, orgIdFilter, visibleOrgIds } from "@/lib/permissions";
import { formatOfStored } from "@/lib/data/report-format";
import { groupHistory, pageOf, type HistoryItem } from "@/lib/history/items";
import { replayUntil, type HistoryEntry, type ReportState } from "@/lib/history/replay";

export interface HistoryReport {
  id: string;
  orgId: string;
  orgName: string;
  year: number;
  scope: "own" | "rollup";
  format: FormatId;
}

export interface HistoryStep extends HistoryItem<HistoryEntry> {
  /** who: the user's name, or null for the command line */
  actorName: string | null;
  /** the format the report had during this step (cell labels depend on it) */
  format: FormatId | null;
}

const headSelect = { id: true, at: true, actorId: true, via: true, entity: true, action: true } as const;

/** The report, when the actor may read its history; else null (a forbidden report looks missing). */
async function reportForHistory(actor: Actor, reportId: string): Promise<HistoryReport | null> {
  const ids = await visibleOrgIds(actor);
  const row = await db().report.findFirst({
    where: { id: reportId, orgId: orgIdFilter(ids) },
    select: { id: true, orgId: true, year: true, scope: true, format: true, org: { select: { name: true } } },
  });
  if (!row || !canReadReportHistory(ids, row.orgId)) return null;
  return { id: row.id, orgId: row.orgId, orgName: row.org.name, year: row.year, scope: row.scope, format: formatOfStored(row.format) };
}

function toEntry(row: Omit<HistoryEntry, "before" | "after"> & { before: Prisma.JsonValue; after: Prisma.JsonValue }): HistoryEntry {
  return { ...row, before: row.before ?? null, after: row.after ?? null };
}

async function actorNames(actorIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName || u.username]));
}

/**
 * One page of the report's history, newest step first. Grouping needs only each entry's
 * head; the before and after values (whole narratives among them) are read for the page shown.
 */
export async function getReportHistory(options: { actor: Actor; reportId: string; page?: number }): Promise<{
  report: HistoryReport;
  steps: HistoryStep[];
  page: number;
  pages: number;
} | null> {
  const report = await reportForHistory(options.actor, options.reportId);
  if (!report) return null;
  const heads = await db().auditLog.findMany({ where: { reportId: report.id }, select: headSelect });
  // The format in force at each step: replayed from the few report-level entries (new report, format change).
  const formatChanges = await db().auditLog.findMany({
    where: { reportId: report.id, entity: "report", action: { in: ["create", "format"] } },
    select: { ...headSelect, entityId: true, before: true, after: true },
  });
  const changes = formatChanges.map(toEntry);
  const all = groupHistory(heads);
  const { items, page, pages } = pageOf(all, options.page ?? 1);
  const wanted = items.flatMap((item) => item.entries.map((e) => e.id));
  const rows = await db().auditLog.findMany({ where: { id: { in: wanted } } });
  const byId = new Map(rows.map((row) => [row.id, toEntry(row)]));
  const names = await actorNames(items.map((item) => item.actorId));
  const steps = items.map((item) => {
    const entries = item.entries.map((e) => byId.get(e.id)).filter((e): e is HistoryEntry => e !== undefined);
    const format = replayUntil(changes.filter((c) => c.at <= item.at), null)?.format ?? null;
    return { ...item, entries, actorName: item.actorId ? (names.get(item.actorId) ?? null) : null, format };
  });
  return { report, steps, page, pages };
}

/**
 * The report right after the audit entry `entryId` (cells, sections, status), with when and by
 * whom that entry was written; null when the report or the entry is not there for the actor.
 */
export async function getReportStateAt(options: { actor: Actor; reportId: string; entryId: string }): Promise<{
  report: HistoryReport;
  state: ReportState;
  at: Date;
  actorName: string | null;
} | null> {
  const report = await reportForHistory(options.actor, options.reportId);
  if (!report) return null;
  const target = await db().auditLog.findFirst({ where: { id: options.entryId, reportId: report.id }, select: headSelect });
  if (!target) return null;
  // Everything up to the entry's moment (and the few written in the same instant), replayed in order.
  const rows = await db().auditLog.findMany({ where: { reportId: report.id, at: { lte: target.at } } });
  const state = replayUntil(rows.map(toEntry), target.id);
  if (!state) return null;
  const names = await actorNames([target.actorId]);
  return { report, state, at: target.at, actorName: target.actorId ? (names.get(target.actorId) ?? null) : null };
}
