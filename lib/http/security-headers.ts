// The security headers of every response, built in one place. proxy.ts applies them to every
// request it sees (pages, server actions, route handlers, downloads, static files).
//
// Which responses need a nonce: the HTML pages of the App Router. Next.js writes inline
// scripts into each page (its flight data) and marks them, and its script tags, with the
// nonce it finds in the request's Content-Security-Policy header, so a page must be rendered
// per request. Route handlers (downloads, CSV, next-auth) and static files carry no markup and
// need none. A page served from a cache cannot carry a fresh nonce: the public pages (route
// handlers rendering whole documents, app/_lib/public-site.tsx) have no script at all and get
// the fixed policy below, the same for every request, so that any cache may keep them.
import { NextResponse, type NextRequest } from "next/server";
import type { Env } from "@/lib/env";
import { servesPublicDocument } from "@/lib/http/public-paths";

/** How a request reached the site, as far as this process can tell. */
export interface RequestTransport {
  /** NEXTAUTH_URL, when set: an https URL means the site is only ever served over TLS. */
  siteUrl?: string;
  /** NIANBAO_TRUSTED_PROXY === "1": X-Forwarded-Proto is the proxy's word, not the client's. */
  trustedProxy: boolean;
  /** the request's X-Forwarded-Proto header */
  forwardedProto?: string | null;
}

/** True when the request came over TLS (then HSTS and upgrade-insecure-requests apply). */
export function cameOverTls({ siteUrl, trustedProxy, forwardedProto }: RequestTransport): boolean {
  if (siteUrl?.startsWith("https://")) return true;
  if (!trustedProxy || !forwardedProto) return false;
  // A chain of proxies lists one protocol each; the first one is the client's connection.
  return forwardedProto.split(",")[0]?.trim().toLowerCase() === "https";
}

/** 128 random bits, base64: a fresh one for each request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface PolicyOptions {
  nonce: string;
  tls: boolean;
  /** `next dev`: React's debugging needs eval, and the development server injects its styles unmarked. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, tls, development }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts that a nonced script loads may run; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The stylesheets are files; a style attribute in the markup is refused (a nonce disables 'unsafe-inline').
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (a test server, an intranet without TLS) this would break every request.
    ...(tls ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The policy of the public documents: no script, styles from the site's own stylesheet only. */
export function publicDocumentPolicy({ tls }: { tls: boolean }): string {
  const directives = [
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(tls ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HSTS: a year, this host only (other hosts of the domain may not serve TLS). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/** The headers of every response; `policy` is the Content-Security-Policy of this request. */
export function securityHeaders({ policy, tls }: { policy: string; tls: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(tls ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/**
 * What proxy.ts does with every request: a fresh nonce in the request's Content-Security-Policy
 * (where Next.js finds it while rendering the page) and the headers above on the response.
 */
export function withSecurityHeaders(request: NextRequest, env: Pick<Env, "NEXTAUTH_URL" | "NIANBAO_TRUSTED_PROXY">): NextResponse {
  const tls = cameOverTls({
    siteUrl: env.NEXTAUTH_URL,
    trustedProxy: env.NIANBAO_TRUSTED_PROXY === "1",
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  if (servesPublicDocument(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(securityHeaders({ policy: publicDocumentPolicy({ tls }), tls }))) response.headers.set(name, value);
    return response;
  }
  const policy = contentSecurityPolicy({ nonce: newNonce(), tls, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(securityHeaders({ policy, tls }))) response.headers.set(name, value);
  return response;
}
