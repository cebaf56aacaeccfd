// What an actor may see and do. Reads are scoped in the query (orgScope), so a forbidden
// row and a missing row look the same; every action re-checks with the canX() functions.
import { getDatabase } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type OrgIds = string[] | "all";

function isAdmin(actor: Actor): boolean {
  return actor.kind === "system" || actor.role === "admin";
}

/** The units whose reports the actor may see: staff their unit, reviewers their subtree. */
export async function visibleOrgIds(actor: Actor | null): Promise<OrgIds> {
  if (!actor) return [];
  if (isAdmin(actor)) return "all";
  if (actor.kind !== "user" || !actor.orgId) return [];
  if (actor.role === "staff") return [actor.orgId];
  return subtreeOrgIds(actor.orgId);
}

// UNION, not UNION ALL: a unit reached twice is listed once, and a loop in the tree ends.
const SUBTREE = `
WITH RECURSIVE subtree(id) AS (
  SELECT $1::text
  UNION
  SELECT o.id FROM "Org" o JOIN subtree s ON o."parentId" = s.id
)
SELECT id FROM subtree`;

/** The unit and every unit below it: one recursive query (level by level, a province's ten thousand units took 0.3 s). */
export async function subtreeOrgIds(rootId: string): Promise<string[]> {
  return (await getDatabase().sql.query<{ id: string }>(SUBTREE, [rootId])).map((row) => row.id);
}

export function orgIdFilter(ids: OrgIds): { in: string[] } | undefined {
  return ids === "all" ? undefined : { in: ids };
}

export function canSeeOrg(ids: OrgIds, orgId: string): boolean {
  return ids === "all" || ids.includes(orgId);
}

/** Staff edit their own unit's reports; admins any. Reviewers review, they do not type. */
export function canEditReportOf(actor: Actor, orgId: string): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === "user" && actor.role === "staff" && actor.orgId === orgId;
}

/** Reviewers review their subtree (the caller passes the actor's visible ids); admins all. */
export function canReviewReportOf(actor: Actor, ids: OrgIds, orgId: string): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === "user" && actor.role === "reviewer" && canSeeOrg(ids, orgId);
}

export function canManageOrgsAndUsers(actor: Actor): boolean {
  return isAdmin(actor);
}

/** A report of either scope: its own unit's staff write a 本级 report; a 汇总 is the reviewers'. */
export interface ReportScopeRef {
  orgId: string;
  scope: "own" | "rollup";
}

/** Who may type into a report: staff of the unit (本级), reviewers over the unit (汇总), admins. */
export function canEditReport(actor: Actor, ids: OrgIds, report: ReportScopeRef): boolean {
  return report.scope === "rollup" ? canBuildRollupOf(actor, ids, report.orgId) : canEditReportOf(actor, report.orgId);
}

/** The roll-up (汇总) of a unit is built by the reviewers who see the unit, and by admins. */
export function canBuildRollupOf(actor: Actor, ids: OrgIds, orgId: string): boolean {
  return canReviewReportOf(actor, ids, orgId);
}
