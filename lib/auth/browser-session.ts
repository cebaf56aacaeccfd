import "server-only";
// Issuing, renewing and ending the session in the browser (the cookie of lib/auth/session-cookie.ts).
// After 修改密码 the account's epoch moves on, which ends every session of it: this browser's
// session is issued again with the new epoch, so that only the user who changed the password
// stays signed in.
import { cookies } from "next/headers";
import { decode, encode, type JWT } from "next-auth/jwt";
import { SESSION_COOKIE_NAMES, SESSION_MAX_AGE, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { authSecret } from "@/lib/env";

type CookieJar = Awaited<ReturnType<typeof cookies>>;

/** Expired with the options it was set with: a browser ignores a __Secure- cookie without Secure. */
function expire(jar: CookieJar, name: string): void {
  if (jar.has(name)) jar.set(name, "", { ...sessionCookieOptions(name.startsWith("__Secure-")), maxAge: 0 });
}

async function writeSession(token: JWT): Promise<void> {
  const value = await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE });
  const jar = await cookies();
  const name = sessionCookieName();
  // A cookie under the other name (a changed setting) would otherwise outlive this one.
  for (const other of SESSION_COOKIE_NAMES) if (other !== name) expire(jar, other);
  jar.set(name, value, { ...sessionCookieOptions(), expires: new Date(Date.now() + SESSION_MAX_AGE * 1000) });
}

/** After a successful login: the session of this user, at the account's current epoch. */
export async function startSession(user: { id: string; username: string; sessionEpoch: number }): Promise<void> {
  await writeSession({ sub: user.id, name: user.username, epoch: user.sessionEpoch });
}

/** 退出: the browser forgets the session. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) expire(jar, name);
}

/** false when this request carries no session of the user (it then ends like the others). */
export async function renewSession(options: { userId: string; sessionEpoch: number }): Promise<boolean> {
  const jar = await cookies();
  const current = SESSION_COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!current) return false;
  const token = await decode({ token: current, secret: authSecret() });
  if (!token || token.sub !== options.userId) return false;
  await writeSession({ ...token, epoch: options.sessionEpoch });
  return true;
}
