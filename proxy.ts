// Runs before every request (pages, server actions, route handlers, static files): the security
// headers of lib/http/security-headers.ts, with a fresh nonce for each page.
import type { NextRequest } from "next/server";
import { withSecurityHeaders } from "@/lib/http/security-headers";
import { readEnv, type Env } from "@/lib/env";

// The environment does not change while the server runs: read and checked once.
let env: Env | undefined;

export function proxy(request: NextRequest) {
  env ??= readEnv();
  return withSecurityHeaders(request, env);
}
