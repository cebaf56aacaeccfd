// The signed-in user, re-read from the database on every request so that a changed role or
// unit takes effect at once, and a disabled account's or an older epoch's session ends at its
// next request. Called by every page, action and route handler that needs it.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { getSessionAccount } from "@/lib/data/users";
import type { Actor } from "@/lib/auth/actor";
import { ACCOUNT_PATH, LOGIN_PATH } from "@/lib/paths";

export interface SessionUser {
  actor: Actor & { kind: "user" };
  displayName: string;
  orgName: string | null;
  orgSlug: string | null;
  /** an 初始密码 or a reset one: nothing but /account until it is changed */
  mustChangePassword: boolean;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as { userId?: string; epoch?: number } | null;
  if (!session?.userId) return null;
  const user = await getSessionAccount({ userId: session.userId, sessionEpoch: session.epoch });
  if (!user) return null;
  return {
    actor: { kind: "user", id: user.id, username: user.username, role: user.role, orgId: user.orgId },
    displayName: user.displayName ?? user.username,
    orgName: user.org?.name ?? null,
    orgSlug: user.org?.slug ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** A signed-in page (only /account itself may be shown while a password change is pending). */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(LOGIN_PATH);
  return user;
}

/** Every other signed-in page: to the login when signed out, to /account while a password change is pending. */
export async function requireActor(): Promise<Actor & { kind: "user" }> {
  const user = await requireSessionUser();
  if (user.mustChangePassword) redirect(ACCOUNT_PATH);
  return user.actor;
}
