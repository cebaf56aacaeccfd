import { describe, expect, it } from "vitest";
import { CLI_ACTOR, type Actor, type Role } from "@/lib/auth/actor";
import {
  canEditReportOf,
  canEditReports,
  canKeepRegister,
  canManageCalendar,
  canManageNotifications,
  canManageNotificationsOf,
  canSeeApplicant,
  assertCanWriteUnit,
  canCompareWithSubmittedOf,
  canReadReportHistory,
  ownUnitOf,
} from "@/lib/permissions";

const user = (role: Role, orgId: string | null): Actor => ({ kind: "user", id: `${role}-${orgId}`, username: role, role, orgId });

const staff = user("staff", "wenchang");
const staffWithoutUnit = user("staff", null);
const reviewer = user("reviewer", "shapotou");
const admin = user("admin", null);

/** Every kind of actor the rights must answer for, by name. */
const ACTORS: Record<string, Actor> = { staff, staffWithoutUnit, reviewer, admin, cli: CLI_ACTOR };

function answers(right: (actor: Actor) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ACTORS).map(([name, actor]) => [name, right(actor)]));
}

describe("rights asked by pages", () => {
  it("ownUnitOf: a staff member's own unit; nobody else has one", () => {
    expect(answers(ownUnitOf)).toEqual({ staff: "wenchang", staffWithoutUnit: null, reviewer: null, admin: null, cli: null });
  });

  it("canEditReports: staff and admins type reports, reviewers do not", () => {
    expect(answers(canEditReports)).toEqual({ staff: true, staffWithoutUnit: true, reviewer: false, admin: true, cli: true });
  });

  it("通知设置: a unit's own staff and admins; reviewers and other units' staff do not", () => {
    expect(answers(canManageNotifications)).toEqual({ staff: true, staffWithoutUnit: false, reviewer: false, admin: true, cli: true });
    expect(answers((actor) => canManageNotificationsOf(actor, "wenchang"))).toEqual({ staff: true, staffWithoutUnit: false, reviewer: false, admin: true, cli: true });
    expect(answers((actor) => canManageNotificationsOf(actor, "shapotou"))).toEqual({ staff: false, staffWithoutUnit: false, reviewer: false, admin: true, cli: true });
  });

  it("canKeepRegister: the staff of a unit and admins keep registers; reviewers and staff without a unit do not", () => {
    expect(answers(canKeepRegister)).toEqual({ staff: true, staffWithoutUnit: false, reviewer: false, admin: true, cli: true });
  });

  it("canSeeApplicant: only the staff of the request's own unit", () => {
    expect(answers((actor) => canSeeApplicant(actor, "wenchang"))).toEqual({
      staff: true,
      staffWithoutUnit: false,
      reviewer: false,
      admin: false,
      cli: false,
    });
    expect(canSeeApplicant(staff, "xuanhe")).toBe(false);
  });

  it("assertCanWriteUnit: the unit's staff and admins write; a unit out of sight is NOT_FOUND, one only seen FORBIDDEN", () => {
    const outcome = (actor: Actor, ids: "all" | string[], orgId: string) => {
      try {
        assertCanWriteUnit(actor, ids, orgId);
        return "ok";
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    expect(answers((actor) => outcome(actor, "all", "wenchang"))).toEqual({
      staff: "ok",
      staffWithoutUnit: "FORBIDDEN",
      reviewer: "FORBIDDEN",
      admin: "ok",
      cli: "ok",
    });
    expect(outcome(staff, ["wenchang"], "xuanhe")).toBe("NOT_FOUND");
    expect(outcome(admin, ["wenchang"], "xuanhe")).toBe("NOT_FOUND");
  });

  it("canEditReportOf and canManageCalendar keep their answers", () => {
    expect(answers((actor) => canEditReportOf(actor, "wenchang"))).toEqual({
      staff: true,
      staffWithoutUnit: false,
      reviewer: false,
      admin: true,
      cli: true,
    });
    expect(answers(canManageCalendar)).toEqual({ staff: false, staffWithoutUnit: false, reviewer: false, admin: true, cli: true });
  });
});

describe("rights over a report's history and its 内容雷同 comparison", () => {
  /** What each actor sees (visibleOrgIds): staff their unit, the reviewer the county's subtree. */
  const seen: Record<string, "all" | string[]> = { staff: ["wenchang"], staffWithoutUnit: [], reviewer: ["shapotou", "wenchang", "xuanhe"], admin: "all", cli: "all" };
  const withIds = (right: (actor: Actor, ids: "all" | string[]) => boolean) =>
    Object.fromEntries(Object.entries(ACTORS).map(([name, actor]) => [name, right(actor, seen[name])]));

  it("canReadReportHistory: whoever sees the report's unit, and nobody else", () => {
    expect(withIds((_actor, ids) => canReadReportHistory(ids, "wenchang"))).toEqual({ staff: true, staffWithoutUnit: false, reviewer: true, admin: true, cli: true });
    expect(withIds((_actor, ids) => canReadReportHistory(ids, "xuanhe"))).toEqual({ staff: false, staffWithoutUnit: false, reviewer: true, admin: true, cli: true });
  });

  it("canCompareWithSubmittedOf: a sibling's submitted report only for its reviewers and admins, never for staff", () => {
    expect(withIds((actor, ids) => canCompareWithSubmittedOf(actor, ids, "xuanhe"))).toEqual({ staff: false, staffWithoutUnit: false, reviewer: true, admin: true, cli: true });
  });
});
