import { describe, expect, it } from "vitest";
import { chineseDate, NOTICE_KINDS, renderNotice, SAMPLE_VALUES, unknownPlaceholders } from "@/lib/notify/templates";

describe("notification templates", () => {
  it("fills placeholders, writes missing values as the mail should read, and keeps the subject on one line", () => {
    const mail = renderNotice({ subject: "补正 {编号}\n{期满日}", body: "{单位名称}：{补正内容}。查询：{查询地址}。{未知}" }, { 编号: "2026-0007", 单位名称: "甲镇" });
    expect(mail).toEqual({
      subject: "补正 2026-0007 （等待补正，暂不计算）",
      body: "甲镇：（补正要求见本机关送达的补正告知书。）。查询：（网站地址未配置）。{未知}",
    });
  });

  it("names the placeholders a kind does not have, once each", () => {
    expect(unknownPlaceholders("new_request", "{编号}{答复内容}{申请人姓名}{答复内容}")).toEqual(["答复内容", "申请人姓名"]);
    expect(unknownPlaceholders("answer", "{答复内容}{查询地址}")).toEqual([]);
    expect(unknownPlaceholders("answer", "{登记地址}")).toEqual(["登记地址"]);
  });

  it("every default uses only its kind's placeholders, and staff mails never carry the status address meant for applicants", () => {
    for (const kind of NOTICE_KINDS) {
      expect(unknownPlaceholders(kind.key, kind.template.subject + kind.template.body), kind.key).toEqual([]);
      const mail = renderNotice(kind.template, SAMPLE_VALUES);
      expect(mail.subject + mail.body, kind.key).not.toMatch(/\{[^}]*\}/);
    }
    expect(NOTICE_KINDS.filter((k) => k.audience === "staff").every((k) => !(k.placeholders as readonly string[]).includes("查询地址"))).toBe(true);
  });

  it("writes dates as 2026年1月5日", () => {
    expect(chineseDate("2026-01-05")).toBe("2026年1月5日");
    expect(chineseDate("2025-12-31")).toBe("2025年12月31日");
  });
});
