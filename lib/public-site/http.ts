// What a public response says to browsers and shared caches (a reverse proxy, deploy/nginx.conf),
// and how a conditional request is answered. One place for every such rule. Compression is the
// server's: Next.js gzips what a route handler answers (and drops a Content-Encoding of its own).
import { createHash } from "node:crypto";
import type { PreparedResponse } from "@/lib/public-site/cache";

/**
 * How long what a page shows may be kept.
 * - "latest": the latest revision, the index, a unit's years: they change when something is
 *   published. Browsers ask again each time (answered 304 while unchanged); shared caches keep a
 *   page a minute and may send it up to ten minutes longer while they fetch it anew.
 * - "immutable": a revision's own address and its files. The numbers never change; the page may
 *   gain a notice that a later revision exists, so shared caches keep it an hour.
 */
export type Freshness = "latest" | "immutable";

export const CACHE_CONTROL: Record<Freshness, string> = {
  latest: "public, max-age=0, s-maxage=60, stale-while-revalidate=600",
  immutable: "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
};

/** How long this process keeps a rendered response before rendering it again (in the background). */
export const FRESH_IN_PROCESS_MS: Record<Freshness, number> = {
  latest: 300_000,
  immutable: 3_600_000,
};

/** A page that does not exist may exist soon (a publish): shared caches keep the answer briefly. */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=0, s-maxage=10";

export function prepareResponse(options: {
  status?: number;
  body: string | Uint8Array;
  contentType: string;
  cacheControl: string;
  lastModified?: Date;
  headers?: Record<string, string>;
}): PreparedResponse {
  const body = typeof options.body === "string" ? new TextEncoder().encode(options.body) : options.body;
  const digest = createHash("sha256").update(body).digest("base64url").slice(0, 27);
  const lastModified = options.lastModified ?? new Date();
  // HTTP dates have whole seconds: compare and send them so.
  lastModified.setMilliseconds(0);
  return {
    status: options.status ?? 200,
    body,
    contentType: options.contentType,
    etag: `W/"${digest}"`,
    lastModified,
    cacheControl: options.cacheControl,
    headers: options.headers ?? {},
  };
}

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; weak comparison for GET. */
export function notModified(request: Request, prepared: PreparedResponse): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === "*") return true;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(prepared.etag));
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && prepared.lastModified.getTime() <= since;
}

/** The response to this request: 304 or the body. HEAD gets the headers only. */
export function answer(request: Request, prepared: PreparedResponse): Response {
  const headers = new Headers({
    "Cache-Control": prepared.cacheControl,
    ETag: prepared.etag,
    "Last-Modified": prepared.lastModified.toUTCString(),
    Vary: "Accept-Encoding",
    ...prepared.headers,
  });
  if (prepared.status === 200 && notModified(request, prepared)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", prepared.contentType);
  if (request.method === "HEAD") return new Response(null, { status: prepared.status, headers });
  return new Response(prepared.body as Uint8Array<ArrayBuffer>, { status: prepared.status, headers });
}
