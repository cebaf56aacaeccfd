import { describe, expect, it } from "vitest";
import { EMAIL_MAX, isOfficePhone, normalizeEmail, normalizePhone } from "@/lib/contact";

describe("a person's phone number", () => {
  it("keeps mobiles as 11 digits and landlines with their area code", () => {
    expect(normalizePhone("+86 13812345678")).toBe("13812345678");
    expect(normalizePhone("138 1234 5678")).toBe("13812345678");
    expect(normalizePhone("(0571)87654321")).toBe("0571-87654321");
    expect(normalizePhone("（0951）5012345")).toBe("0951-5012345");
    expect(normalizePhone("010-62345678")).toBe("010-62345678");
    expect(normalizePhone("0571-87654321-802")).toBe("0571-87654321-802");
  });
  it("refuses what cannot be called from another city", () => {
    expect(normalizePhone("12812345678")).toBeNull();
    expect(normalizePhone("87654321")).toBeNull();
    expect(normalizePhone("12345")).toBeNull();
    expect(normalizePhone("0571-07654321")).toBeNull();
    expect(normalizePhone("")).toBeNull();
  });
});

describe("a unit's published number", () => {
  it("takes a landline without its area code, an extension and the service numbers", () => {
    for (const n of ["0951-1234567", "1234567", "（0951）1234567", "0951-1234567转802", "13912345678", "400-123-4567", "12345"]) {
      expect(isOfficePhone(n), n).toBe(true);
    }
  });
  it("refuses words and short numbers", () => {
    for (const n of ["电话", "12306x", "123456", "0951-12"]) expect(isOfficePhone(n), n).toBe(false);
  });
});

describe("an e-mail address", () => {
  it("is kept trimmed and in lower case", () => {
    expect(normalizeEmail(" Zhang.San@Example.CN ")).toBe("zhang.san@example.cn");
    expect(normalizeEmail("gongkai@example.gov.cn")).toBe("gongkai@example.gov.cn");
  });
  it("refuses other shapes and lengths", () => {
    for (const text of ["zhang@example", "zhang", "a@b@c.cn", "张三 @qq.com", "a，b@qq.com", ""]) expect(normalizeEmail(text), text).toBeNull();
    expect(normalizeEmail(`${"a".repeat(EMAIL_MAX - 7)}@qq.com`)).not.toBeNull();
    expect(normalizeEmail(`${"a".repeat(EMAIL_MAX - 6)}@qq.com`)).toBeNull();
  });
});
