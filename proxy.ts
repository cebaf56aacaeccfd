// Runs before every request (pages, server actions, route handlers, static files): the security
// headers of lib/http/security-headers.ts, with a fresh nonce for each page.
import type { NextRequest } from "next/server";
import { withSecurityHeaders } from "@/lib/http/security-headers";
import { readEnv } from "@/lib/env";

export function proxy(request: NextRequest) {
  return withSecurityHeaders(request, readEnv());
}
