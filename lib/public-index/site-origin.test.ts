import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

describe("the site's address", () => {
  it("is NEXTAUTH_URL's origin when it is set, whatever address the request came to", () => {
    const request = new URL("http://127.0.0.1:3000/sitemap.xml");
    expect(siteOrigin(request, { NEXTAUTH_URL: "https://nianbao.example.gov.cn/" })).toBe("https://nianbao.example.gov.cn");
    expect(siteOrigin(request, { NEXTAUTH_URL: "https://nianbao.example.gov.cn:8443/login" })).toBe("https://nianbao.example.gov.cn:8443");
  });

  it("is the request's origin without NEXTAUTH_URL", () => {
    expect(siteOrigin(new URL("http://127.0.0.1:3903/robots.txt?x=1"), {})).toBe("http://127.0.0.1:3903");
  });
});
