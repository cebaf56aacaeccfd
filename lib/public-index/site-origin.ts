// The site's address as readers see it, for the absolute URLs of sitemap.xml, robots.txt and
// og:url: NEXTAUTH_URL when set (behind a proxy the request's own address is the app's), else
// the address the request came to.
import { readEnv, type Env } from "@/lib/env";

export function siteOrigin(requestUrl: URL, env: Pick<Env, "NEXTAUTH_URL"> = readEnv()): string {
  return new URL(env.NEXTAUTH_URL ?? requestUrl.href).origin;
}

/** An absolute URL of a path of the site. */
export const absoluteUrl = (origin: string, path: string) => new URL(path, origin).href;
