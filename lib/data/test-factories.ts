// Test data for integration tests: units, users and actors with sensible defaults, and the
// error a call was refused with.
import { randomBytes } from "node:crypto";
import { CLI_ACTOR, type Actor, type Role } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { createOrg, type OrgKind } from "@/lib/data/orgs";
import { createUser } from "@/lib/data/users";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";

export function uniqueSlug(prefix = "org"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function makeOrg(options: { name?: string; parentSlug?: string; kind?: OrgKind } = {}) {
  const slug = uniqueSlug();
  const org = await createOrg({ actor: CLI_ACTOR, slug, name: options.name ?? `测试镇${slug}`, parentSlug: options.parentSlug, kind: options.kind });
  return { ...org, slug };
}

export async function makeActor(options: { role: Role; orgSlug?: string; orgId?: string; displayName?: string }): Promise<Actor & { kind: "user" }> {
  const username = `u${randomBytes(5).toString("hex")}`;
  const { id } = await createUser({
    actor: CLI_ACTOR,
    username,
    password: "correct horse battery",
    role: options.role,
    orgSlug: options.orgSlug,
    displayName: options.displayName,
  });
  return { kind: "user", id, username, role: options.role, orgId: options.orgId ?? null };
}

/** A county with two towns (甲镇, 乙镇), staff in each town and a reviewer at the county. */
export async function makeCounty() {
  const county = await makeOrg({ name: "测试县", kind: "county" });
  const town = await makeOrg({ name: "甲镇", parentSlug: county.slug });
  const other = await makeOrg({ name: "乙镇", parentSlug: county.slug });
  const staff = await makeActor({ role: "staff", orgSlug: town.slug, orgId: town.id });
  const otherStaff = await makeActor({ role: "staff", orgSlug: other.slug, orgId: other.id });
  const reviewer = await makeActor({ role: "reviewer", orgSlug: county.slug, orgId: county.id });
  return { county, town, other, staff, otherStaff, reviewer };
}

/** The code and message of the AppError the call was refused with; anything else fails the test. */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** A consistent gov-2021 table: 3 new requests of natural persons, 2 granted, 1 carried over. */
export function consistentCells(): Cells {
  const cells: Cells = {};
  for (const cell of listCells(getFormat("gov-2021"))) cells[cell.key] = 0;
  Object.assign(cells, {
    "t3.new.natural": 3,
    "t3.new.total": 3,
    "t3.granted.natural": 2,
    "t3.granted.total": 2,
    "t3.total.natural": 2,
    "t3.total.total": 2,
    "t3.carried_out.natural": 1,
    "t3.carried_out.total": 1,
  });
  return cells;
}
