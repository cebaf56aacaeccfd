// A unit's 政府信息公开指南 (条例第十二条): kept by the unit's staff (and admins), read by
// everyone on its public page together with the unit's 公开目录 (its 公开渠道). Texts left as
// the law words them are stored as null, so that the page shows the law's current wording.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canSeeOrg } from "@/lib/permissions";
import { changingPublicSite } from "@/lib/public-site/cache";
import { writeAudit } from "@/lib/data/audit";
import { holdLock } from "@/lib/data/locks";
import { listPublicChannels, type ChannelView } from "@/lib/data/channels";
import { assertCanWriteRegister, registerScope } from "@/lib/data/register-access";
import { GUIDE_CONTACT_FIELDS, GUIDE_TEXT_FIELDS, type GuideField } from "@/lib/guide/fields";
import { GUIDE_LEGAL_FIELDS, isDefaultText } from "@/lib/guide/law";
import { guideSchema, type GuideInput } from "@/lib/validations/guides";
import { parseInput } from "@/lib/validations/parse";

/** What a guide says; a null legal text is the law's default (lib/guide/law.ts). */
export type GuideFields = Record<GuideField, string | null> & { office: string };

export interface StoredGuide extends GuideFields {
  version: number;
  updatedAt: Date;
}

const FIELDS: readonly GuideField[] = [...GUIDE_CONTACT_FIELDS, ...GUIDE_TEXT_FIELDS].map((f) => f.key);

const guideSelect = { ...Object.fromEntries(FIELDS.map((f) => [f, true])), version: true, updatedAt: true } as Record<GuideField | "version" | "updatedAt", true>;

/** The unit's guide as its staff keep it, or null before the first save; NOT_FOUND for a unit out of sight. */
export async function getGuideForStaff(options: { actor: Actor; orgId: string }): Promise<StoredGuide | null> {
  if (!canSeeOrg(await registerScope(options.actor), options.orgId)) throw new AppError("NOT_FOUND");
  return db().unitGuide.findUnique({ where: { orgId: options.orgId }, select: guideSelect });
}

/**
 * Saves the guide of a unit: its staff or an admin (a unit out of sight NOT_FOUND, one only
 * seen FORBIDDEN); one save at a time per unit, refused (STALE_VERSION) when the form was
 * filled from an older version; audited with what changed.
 */
export async function saveGuide(options: { actor: Actor; input: GuideInput }): Promise<{ version: number; changed: boolean }> {
  const { actor } = options;
  const input = parseInput(guideSchema, options.input);
  await assertCanWriteRegister(actor, input.orgId);
  // a browser sends a textarea's lines ended by CR LF: kept as LF, so that an unchanged text compares equal
  const fields = Object.fromEntries(FIELDS.map((f) => [f, input[f]?.replace(/\r\n?/g, "\n") ?? null])) as GuideFields;
  for (const field of GUIDE_LEGAL_FIELDS) {
    const text = fields[field];
    if (text !== null && isDefaultText(field, text)) fields[field] = null;
  }
  return changingPublicSite(
    db().$transaction(async (tx) => {
      await holdLock(tx, `guide:${input.orgId}`);
      const before = await tx.unitGuide.findUnique({ where: { orgId: input.orgId }, select: guideSelect });
      if ((before?.version ?? 0) !== input.version) {
        throw new AppError("STALE_VERSION", "公开指南已被其他人修改并保存，本次保存未生效：请刷新页面，查看最新内容后再修改。");
      }
      const changed = FIELDS.filter((f) => (before?.[f] ?? null) !== fields[f]);
      if (before && changed.length === 0) return { version: before.version, changed: false };
      const updatedById = actor.kind === "user" ? actor.id : null;
      const version = (before?.version ?? 0) + 1;
      const data = { ...fields, version, updatedAt: new Date(), updatedById };
      await tx.unitGuide.upsert({ where: { orgId: input.orgId }, create: { orgId: input.orgId, ...data }, update: data });
      await writeAudit(tx, actor, [
        {
          entity: "guide",
          entityId: input.orgId,
          action: before ? "update" : "create",
          before: before ? Object.fromEntries(changed.map((f) => [f, before[f]])) : null,
          after: Object.fromEntries(changed.map((f) => [f, fields[f]])),
        },
      ]);
      return { version, changed: true };
    }),
  );
}

export interface PublicGuide {
  org: { slug: string; name: string };
  /** null: the unit has not written its guide yet */
  guide: StoredGuide | null;
  /** the 公开目录 */
  channels: ChannelView[];
}

/** What /guide/{org} shows, for everyone; null for a unit that does not exist. */
export async function getPublicGuide(options: { orgSlug: string }): Promise<PublicGuide | null> {
  const org = await db().org.findUnique({ where: { slug: options.orgSlug }, select: { id: true, slug: true, name: true, guide: { select: guideSelect } } });
  if (!org) return null;
  return { org: { slug: org.slug, name: org.name }, guide: org.guide, channels: await listPublicChannels(org.id) };
}

/** Each unit that has written its guide, with when it last changed (for sitemap.xml). */
export async function listGuides(): Promise<{ orgSlug: string; updatedAt: Date }[]> {
  const rows = await db().unitGuide.findMany({ select: { updatedAt: true, org: { select: { slug: true } } } });
  return rows.map((r) => ({ orgSlug: r.org.slug, updatedAt: r.updatedAt })).sort((a, b) => a.orgSlug.localeCompare(b.orgSlug));
}
