import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changingPublicSite } from "@/lib/public-site/cache";
import type { Actor } from "@/lib/auth/actor";
import { canManageUnits, manageableAccounts, orgIdFilter, subtreeOrgIds, visibleOrgIds } from "@/lib/permissions";
import { writeAudit, type Tx } from "@/lib/data/audit";
import { orgKindLabel, type OrgKind } from "@/lib/data/org-kinds";
import { orderAsTree, sortByName } from "@/lib/data/org-tree";
import { parseInput } from "@/lib/validations/parse";
import { newOrgSlugSchema, orgKindSchema, orgNameSchema } from "@/lib/validations/orgs";

export { ORG_KINDS, ORG_KIND_LABELS, orgKindLabel, type OrgKind } from "@/lib/data/org-kinds";

/** A 乡/镇 is a township, a 街道(办事处) a subdistrict; anything else must be said. */
export function inferOrgKind(name: string): OrgKind {
  if (/街道(办事处)?$/.test(name)) return "subdistrict";
  if (/(镇|乡)(人民政府)?$/.test(name)) return "township";
  return "other";
}

function assertCanManageUnits(actor: Actor): void {
  if (!canManageUnits(actor)) throw new AppError("FORBIDDEN");
}

async function orgForChange(tx: Tx, slug: string) {
  const org = await tx.org.findUnique({ where: { slug } });
  if (!org) throw new AppError("NOT_FOUND", `单位“${slug}”不存在。`);
  return org;
}

export async function createOrg(options: {
  actor: Actor;
  slug: string;
  name: string;
  parentSlug?: string;
  kind?: OrgKind;
}): Promise<{ id: string; slug: string }> {
  const { actor, parentSlug } = options;
  assertCanManageUnits(actor);
  const slug = parseInput(newOrgSlugSchema, options.slug);
  const name = parseInput(orgNameSchema, options.name);
  const kind = parseInput(orgKindSchema, options.kind ?? inferOrgKind(name));
  return changingPublicSite(
    db().$transaction(async (tx) => {
      if (await tx.org.findUnique({ where: { slug } })) {
        throw new AppError("INVALID_INPUT", `单位标识“${slug}”已存在。`);
      }
      const parent = parentSlug ? await tx.org.findUnique({ where: { slug: parentSlug } }) : null;
      if (parentSlug && !parent) throw new AppError("NOT_FOUND", `上级单位“${parentSlug}”不存在。`);
      const org = await tx.org.create({ data: { slug, name, kind, parentId: parent?.id ?? null } });
      await writeAudit(tx, actor, [
        { entity: "org", entityId: org.id, action: "create", after: { slug, name, kind, parentSlug: parentSlug ?? null } },
      ]);
      return { id: org.id, slug: org.slug };
    }),
  );
}

/**
 * 修改名称. The slug stays, so the unit's published reports keep their addresses, and each
 * published revision keeps the name it was published under (its orgName snapshot).
 */
export async function renameOrg(options: { actor: Actor; slug: string; name: string }): Promise<{ changed: boolean }> {
  assertCanManageUnits(options.actor);
  const name = parseInput(orgNameSchema, options.name);
  return changingPublicSite(
    db().$transaction(async (tx) => {
      const org = await orgForChange(tx, options.slug);
      if (org.name === name) return { changed: false };
      await tx.org.update({ where: { id: org.id }, data: { name } });
      await writeAudit(tx, options.actor, [{ entity: "org", entityId: org.id, action: "rename", before: { name: org.name }, after: { name } }]);
      return { changed: true };
    }),
  );
}

/** 调整上级单位: under another unit, or to the top (no parentSlug); never under itself or a unit below it. */
export async function moveOrg(options: { actor: Actor; slug: string; parentSlug?: string }): Promise<{ changed: boolean }> {
  assertCanManageUnits(options.actor);
  return changingPublicSite(
    db().$transaction(async (tx) => {
      // Two moves at once could each pass the cycle check and together make a cycle: one at a time.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('nianbao:org-tree'))`;
      const org = await orgForChange(tx, options.slug);
      const parent = options.parentSlug ? await tx.org.findUnique({ where: { slug: options.parentSlug } }) : null;
      if (options.parentSlug && !parent) throw new AppError("NOT_FOUND", `上级单位“${options.parentSlug}”不存在。`);
      if (parent && (await subtreeOrgIds(org.id, tx)).includes(parent.id)) {
        throw new AppError("INVALID_INPUT", `不能把“${org.name}”移到它自己或它的下级单位“${parent.name}”之下。`);
      }
      if (org.parentId === (parent?.id ?? null)) return { changed: false };
      const before = org.parentId ? await tx.org.findUnique({ where: { id: org.parentId }, select: { slug: true } }) : null;
      await tx.org.update({ where: { id: org.id }, data: { parentId: parent?.id ?? null } });
      await writeAudit(tx, options.actor, [
        { entity: "org", entityId: org.id, action: "move", before: { parentSlug: before?.slug ?? null }, after: { parentSlug: parent?.slug ?? null } },
      ]);
      return { changed: true };
    }),
  );
}

export interface OrgTreeRow {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  kindLabel: string;
  parentId: string | null;
  parentSlug: string | null;
  parentName: string | null;
  /** 0 for a unit at the top */
  depth: number;
  /** accounts that belong to the unit */
  accounts: number;
}

/** 单位管理: every unit, in the order of the tree, with its parent and its number of accounts. */
export async function listOrgTree(options: { actor: Actor }): Promise<OrgTreeRow[]> {
  assertCanManageUnits(options.actor);
  const orgs = await db().org.findMany({
    select: { id: true, slug: true, name: true, kind: true, parentId: true, _count: { select: { users: true } } },
  });
  const byId = new Map(orgs.map((org) => [org.id, org]));
  return orderAsTree(sortByName(orgs)).map(({ _count, ...org }) => {
    const parent = org.parentId ? byId.get(org.parentId) : undefined;
    return { ...org, kindLabel: orgKindLabel(org.kind), parentSlug: parent?.slug ?? null, parentName: parent?.name ?? null, accounts: _count.users };
  });
}

/** 新建用户's 单位: the units whose accounts the actor manages, in the order of the tree. */
export async function listAccountUnits(options: { actor: Actor }): Promise<{ slug: string; name: string; depth: number }[]> {
  const scope = await manageableAccounts(options.actor);
  if (!scope) return [];
  const orgs = await db().org.findMany({
    where: scope === "all" ? {} : { id: { in: scope.orgIds } },
    select: { id: true, slug: true, name: true, parentId: true },
  });
  return orderAsTree(sortByName(orgs)).map(({ slug, name, depth }) => ({ slug, name, depth }));
}

export async function getOrgBySlug(options: { slug: string }) {
  return db().org.findUnique({ where: { slug: options.slug } });
}

export async function listOrgsForActor(options: { actor: Actor }) {
  const ids = await visibleOrgIds(options.actor);
  return db().org.findMany({
    where: { id: orgIdFilter(ids) },
    select: { id: true, slug: true, name: true, kind: true, parentId: true },
    orderBy: [{ name: "asc" }],
  });
}
