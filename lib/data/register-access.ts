// Who may see and change a unit's register. Reads are scoped in the query like reports
// (staff their unit, reviewers their subtree, admins all), so a unit or request the actor may
// not see and a missing one look the same (NOT_FOUND). Writes: the unit's staff, or an admin /
// the command line; a reviewer who sees the unit is refused (FORBIDDEN). The applicant's name
// and contact are for the unit's own staff only.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { assertCanWriteUnit, canManageCalendar, visibleOrgIds, type OrgIds } from "@/lib/permissions";
import { writeAudit, type AuditEntry, type PublicSource, type Tx } from "@/lib/data/audit";

export async function registerScope(actor: Actor): Promise<OrgIds> {
  return visibleOrgIds(actor);
}

/** Throws unless the actor may write the unit's register: NOT_FOUND for a unit out of sight, FORBIDDEN for one only seen. */
export async function assertCanWriteRegister(actor: Actor, orgId: string): Promise<void> {
  assertCanWriteUnit(actor, await visibleOrgIds(actor), orgId);
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
export function writeRegisterAudit(tx: Tx, actor: Actor | PublicSource, entries: RegisterAuditEntry[]): Promise<void> {
  return writeAudit(tx, actor, entries);
}
