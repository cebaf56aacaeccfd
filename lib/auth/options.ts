import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/data/users";
import { authSecret, readEnv } from "@/lib/env";
import { sameOriginRedirect } from "@/lib/auth/callback";
import type { LoginErrorCode } from "@/lib/auth/login-error";

/** How long a session lasts (seconds): a working day. */
export const SESSION_MAX_AGE = 8 * 60 * 60;

/**
 * The login's client address, for the per-address throttle: next-auth hands authorize only the
 * request's headers, so it is known only behind a trusted proxy (NIANBAO_TRUSTED_PROXY=1),
 * whose own entry is the last one in X-Forwarded-For (the earlier ones are the client's word).
 */
function clientAddressOf(headers: Record<string, unknown> | undefined): string | undefined {
  if (readEnv().NIANBAO_TRUSTED_PROXY !== "1") return undefined;
  const forwarded = headers?.["x-forwarded-for"];
  const last = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  return last || undefined;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/login" },
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
          const result = await verifyCredentials({ username, password, clientAddress: clientAddressOf(req.headers) });
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
