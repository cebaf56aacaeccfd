import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createChannel } from "@/lib/data/channels";
import { getGuideForStaff, getPublicGuide, listGuides, saveGuide } from "@/lib/data/guides";
import { publicSiteStamp } from "@/lib/data/public";
import { errorOf, makeActor, makeCounty } from "@/lib/data/test-factories";
import { GUIDE_DEFAULTS } from "@/lib/guide/law";

const FILLED = {
  office: "甲镇人民政府党政办公室",
  address: "甲镇人民路1号",
  hours: "工作日 8:30—12:00，14:30—18:00",
  phone: "0951-1234567、13912345678",
  fax: "0951-1234568",
  email: "gongkai@jiazhen.example.gov.cn",
  postcode: "750001",
};

describe("a unit's 政府信息公开指南 on the database", () => {
  it("is saved by the unit's staff, audited with what changed, and read by everyone with its 公开目录", async () => {
    const { town, staff } = await makeCounty();
    await createChannel({ actor: staff, orgId: town.id, name: "甲镇人民政府网站", kind: "website", address: "https://jiazhen.example.gov.cn" });
    expect(await getPublicGuide({ orgSlug: town.slug })).toMatchObject({ guide: null, channels: [{ name: "甲镇人民政府网站", kindLabel: "政府网站" }] });

    const saved = await saveGuide({ actor: staff, input: { orgId: town.id, version: 0, ...FILLED, fees: "本机关依申请提供政府信息，不收取费用。" } });
    expect(saved).toEqual({ version: 1, changed: true });

    const page = await getPublicGuide({ orgSlug: town.slug });
    expect(page?.guide).toMatchObject({ ...FILLED, fees: "本机关依申请提供政府信息，不收取费用。", applyChannels: null, remedies: null, notes: null, version: 1 });
    expect(page?.org).toEqual({ slug: town.slug, name: "甲镇" });
    expect((await listGuides()).filter((g) => g.orgSlug === town.slug)).toHaveLength(1);

    const audit = await db().auditLog.findMany({ where: { entity: "guide", entityId: town.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staff.id, action: "create", before: null });
    expect(Object.keys(audit[0].after as object).sort()).toEqual(["address", "email", "fax", "fees", "hours", "office", "phone", "postcode"]);
  });

  it("keeps the law's wording as nothing stored, so that the page follows the law's text", async () => {
    const { town, staff } = await makeCounty();
    // the form offers the law's wording; sent back unchanged (line ends as a browser sends them), it is not stored
    await saveGuide({ actor: staff, input: { orgId: town.id, version: 0, office: FILLED.office, applyChannels: GUIDE_DEFAULTS.applyChannels.replace(/\n/g, "\r\n"), remedies: GUIDE_DEFAULTS.remedies } });
    expect(await getGuideForStaff({ actor: staff, orgId: town.id })).toMatchObject({ applyChannels: null, remedies: null, fees: null });
  });

  it("refuses another unit's staff as if the unit did not exist, and a reviewer over it as forbidden", async () => {
    const { town, staff, otherStaff, reviewer } = await makeCounty();
    await saveGuide({ actor: staff, input: { orgId: town.id, version: 0, office: FILLED.office } });
    expect(await errorOf(saveGuide({ actor: otherStaff, input: { orgId: town.id, version: 1, office: "冒名机构" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(getGuideForStaff({ actor: otherStaff, orgId: town.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(saveGuide({ actor: reviewer, input: { orgId: town.id, version: 1, office: "审核人员改写" } }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await getGuideForStaff({ actor: reviewer, orgId: town.id }))?.office).toBe(FILLED.office);
    expect(await db().auditLog.count({ where: { entity: "guide", entityId: town.id } })).toBe(1);
  });

  it("refuses a form filled from an older version instead of overwriting, and saves nothing new when nothing changed", async () => {
    const { town, staff } = await makeCounty();
    const admin = await makeActor({ role: "admin" });
    await saveGuide({ actor: staff, input: { orgId: town.id, version: 0, office: FILLED.office } });
    expect(await saveGuide({ actor: admin, input: { orgId: town.id, version: 1, office: FILLED.office, phone: "0951-7654321" } })).toEqual({ version: 2, changed: true });
    expect(await errorOf(saveGuide({ actor: staff, input: { orgId: town.id, version: 1, office: "旧表单" } }))).toEqual({
      code: "STALE_VERSION",
      message: "公开指南已被其他人修改并保存，本次保存未生效：请刷新页面，查看最新内容后再修改。",
    });
    expect(await saveGuide({ actor: staff, input: { orgId: town.id, version: 2, office: FILLED.office, phone: "0951-7654321", notes: "查阅场所：\n镇便民服务中心" } })).toEqual({ version: 3, changed: true });
    // the same form sent again by a browser, its textarea's lines ended by CR LF
    expect(await saveGuide({ actor: staff, input: { orgId: town.id, version: 3, office: FILLED.office, phone: "0951-7654321", notes: "查阅场所：\r\n镇便民服务中心" } })).toEqual({ version: 3, changed: false });
    const audit = await db().auditLog.findMany({ where: { entity: "guide", entityId: town.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ["create", null, { office: FILLED.office }],
      ["update", { phone: null }, { phone: "0951-7654321" }],
      ["update", { notes: null }, { notes: "查阅场所：\n镇便民服务中心" }],
    ]);
  });

  it("refuses malformed contacts with the field's Chinese message", async () => {
    const { town, staff } = await makeCounty();
    const refused = (input: Record<string, string>) => errorOf(saveGuide({ actor: staff, input: { orgId: town.id, version: 0, office: FILLED.office, ...input } }));
    expect((await refused({ phone: "12-34" })).message).toBe("联系电话格式不正确：如 0951-1234567 或 13912345678，多个号码用“、”分隔");
    expect((await refused({ fax: "0951-1234568、0951-1234569" })).message).toBe("传真号码格式不正确：如 0951-1234567 或 13912345678");
    expect((await refused({ email: "gongkai@" })).message).toBe("电子邮箱格式不正确，如 gongkai@example.gov.cn");
    expect((await refused({ postcode: "75000" })).message).toBe("邮政编码应为6位数字");
    expect((await refused({ office: " " })).message).toBe("请填写政府信息公开工作机构名称");
    expect(await getGuideForStaff({ actor: staff, orgId: town.id })).toBeNull();
  });

  it("changes the public pages' stamp when a guide is saved or a channel added, so that every process renders them afresh", async () => {
    const { town, staff } = await makeCounty();
    const before = await publicSiteStamp();
    await saveGuide({ actor: staff, input: { orgId: town.id, version: 0, office: FILLED.office } });
    const saved = await publicSiteStamp();
    expect(saved).not.toBe(before);
    await createChannel({ actor: staff, orgId: town.id, name: "甲镇公示栏", kind: "other", address: "镇政府一楼" });
    expect(await publicSiteStamp()).not.toBe(saved);
  });
});
