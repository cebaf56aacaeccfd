import "server-only";
// After 修改密码 the account's epoch moves on, which ends every session of it: this browser's
// session is issued again with the new epoch, so that only the user who changed the password
// stays signed in. The cookie is next-auth's own (same names and options as its defaults).
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE } from "@/lib/auth/options";
import { authSecret } from "@/lib/env";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** false when this request carries no session of the user (it then ends like the others). */
export async function renewSession(options: { userId: string; sessionEpoch: number }): Promise<boolean> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((candidate) => jar.has(candidate));
  const current = name ? jar.get(name)?.value : undefined;
  if (!name || !current) return false;
  const secret = authSecret();
  const token = await decode({ token: current, secret });
  if (!token || token.sub !== options.userId) return false;
  const value = await encode({ token: { ...token, epoch: options.sessionEpoch }, secret, maxAge: SESSION_MAX_AGE });
  jar.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    expires: new Date(Date.now() + SESSION_MAX_AGE * 1000),
  });
  return true;
}
