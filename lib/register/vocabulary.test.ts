import { describe, expect, it } from "vitest";
import { CHANNELS } from "@/lib/register/vocabulary";

describe("the receipt rule of each channel", () => {
  it("credits the four channels of 条例第三十一条 to it, and 其他 to 国办公开办函〔2015〕207号 一.5", () => {
    const basis = Object.fromEntries(CHANNELS.map((c) => [c.key, c.basis]));
    expect(basis).toEqual({
      in_person: "条例第三十一条",
      post: "条例第三十一条",
      online: "条例第三十一条",
      fax: "条例第三十一条",
      other: "国办公开办函〔2015〕207号 一.5",
    });
  });
});

describe("the applicant type of an imported row", () => {
  it("reads 其他组织 and the other plain spellings as the 其他 column, and still refuses what is none", async () => {
    const { applicantTypeIndex } = await import("@/lib/register/labels");
    const index = applicantTypeIndex();
    for (const text of ["其他", "其他组织", " 其他 组织 ", "其他单位", "其他法人", "法人或其他组织 › 其他"]) expect(index.resolve(text)).toEqual({ ok: true, key: "other" });
    expect(index.resolve("自然人")).toEqual({ ok: true, key: "natural" });
    expect(index.resolve("法人或其他组织 › 商业企业")).toEqual({ ok: true, key: "business" });
    expect(index.resolve("组织").ok).toBe(false);
  });
});
