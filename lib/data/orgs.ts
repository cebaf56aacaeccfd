import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canManageOrgsAndUsers, orgIdFilter, visibleOrgIds } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";

export const ORG_KINDS = ["county", "department", "township", "subdistrict", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  county: "县级政府",
  department: "县级部门",
  township: "乡镇",
  subdistrict: "街道",
  other: "其他",
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A 乡/镇 is a township, a 街道(办事处) a subdistrict; anything else must be said. */
export function inferOrgKind(name: string): OrgKind {
  if (/街道(办事处)?$/.test(name)) return "subdistrict";
  if (/(镇|乡)(人民政府)?$/.test(name)) return "township";
  return "other";
}

export async function createOrg(options: {
  actor: Actor;
  slug: string;
  name: string;
  parentSlug?: string;
  kind?: OrgKind;
}): Promise<{ id: string; slug: string }> {
  const { actor, slug, name, parentSlug } = options;
  if (!canManageOrgsAndUsers(actor)) throw new AppError("FORBIDDEN");
  if (!SLUG.test(slug)) {
    throw new AppError("INVALID_INPUT", `单位标识“${slug}”无效：只能使用小写字母、数字和连字符。`);
  }
  if (!name.trim()) throw new AppError("INVALID_INPUT", "单位名称不能为空。");
  const kind = options.kind ?? inferOrgKind(name.trim());
  if (!ORG_KINDS.includes(kind)) throw new AppError("INVALID_INPUT", `单位类型“${kind}”无效。`);
  return db().$transaction(async (tx) => {
    if (await tx.org.findUnique({ where: { slug } })) {
      throw new AppError("INVALID_INPUT", `单位标识“${slug}”已存在。`);
    }
    let parentId: string | null = null;
    if (parentSlug) {
      const parent = await tx.org.findUnique({ where: { slug: parentSlug } });
      if (!parent) throw new AppError("NOT_FOUND", `上级单位“${parentSlug}”不存在。`);
      parentId = parent.id;
    }
    const org = await tx.org.create({ data: { slug, name: name.trim(), kind, parentId } });
    await writeAudit(tx, actor, [
      { entity: "org", entityId: org.id, action: "create", after: { slug, name: org.name, kind, parentSlug: parentSlug ?? null } },
    ]);
    return { id: org.id, slug: org.slug };
  });
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
