import { describe, expect, it } from "vitest";
import { secureCookies, startupWarnings } from "@/lib/env";
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
