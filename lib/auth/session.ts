// The signed-in user, re-read from the database on every request so that a changed role or
// unit takes effect at once. Called by every page, action and route handler that needs it.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { getUserActorFields } from "@/lib/data/users";
import type { Actor } from "@/lib/auth/actor";

export interface SessionUser {
  actor: Actor & { kind: "user" };
  displayName: string;
  orgName: string | null;
  orgSlug: string | null;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  const user = await getUserActorFields({ userId: session.userId });
  if (!user) return null;
  return {
    actor: { kind: "user", id: user.id, username: user.username, role: user.role, orgId: user.orgId },
    displayName: user.displayName ?? user.username,
    orgName: user.org?.name ?? null,
    orgSlug: user.org?.slug ?? null,
  };
}

export async function getActor(): Promise<Actor | null> {
  return (await getSessionUser())?.actor ?? null;
}

export async function requireActor(): Promise<Actor & { kind: "user" }> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user.actor;
}
