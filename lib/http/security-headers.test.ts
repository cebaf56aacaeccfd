import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { cameOverTls, contentSecurityPolicy, withSecurityHeaders } from "@/lib/http/security-headers";

const request = (headers: Record<string, string> = {}) => new NextRequest("http://127.0.0.1:3000/login", { headers });

describe("withSecurityHeaders: what every response carries", () => {
  it("puts a fresh nonce into the request's policy, where Next.js reads it, and the same policy on the response", () => {
    const first = withSecurityHeaders(request(), {});
    const second = withSecurityHeaders(request(), {});
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]{24})'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) hands the changed request headers on like this.
    expect(first.headers.get("x-middleware-override-headers")).toContain("content-security-policy");
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("sends nosniff, DENY, the referrer policy, the permissions policy and a strict script policy", () => {
    const headers = withSecurityHeaders(request(), {}).headers;
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toContain("geolocation=()");
    const policy = headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    for (const directive of ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe");
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS only when the request came over TLS", () => {
    const https = { "x-forwarded-proto": "https" };
    expect(withSecurityHeaders(request(), { NEXTAUTH_URL: "https://nianbao.example.gov.cn" }).headers.get("strict-transport-security")).toBe(
      "max-age=31536000",
    );
    expect(withSecurityHeaders(request(https), { NIANBAO_TRUSTED_PROXY: "1" }).headers.get("strict-transport-security")).toBe("max-age=31536000");
    // Without a trusted proxy, X-Forwarded-Proto is the client's word.
    expect(withSecurityHeaders(request(https), {}).headers.get("strict-transport-security")).toBeNull();
    expect(withSecurityHeaders(request(), { NEXTAUTH_URL: "http://192.168.1.10:3000" }).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("cameOverTls", () => {
  it("reads the first protocol of a chain of proxies, and only from a trusted proxy", () => {
    expect(cameOverTls({ trustedProxy: true, forwardedProto: "https, http" })).toBe(true);
    expect(cameOverTls({ trustedProxy: true, forwardedProto: "http, https" })).toBe(false);
    expect(cameOverTls({ trustedProxy: false, forwardedProto: "https" })).toBe(false);
    expect(cameOverTls({ trustedProxy: true, forwardedProto: null })).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("upgrades insecure requests only over TLS (over plain HTTP it would break every request)", () => {
    expect(contentSecurityPolicy({ nonce: "n", tls: true, development: false })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", tls: false, development: false })).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval and unmarked styles in development only", () => {
    const development = contentSecurityPolicy({ nonce: "n", tls: false, development: true });
    expect(development).toContain("'unsafe-eval'");
    expect(development).toContain("style-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy({ nonce: "n", tls: false, development: false })).toContain("style-src 'self' 'nonce-n'");
  });
});
