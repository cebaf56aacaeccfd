// Runs before every request (pages, server actions, route handlers, static files): a body
// larger than its page takes is refused before it is read (lib/uploads/limits.ts), then the
// security headers of lib/http/security-headers.ts, with a fresh nonce for each page.
import type { NextRequest } from "next/server";
import { requestTooLarge } from "@/lib/uploads/limits";
import { withSecurityHeaders } from "@/lib/http/security-headers";
import { readEnv, type Env } from "@/lib/env";

// The environment does not change while the server runs: read and checked once.
let env: Env | undefined;

export function proxy(request: NextRequest) {
  env ??= readEnv();
  const tooLarge = requestTooLarge(request.nextUrl.pathname, request.headers.get("content-length"));
  if (tooLarge) return new Response(tooLarge, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" } });
  return withSecurityHeaders(request, env);
}
