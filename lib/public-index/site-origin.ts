// The site's address for the absolute URLs of sitemap.xml and robots.txt, which allow no other
// kind: NEXTAUTH_URL, the address readers use. Without it, the address the server answers at
// (a route handler's request URL carries the server's own host and port, not the Host header,
// so no request can put another site's name into the cached files).
import { readEnv, type Env } from "@/lib/env";

export function siteOrigin(requestUrl: URL, env: Pick<Env, "NEXTAUTH_URL"> = readEnv()): string {
  return new URL(env.NEXTAUTH_URL ?? requestUrl.href).origin;
}
