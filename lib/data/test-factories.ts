// Test data for integration tests: units, users and actors with sensible defaults.
import { randomBytes } from "node:crypto";
import { CLI_ACTOR, type Actor, type Role } from "@/lib/auth/actor";
import { createOrg, type OrgKind } from "@/lib/data/orgs";
import { createUser } from "@/lib/data/users";

export function uniqueSlug(prefix = "org"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function makeOrg(options: { name?: string; parentSlug?: string; kind?: OrgKind } = {}) {
  const slug = uniqueSlug();
  const org = await createOrg({ actor: CLI_ACTOR, slug, name: options.name ?? `测试镇${slug}`, parentSlug: options.parentSlug, kind: options.kind });
  return { ...org, slug };
}

export async function makeActor(options: { role: Role; orgSlug?: string; orgId?: string }): Promise<Actor & { kind: "user" }> {
  const username = `u${randomBytes(5).toString("hex")}`;
  const { id } = await createUser({ actor: CLI_ACTOR, username, password: "correct horse battery", role: options.role, orgSlug: options.orgSlug });
  return { kind: "user", id, username, role: options.role, orgId: options.orgId ?? null };
}
