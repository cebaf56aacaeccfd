// Inputs of 单位管理 (新建单位, 修改名称, 调整上级单位), shared by the forms' actions and by
// lib/data/orgs.ts, which reads the command line's input through the same field schemas.
import { z } from "@/lib/zod";
import { ORG_KINDS } from "@/lib/data/org-kinds";
import { RESERVED_ORG_SLUGS } from "@/lib/paths";

export const orgSlugSchema = z
  .string({ error: "请填写标识" })
  .trim()
  .min(1, { error: "请填写标识" })
  .max(64, { error: "标识最多 64 个字符" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "标识只能使用小写字母、数字和连字符（如 wenchang），它是单位在网址中的名字" });

/** A new unit's slug: also not one of the site's own page names beside a unit's pages. */
export const newOrgSlugSchema = orgSlugSchema.refine((slug) => !RESERVED_ORG_SLUGS.includes(slug), {
  error: (issue) => `标识“${String(issue.input)}”是网站自身页面的名字，请换一个`,
});

export const orgNameSchema = z
  .string({ error: "请填写单位名称" })
  .trim()
  .min(1, { error: "请填写单位名称" })
  .max(100, { error: "单位名称最多 100 字" });

export const orgKindSchema = z.enum(ORG_KINDS, { error: "请选择单位类型" });

/** 上级单位: a unit's slug, or empty for a unit at the top. */
const parentSlugSchema = z
  .string()
  .trim()
  .optional()
  .transform((slug) => (slug ? slug : undefined));

export const createOrgSchema = z.object({
  name: orgNameSchema,
  slug: newOrgSlugSchema,
  parentSlug: parentSlugSchema,
  kind: orgKindSchema,
});

export const renameOrgSchema = z.object({ slug: orgSlugSchema, name: orgNameSchema });

export const moveOrgSchema = z.object({ slug: orgSlugSchema, parentSlug: parentSlugSchema });
