import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginRedirect } from "@/lib/auth/callback";

describe("safeCallbackPath: only a path of this site survives, anything else is /", () => {
  it.each([
    ["/reports", "/reports"],
    ["/work/abc?x=1", "/work/abc?x=1"],
    ["/reports/pingtan/2021#t3", "/reports/pingtan/2021#t3"],
    ["/review/tracker?year=2024&parent=%E6%B2%99%E5%9D%A1%E5%A4%B4", "/review/tracker?year=2024&parent=%E6%B2%99%E5%9D%A1%E5%A4%B4"],
    ["/", "/"],
  ])("keeps %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/reports"],
    ["TAB after the slash (what ?callbackUrl=%2F%09%2Fevil.example decodes to)", "/\t/evil.example"],
    ["newline after the slash", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["a lone newline", "/\n"],
    ["newline in the query", "/reports?x=\n"],
    ["NUL", "/reports\u0000"],
    ["DEL", "/reports\u007f"],
    ["C1 control", "/reports\u0085"],
    ["space", "/ /evil.example"],
    ["no-break space", "/\u00a0/evil.example"],
    ["ideographic space", "/reports\u3000"],
    ["line separator", "/\u2028/evil.example"],
    ["backslash after the slash", "/\\evil.example"],
    ["backslash later on", "/reports\\..\\evil"],
    ["percent-encoded TAB", "/%09/evil.example"],
    ["percent-encoded newline", "/%0a/evil.example"],
    ["percent-encoded backslash", "/%5Cevil.example"],
    ["percent-encoded slash making //", "/%2Fevil.example"],
    ["absolute URL elsewhere", "https://evil.example"],
    ["absolute URL elsewhere with a path", "https://evil.example/reports"],
    ["javascript: URL", "javascript:alert(1)"],
    ["data: URL", "data:text/html,<script>alert(1)</script>"],
    ["relative path", "reports"],
    ["leading space", " /reports"],
    ["empty", ""],
    ["very long", `/${"a".repeat(4096)}`],
  ])("refuses %s", (_shape, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("accepts a path of 2048 characters and refuses one of 2049", () => {
    const atLimit = `/${"a".repeat(2047)}`;
    expect(safeCallbackPath(atLimit)).toBe(atLimit);
    expect(safeCallbackPath(`${atLimit}a`)).toBe("/");
  });

  it("takes the first of repeated query values, and / when there is none", () => {
    expect(safeCallbackPath(["/reports", "//evil.example"])).toBe("/reports");
    expect(safeCallbackPath(["//evil.example", "/reports"])).toBe("/");
    expect(safeCallbackPath([])).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});

describe("sameOriginRedirect: next-auth's redirect callback stays on this site", () => {
  const baseUrl = "https://nianbao.example.gov.cn";
  const to = (url: string) => sameOriginRedirect({ url, baseUrl });

  it("keeps a path or an absolute URL of this site, as a path", () => {
    expect(to("/reports")).toBe("/reports");
    expect(to("https://nianbao.example.gov.cn/work/abc?x=1#t3")).toBe("/work/abc?x=1#t3");
    expect(to("https://nianbao.example.gov.cn/login?callbackUrl=%2Fwork%2Fabc")).toBe("/login?callbackUrl=%2Fwork%2Fabc");
  });

  it("without NEXTAUTH_URL (next-auth then assumes http://localhost:3000) stays on the browser's origin", () => {
    expect(sameOriginRedirect({ url: "/reports", baseUrl: "http://localhost:3000" })).toBe("/reports");
    expect(sameOriginRedirect({ url: "http://localhost:3000/reports", baseUrl: "http://localhost:3000" })).toBe("/reports");
  });

  it.each([
    "https://evil.example/reports",
    "http://nianbao.example.gov.cn/reports",
    "https://nianbao.example.gov.cn:8443/reports",
    "https://nianbao.example.gov.cn.evil.example/",
    "//evil.example",
    "/\t/evil.example",
    "/\n",
    "/\\evil.example",
    "javascript:alert(1)",
    "not a url",
    "",
  ])("sends %j home", (url) => {
    expect(to(url)).toBe("/");
  });
});
