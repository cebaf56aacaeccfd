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
