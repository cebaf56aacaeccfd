import type { NextAuthOptions } from "next-auth";
import { authSecret, secureCookies } from "@/lib/env";
import { sameOriginRedirect } from "@/lib/auth/callback";
import { SESSION_MAX_AGE, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";

/**
 * next-auth reads the session (getServerSession) and answers its own routes under /api/auth.
 * Logging in and out are the server actions of app/_actions/auth.ts (plain forms that work
 * without JavaScript), which write the same cookie through lib/auth/browser-session.ts.
 */
export function authOptions(): NextAuthOptions {
  const secure = secureCookies();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/login" },
    providers: [],
    // next-auth's own cookies (csrf, callback) follow the same rule as the session's.
    useSecureCookies: secure,
    cookies: { sessionToken: { name: sessionCookieName(secure), options: sessionCookieOptions(secure) } },
    callbacks: {
      async redirect({ url, baseUrl }) {
        return sameOriginRedirect({ url, baseUrl });
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, epoch: token.epoch };
      },
    },
  };
}
