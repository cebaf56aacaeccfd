// Where the browser may be sent after logging in (登录后返回的页面): only a path of this site.
// A doubtful value is refused, never repaired: browsers drop a TAB or newline inside a URL,
// so "/\t/evil.example" would become "//evil.example", another site.

/** Where a refused callback goes instead. */
export const DEFAULT_CALLBACK = "/";

/** Longer than any page of the site with its query; a longer value is not one of ours. */
export const MAX_CALLBACK_LENGTH = 2048;

const PROBE_ORIGIN = "http://x";
// Control characters (C0, DEL, C1), every Unicode space, and the backslash browsers read as "/".
const FORBIDDEN = /[\p{Cc}\s\\]/u;

function isSitePath(path: string): boolean {
  if (path.length > MAX_CALLBACK_LENGTH || !path.startsWith("/") || path.startsWith("//")) return false;
  if (FORBIDDEN.test(path)) return false;
  // The same checks once percent-decoded, for a server or proxy that decodes before it redirects.
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  if (decoded.startsWith("//") || /[\p{Cc}\\]/u.test(decoded)) return false;
  try {
    return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN;
  } catch {
    return false;
  }
}

/** `value` (a query parameter: the first of repeated values) if it is a path of this site, else "/". */
export function safeCallbackPath(value: string | readonly string[] | undefined): string {
  const path = typeof value === "string" ? value : value?.[0];
  return path !== undefined && isSitePath(path) ? path : DEFAULT_CALLBACK;
}

/** The path, query and hash of `url` when it is on `baseUrl`'s origin (or already a path). */
function pathOnSite(url: string, baseUrl: string): string | undefined {
  if (url.startsWith("/")) return url;
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(baseUrl).origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * next-auth's `redirect` callback: a page of this site, checked like the login page's
 * callbackUrl; another origin or anything doubtful goes to the home page. The answer is a
 * path, never an absolute URL: next-auth's idea of the site's origin is NEXTAUTH_URL, or
 * http://localhost:3000 when that is unset, which is not where the browser is.
 */
export function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return safeCallbackPath(pathOnSite(url, baseUrl));
}
