import { describe, expect, it } from "vitest";
import { GUIDE_DEFAULTS, guideFormValues, isDefaultText, receiptRules, REPLY_PERIOD } from "./law";

describe("the law's wording of a 政府信息公开指南", () => {
  it("offers the four channels of 条例第三十一条 as 申请渠道, the 网络 one through the 网上申请 page", () => {
    const lines = GUIDE_DEFAULTS.applyChannels.split("\n");
    expect(lines.slice(1).map((line) => line.slice(0, 7))).toEqual(["1.当面申请：", "2.邮寄申请：", "3.传真申请：", "4.网络申请："]);
    expect(lines[4]).toContain("“网上申请”页面");
  });

  it("says requests are free but for the thresholds of 国办函〔2020〕109号, read from the fee bands", () => {
    expect(GUIDE_DEFAULTS.fees).toContain("第四十二条，行政机关依申请提供政府信息，不收取费用");
    expect(GUIDE_DEFAULTS.fees).toContain("累计申请10件以下（含10件）的，不收费");
    expect(GUIDE_DEFAULTS.fees).toContain("30页以下（含30页）的，不收费");
  });

  it("names the remedies of 条例第五十一条", () => {
    expect(GUIDE_DEFAULTS.remedies).toContain("可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（《中华人民共和国政府信息公开条例》第五十一条）");
  });

  it("gives the reply period of 条例第三十三条 with the register's own numbers", () => {
    expect(REPLY_PERIOD.text).toContain("自收到申请之日起20个工作日内予以答复");
    expect(REPLY_PERIOD.text).toContain("延长的期限最长不超过20个工作日");
  });

  it("tells the day of receipt for 当面, 邮寄, 网络 and 传真, not for the 其他 channel of a 2015 notice", () => {
    expect(receiptRules().map((r) => r.text.slice(0, 8))).toEqual(["申请人当面提交政", "以邮寄方式提交的", "通过互联网渠道提", "通过政府信息公开"]);
  });

  it("recognises the law's wording whatever the line ends and spaces, and nothing else", () => {
    expect(isDefaultText("fees", ` ${GUIDE_DEFAULTS.fees.replace(/\n/g, "\r\n\r\n")} `)).toBe(true);
    expect(isDefaultText("fees", GUIDE_DEFAULTS.fees.replace("不收费", "免费"))).toBe(false);
  });

  it("starts the form with the stored texts, the law's wording where none is stored, and empty contacts", () => {
    expect(guideFormValues(null)).toMatchObject({ office: "", phone: "", notes: "", fees: GUIDE_DEFAULTS.fees });
    const stored = { office: "办公室", address: null, hours: null, phone: null, fax: null, email: null, postcode: null, applyChannels: "只收当面申请", fees: null, remedies: null, notes: null };
    expect(guideFormValues(stored)).toMatchObject({ office: "办公室", applyChannels: "只收当面申请", remedies: GUIDE_DEFAULTS.remedies, address: "" });
  });
});
