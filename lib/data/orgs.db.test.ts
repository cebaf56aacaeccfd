// 单位管理 on the database: create, rename and move units, refusing cycles, each change in the audit log.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";
import { createOrg, listOrgTree, moveOrg, renameOrg } from "@/lib/data/orgs";
import { importReport } from "@/lib/data/reports";
import { getPublishedReport } from "@/lib/data/public";
import { errorOf, makeActor, makeCounty, makeOrg, uniqueSlug } from "@/lib/data/test-factories";

async function auditOf(orgId: string) {
  const entries = await db().auditLog.findMany({ where: { entity: "org", entityId: orgId }, orderBy: { at: "asc" } });
  return entries.map(({ action, before, after, actorId, via }) => ({ action, before, after, actorId, via }));
}

function zeroCells(): Cells {
  return Object.fromEntries(listCells(getFormat("gov-2021")).map((cell) => [cell.key, 0]));
}

describe("creating units", () => {
  it("creates a unit under its parent with the kind chosen, and records who did it", async () => {
    const admin = await makeActor({ role: "admin" });
    const county = await makeOrg({ name: "创建县", kind: "county" });
    const slug = uniqueSlug("jiedao");
    const { id } = await createOrg({ actor: admin, slug, name: " 滨河街道 ", parentSlug: county.slug, kind: "subdistrict" });
    const org = await db().org.findUniqueOrThrow({ where: { id } });
    expect({ name: org.name, kind: org.kind, parentId: org.parentId }).toEqual({ name: "滨河街道", kind: "subdistrict", parentId: county.id });
    expect(await auditOf(id)).toEqual([
      { action: "create", before: null, after: { slug, name: "滨河街道", kind: "subdistrict", parentSlug: county.slug }, actorId: admin.id, via: "web" },
    ]);
  });

  it("refuses a slug in use, a bad slug, a page name of the site, an unknown parent, and anyone but an admin", async () => {
    const { county, reviewer, staff } = await makeCounty();
    expect(await errorOf(createOrg({ actor: CLI_ACTOR, slug: county.slug, name: "重复" }))).toEqual({ code: "INVALID_INPUT", message: `单位标识“${county.slug}”已存在。` });
    expect(await errorOf(createOrg({ actor: CLI_ACTOR, slug: "Wen Chang", name: "文昌镇" }))).toEqual({
      code: "INVALID_INPUT",
      message: "标识只能使用小写字母、数字和连字符（如 wenchang），它是单位在网址中的名字",
    });
    // /apply/status and /apply/receipt would answer instead of such a unit's 网络申请 form.
    for (const slug of ["status", "receipt"]) {
      expect(await errorOf(createOrg({ actor: CLI_ACTOR, slug, name: "保留镇" }))).toEqual({
        code: "INVALID_INPUT",
        message: `标识“${slug}”是网站自身页面的名字，请换一个`,
      });
    }
    expect(await errorOf(createOrg({ actor: CLI_ACTOR, slug: uniqueSlug(), name: "孤镇", parentSlug: "no-such-unit" }))).toEqual({
      code: "NOT_FOUND",
      message: "上级单位“no-such-unit”不存在。",
    });
    for (const actor of [reviewer, staff]) {
      expect((await errorOf(createOrg({ actor, slug: uniqueSlug(), name: "越权镇", parentSlug: county.slug }))).code).toBe("FORBIDDEN");
    }
  });
});

describe("renaming units", () => {
  it("renames a unit: the slug and the published addresses stay, each published revision keeps its name", async () => {
    const admin = await makeActor({ role: "admin" });
    const town = await makeOrg({ name: "旧名镇" });
    await importReport({ actor: CLI_ACTOR, orgSlug: town.slug, doc: { format: "gov-2021", year: 2024, organization: "旧名镇", cells: zeroCells() }, publish: true });

    expect(await renameOrg({ actor: admin, slug: town.slug, name: "新名镇" })).toEqual({ changed: true });
    const org = await db().org.findUniqueOrThrow({ where: { id: town.id } });
    expect({ slug: org.slug, name: org.name }).toEqual({ slug: town.slug, name: "新名镇" });
    const published = await getPublishedReport({ orgSlug: town.slug, year: 2024 });
    expect({ orgSlug: published?.orgSlug, orgName: published?.orgName, revision: published?.revision }).toEqual({
      orgSlug: town.slug,
      orgName: "旧名镇",
      revision: 1,
    });
    expect(await auditOf(town.id)).toContainEqual({ action: "rename", before: { name: "旧名镇" }, after: { name: "新名镇" }, actorId: admin.id, via: "web" });
  });

  it("writes nothing when the name is the same, and refuses an empty name, an unknown unit and a reviewer", async () => {
    const { town, reviewer } = await makeCounty();
    const before = (await auditOf(town.id)).length;
    expect(await renameOrg({ actor: CLI_ACTOR, slug: town.slug, name: " 甲镇 " })).toEqual({ changed: false });
    expect(await auditOf(town.id)).toHaveLength(before);
    expect(await errorOf(renameOrg({ actor: CLI_ACTOR, slug: town.slug, name: "  " }))).toEqual({ code: "INVALID_INPUT", message: "请填写单位名称" });
    expect(await errorOf(renameOrg({ actor: CLI_ACTOR, slug: "no-such-unit", name: "某镇" }))).toEqual({ code: "NOT_FOUND", message: "单位“no-such-unit”不存在。" });
    expect((await errorOf(renameOrg({ actor: reviewer, slug: town.slug, name: "改名镇" }))).code).toBe("FORBIDDEN");
  });
});

describe("moving units", () => {
  it("moves a unit under another parent and to the top, with the parents before and after in the audit", async () => {
    const { county, town } = await makeCounty();
    const other = await makeOrg({ name: "他县", kind: "county" });
    expect(await moveOrg({ actor: CLI_ACTOR, slug: town.slug, parentSlug: other.slug })).toEqual({ changed: true });
    expect((await db().org.findUniqueOrThrow({ where: { id: town.id } })).parentId).toBe(other.id);
    expect(await moveOrg({ actor: CLI_ACTOR, slug: town.slug })).toEqual({ changed: true });
    expect((await db().org.findUniqueOrThrow({ where: { id: town.id } })).parentId).toBeNull();
    expect(await moveOrg({ actor: CLI_ACTOR, slug: town.slug })).toEqual({ changed: false });
    const moves = (await auditOf(town.id)).filter((entry) => entry.action === "move");
    expect(moves.map(({ before, after, via }) => ({ before, after, via }))).toEqual([
      { before: { parentSlug: county.slug }, after: { parentSlug: other.slug }, via: "cli" },
      { before: { parentSlug: other.slug }, after: { parentSlug: null }, via: "cli" },
    ]);
  });

  it("refuses to move a unit under itself or under a unit below it, and changes nothing", async () => {
    const { county, town } = await makeCounty();
    const village = await makeOrg({ name: "某村", parentSlug: town.slug });
    for (const parent of [county, town, village]) {
      const refused = await errorOf(moveOrg({ actor: CLI_ACTOR, slug: county.slug, parentSlug: parent.slug }));
      expect(refused.code).toBe("INVALID_INPUT");
      expect(refused.message).toMatch(/^不能把“测试县”移到它自己或它的下级单位“(测试县|甲镇|某村)”之下。$/);
    }
    expect((await db().org.findUniqueOrThrow({ where: { id: county.id } })).parentId).toBeNull();
    expect((await auditOf(county.id)).map((entry) => entry.action)).toEqual(["create"]);
  });

  it("refuses an unknown parent, and anyone but an admin", async () => {
    const { town, reviewer, staff } = await makeCounty();
    expect(await errorOf(moveOrg({ actor: CLI_ACTOR, slug: town.slug, parentSlug: "no-such-unit" }))).toEqual({
      code: "NOT_FOUND",
      message: "上级单位“no-such-unit”不存在。",
    });
    for (const actor of [reviewer, staff]) expect((await errorOf(moveOrg({ actor, slug: town.slug }))).code).toBe("FORBIDDEN");
  });
});

describe("the tree of units", () => {
  it("lists each unit after its parent with its depth, parent and number of accounts; only for admins", async () => {
    const { county, town, other, reviewer } = await makeCounty();
    const village = await makeOrg({ name: "某村", parentSlug: town.slug });
    const tree = await listOrgTree({ actor: CLI_ACTOR });
    const ours = tree.filter((row) => [county.id, town.id, other.id, village.id].includes(row.id));
    expect(ours.map(({ name, depth, parentName, accounts, kindLabel }) => ({ name, depth, parentName, accounts, kindLabel }))).toEqual([
      { name: "测试县", depth: 0, parentName: null, accounts: 1, kindLabel: "县级政府" },
      { name: "甲镇", depth: 1, parentName: "测试县", accounts: 1, kindLabel: "乡镇" },
      { name: "某村", depth: 2, parentName: "甲镇", accounts: 0, kindLabel: "其他" },
      { name: "乙镇", depth: 1, parentName: "测试县", accounts: 1, kindLabel: "乡镇" },
    ]);
    expect((await errorOf(listOrgTree({ actor: reviewer }))).code).toBe("FORBIDDEN");
  });
});

describe("the public pages' stamp", () => {
  it("changes when a revision is published or a unit is created, renamed or moved, and not on a draft", async () => {
    const { publicSiteStamp } = await import("@/lib/data/public");
    const admin = await makeActor({ role: "admin" });
    const { county } = await makeCounty();
    const before = await publicSiteStamp();
    const org = await createOrg({ actor: admin, slug: uniqueSlug("stamp"), name: "印记镇", parentSlug: county.slug });
    const created = await publicSiteStamp();
    expect(created).not.toBe(before);
    await importReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc: { format: "gov-2021", year: 2023, organization: "印记镇", cells: zeroCells() } });
    expect(await publicSiteStamp()).toBe(created);
    await importReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc: { format: "gov-2021", year: 2023, organization: "印记镇", cells: zeroCells() }, publish: true });
    const published = await publicSiteStamp();
    expect(published).not.toBe(created);
    await renameOrg({ actor: admin, slug: org.slug, name: "新印记镇" });
    expect(await publicSiteStamp()).not.toBe(published);
  });
});
