import { describe, expect, it } from "vitest";
import { parseEnv, secureCookies, startupWarnings } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/session-cookie";

describe("secureCookies: the session cookie is Secure in production whatever NEXTAUTH_URL says", () => {
  it.each([
    [{}, "production", true],
    [{ NEXTAUTH_URL: "http://192.168.1.10:3000" }, "production", true],
    [{ NEXTAUTH_URL: "https://nianbao.example.gov.cn" }, "production", true],
    [{ NEXTAUTH_URL: "https://nianbao.example.gov.cn", NIANBAO_INSECURE_COOKIES: "1" as const }, "production", true],
    [{ NIANBAO_INSECURE_COOKIES: "1" as const }, "production", false],
    [{}, "development", false],
    [{ NEXTAUTH_URL: "https://nianbao.example.gov.cn" }, "development", true],
  ])("%j in %s: %s", (env, nodeEnv, secure) => {
    expect(secureCookies(env, nodeEnv)).toBe(secure);
    expect(sessionCookieName(secureCookies(env, nodeEnv)).startsWith("__Secure-")).toBe(secure);
  });
});

describe("startupWarnings", () => {
  it("warns in Chinese when NEXTAUTH_URL is missing in production", () => {
    const [warning, ...others] = startupWarnings({}, "production");
    expect(warning).toContain("未设置 NEXTAUTH_URL");
    expect(others).toEqual([]);
    expect(startupWarnings({ NEXTAUTH_URL: "https://nianbao.example.gov.cn" }, "production")).toEqual([]);
    expect(startupWarnings({}, "development")).toEqual([]);
  });

  it("warns when cookies are sent over plain HTTP in production", () => {
    const warnings = startupWarnings({ NEXTAUTH_URL: "http://192.168.1.10:3000", NIANBAO_INSECURE_COOKIES: "1" }, "production");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("NIANBAO_INSECURE_COOKIES=1");
  });
});

describe("the SMTP settings", () => {
  it("accepts smtp:// and smtps:// servers with a sender, and leaves mail off without them", () => {
    expect(parseEnv({ SMTP_URL: "smtp://mailer:s3cret@mail.example.gov.cn:587", MAIL_FROM: "公开年报 <noreply@example.gov.cn>" })).toMatchObject({
      SMTP_URL: "smtp://mailer:s3cret@mail.example.gov.cn:587",
      MAIL_FROM: "公开年报 <noreply@example.gov.cn>",
    });
    expect(parseEnv({ SMTP_URL: "smtps://mail.example.gov.cn:465", MAIL_FROM: "noreply@example.gov.cn" }).SMTP_URL).toBe("smtps://mail.example.gov.cn:465");
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
  });

  it("refuses another scheme, a missing sender and a bad sender without repeating the password", () => {
    const message = (source: Record<string, string>) => {
      try {
        parseEnv(source);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected the settings to be refused");
    };
    const http = message({ SMTP_URL: "http://mailer:s3cret@mail.example.gov.cn", MAIL_FROM: "noreply@example.gov.cn" });
    expect(http).toBe("SMTP_URL 应为 smtp:// 或 smtps:// 开头的发信服务器地址");
    expect(message({ SMTP_URL: "smtp://mailer:s3cret@mail.example.gov.cn:587" })).toBe("设置了 SMTP_URL 时还须设置 MAIL_FROM（发件人地址）");
    expect(message({ SMTP_URL: "smtp://mailer:s3cret@mail.example.gov.cn:587", MAIL_FROM: "公开年报" })).toBe("MAIL_FROM 应为发件人邮箱地址，或“名称 <地址>”");
  });
});
