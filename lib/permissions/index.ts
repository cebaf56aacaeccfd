// What an actor may see and do. Reads are scoped in the query (orgScope), so a forbidden
// row and a missing row look the same; every action re-checks with the canX() functions.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/auth/actor";
import type { Tx } from "@/lib/data/audit";

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

/**
 * The unit and every unit below it, in one recursive query (level by level, a province's ten
 * thousand units took 0.3 s); inside a transaction, read through it (`client`).
 */
export async function subtreeOrgIds(rootId: string, client: Tx = db()): Promise<string[]> {
  return (await client.$queryRawUnsafe<{ id: string }[]>(SUBTREE, rootId)).map((row) => row.id);
}

export function orgIdFilter(ids: OrgIds): { in: string[] } | undefined {
  return ids === "all" ? undefined : { in: ids };
}

export function canSeeOrg(ids: OrgIds, orgId: string): boolean {
  return ids === "all" || ids.includes(orgId);
}

/** Staff edit their own unit's reports; admins any. Reviewers review, they do not type. */
export function canEditReportOf(actor: Actor, orgId: string): boolean {
  return isAdmin(actor) || ownUnitOf(actor) === orgId;
}

/**
 * Writing a unit's own records (its 本级 report, register, cases, channels): a unit the actor
 * does not see answers NOT_FOUND, as a missing one does; one the actor sees but may not write
 * (a reviewer over it) answers FORBIDDEN.
 */
export function assertCanWriteUnit(actor: Actor, ids: OrgIds, orgId: string): void {
  if (!canSeeOrg(ids, orgId)) throw new AppError("NOT_FOUND");
  if (!canEditReportOf(actor, orgId)) throw new AppError("FORBIDDEN");
}

/** Reviewers and admins open the review pages: reports waiting for review, the tracker. */
export function canReview(actor: Actor): boolean {
  return isAdmin(actor) || (actor.kind === "user" && actor.role === "reviewer");
}

/** Reviewers review their subtree (the caller passes the actor's visible ids); admins all. */
export function canReviewReportOf(actor: Actor, ids: OrgIds, orgId: string): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === "user" && actor.role === "reviewer" && canSeeOrg(ids, orgId);
}

/**
 * Bringing in a unit's report of an earlier year as it was published (往年报告), defects
 * included, as a published revision: admins for any unit, reviewers for the units they review.
 * Staff do not: a published record that keeps its errors is not the unit's own to vouch for.
 */
export function canImportHistoricalReportOf(actor: Actor, ids: OrgIds, orgId: string): boolean {
  return canReviewReportOf(actor, ids, orgId);
}

/**
 * Who opens the page that imports a published report (导入报告): those who type reports (a
 * draft of their unit's) and those who review (a past report as published); which units each
 * may import for is canEditReportOf and canImportHistoricalReportOf.
 */
export function canImportReports(actor: Actor): boolean {
  return canEditReports(actor) || canReview(actor);
}

/**
 * The unit an actor works for (本单位): a staff member's own unit, whose register, cases and
 * reports are theirs; null for reviewers and admins, who choose among the units they see.
 */
export function ownUnitOf(actor: Actor): string | null {
  return actor.kind === "user" && actor.role === "staff" ? actor.orgId : null;
}

/** Who types reports (new reports, 填写): staff and admins; reviewers review, they do not type. */
export function canEditReports(actor: Actor): boolean {
  return isAdmin(actor) || (actor.kind === "user" && actor.role === "staff");
}

/**
 * Who keeps a register (登记 requests and cases, import a register): the staff of a unit for
 * their own unit, admins for any unit they name. Reviewers read registers; they do not keep them.
 */
export function canKeepRegister(actor: Actor): boolean {
  return isAdmin(actor) || ownUnitOf(actor) !== null;
}

/** 通知设置 of a unit (its recipients, its wording of each mail, its outbox): its staff, and admins. */
export function canManageNotificationsOf(actor: Actor, orgId: string): boolean {
  return canEditReportOf(actor, orgId);
}

/** 通知设置 in the header: whoever keeps a register (staff for their unit, admins for any). */
export function canManageNotifications(actor: Actor): boolean {
  return canKeepRegister(actor);
}

/** 申请人姓名、联系方式: only the staff of the request's own unit. */
export function canSeeApplicant(actor: Actor, orgId: string): boolean {
  return ownUnitOf(actor) === orgId;
}

/** 节假日安排 is the admin's (design.md §1). */
export function canManageCalendar(actor: Actor): boolean {
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

/** 单位管理: create, rename and move units. */
export function canManageUnits(actor: Actor): boolean {
  return isAdmin(actor);
}

/**
 * The accounts an actor manages (create, 停用, 启用, 重置密码): an admin every account; a
 * reviewer the staff (填报人员) accounts of the units below their own unit; nobody else any.
 */
export type AccountScope = "all" | { roles: Role[]; orgIds: string[] };

export async function manageableAccounts(actor: Actor, client: Tx = db()): Promise<AccountScope | null> {
  if (isAdmin(actor)) return "all";
  if (actor.kind !== "user" || actor.role !== "reviewer" || !actor.orgId) return null;
  const ownUnit = actor.orgId;
  const below = (await subtreeOrgIds(ownUnit, client)).filter((id) => id !== ownUnit);
  return { roles: ["staff"], orgIds: below };
}

/** 账号管理 in the header and /admin/users: whoever manages some accounts. */
export function canManageAccounts(actor: Actor): boolean {
  return isAdmin(actor) || (actor.kind === "user" && actor.role === "reviewer" && actor.orgId !== null);
}

export function canManageAccount(scope: AccountScope | null, account: { role: Role; orgId: string | null }): boolean {
  if (scope === null) return false;
  if (scope === "all") return true;
  return scope.roles.includes(account.role) && account.orgId !== null && scope.orgIds.includes(account.orgId);
}

/** The roles an actor may give a new account. */
export function assignableRoles(scope: AccountScope | null): Role[] {
  if (scope === null) return [];
  return scope === "all" ? ["staff", "reviewer", "admin"] : scope.roles;
}

/** The accounts of the scope as a query filter, so that one out of scope looks missing. */
export function accountFilter(scope: AccountScope): { role?: { in: Role[] }; orgId?: { in: string[] } } {
  return scope === "all" ? {} : { role: { in: scope.roles }, orgId: { in: scope.orgIds } };
}

/**
 * A report's history (its audit log and every earlier state): whoever sees its working copy,
 * that is its unit's staff, the reviewers over the unit and admins (`ids` from visibleOrgIds).
 */
export function canReadReportHistory(ids: OrgIds, orgId: string): boolean {
  return canSeeOrg(ids, orgId);
}

/**
 * 内容雷同 compares a report with sibling units' reports of the year: their published
 * revisions, which are public, for everyone who sees the report; a sibling's report submitted
 * for review only for those who review that unit (and admins). Never a unit's draft.
 */
export function canCompareWithSubmittedOf(actor: Actor, ids: OrgIds, orgId: string): boolean {
  return canReviewReportOf(actor, ids, orgId);
}
