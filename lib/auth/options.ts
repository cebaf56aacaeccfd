import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/data/users";
import { authSecret, secureCookies } from "@/lib/env";
import { sameOriginRedirect } from "@/lib/auth/callback";
import { SESSION_MAX_AGE, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import type { LoginErrorCode } from "@/lib/auth/login-error";
import { trustedClientAddress } from "@/lib/http/client-address";

/**
 * next-auth reads the session (getServerSession) and answers its routes under /api/auth. The
 * login page does not use them: it posts to the server action of app/_actions/auth.ts (a plain
 * form that works without JavaScript), which writes the same cookie through
 * lib/auth/browser-session.ts. The credentials callback stays for HTTP clients (scripts), with
 * next-auth's CSRF token, and checks the password the same way.
 */
export function authOptions(): NextAuthOptions {
  const secure = secureCookies();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/login" },
    // next-auth's own cookies (csrf, callback) follow the same rule as the session's.
    useSecureCookies: secure,
    cookies: { sessionToken: { name: sessionCookieName(secure), options: sessionCookieOptions(secure) } },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "用户名和密码",
        credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(credentials, req) {
          const username = credentials?.username ?? "";
          const password = credentials?.password ?? "";
          // The code, not a message: it reaches the login page as ?error=… (see lib/auth/login-error.ts).
          if (!username || !password) throw new Error("invalid" satisfies LoginErrorCode);
          const clientAddress = trustedClientAddress(req.headers?.["x-forwarded-for"]);
          const result = await verifyCredentials({ username, password, clientAddress });
          if (!result.ok) throw new Error(result.reason satisfies LoginErrorCode);
          return { id: result.user.id, name: result.user.username, sessionEpoch: result.user.sessionEpoch };
        },
      }),
    ],
    callbacks: {
      async redirect({ url, baseUrl }) {
        return sameOriginRedirect({ url, baseUrl });
      },
      // Only a login sets the epoch; a session update from the browser cannot change it.
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.epoch = user.sessionEpoch;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, epoch: token.epoch };
      },
    },
  };
}
