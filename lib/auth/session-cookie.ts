// The session cookie: next-auth's JWT (read by getServerSession through lib/auth/options.ts),
// written by the login and 修改密码 and removed by 退出, all through this module, so that its
// name and options are decided in one place.
import { secureCookies } from "@/lib/env";

/** How long a session lasts (seconds): a working day. */
export const SESSION_MAX_AGE = 8 * 60 * 60;

const BASE_NAME = "next-auth.session-token";

/** `__Secure-` when the cookie is Secure: browsers then refuse it from a page not served over TLS. */
export function sessionCookieName(secure: boolean = secureCookies()): string {
  return secure ? `__Secure-${BASE_NAME}` : BASE_NAME;
}

export function sessionCookieOptions(secure: boolean = secureCookies()) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

/** Both names: a cookie set before a change of setting is still found and removed. */
export const SESSION_COOKIE_NAMES = [sessionCookieName(true), sessionCookieName(false)] as const;
