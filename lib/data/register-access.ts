// Who may see and change a unit's register. Reads are scoped in the query like reports
// (staff their unit, reviewers their subtree, admins all), so a forbidden request and a
// missing one look the same (NOT_FOUND). Writes: the unit's staff, or an admin / the command
// line; the rights themselves are in lib/permissions.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { canManageCalendar, canWriteRegisterOf, visibleOrgIds, type OrgIds } from "@/lib/permissions";
import { writeAudit, type AuditEntry, type Tx } from "@/lib/data/audit";

export async function registerScope(actor: Actor): Promise<OrgIds> {
  return visibleOrgIds(actor);
}

/** Throws NOT_FOUND unless the actor may write the unit's register. */
export async function assertCanWriteRegister(actor: Actor, orgId: string): Promise<void> {
  if (!canWriteRegisterOf(actor, await visibleOrgIds(actor), orgId)) throw new AppError("NOT_FOUND");
}

/** Throws FORBIDDEN unless the actor manages the calendar. */
export function assertCalendarAdmin(actor: Actor): void {
  if (!canManageCalendar(actor)) throw new AppError("FORBIDDEN");
}

export type RegisterAuditEntity = "request" | "register" | "review_case" | "notice" | "channel";

export type RegisterAuditEntry = AuditEntry & { entity: RegisterAuditEntity };

/**
 * The audit log for register, calendar and channel changes, in the caller's transaction.
 * Entries never carry the applicant's name or contact (see requestAuditView).
 */
export function writeRegisterAudit(tx: Tx, actor: Actor, entries: RegisterAuditEntry[]): Promise<void> {
  return writeAudit(tx, actor, entries);
}
