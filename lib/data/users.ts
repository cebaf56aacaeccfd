import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/auth/actor";
import { canManageOrgsAndUsers } from "@/lib/permissions";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/data/audit";

const USERNAME = /^[A-Za-z0-9_.-]{2,64}$/;
const ROLES: Role[] = ["staff", "reviewer", "admin"];

export async function createUser(options: {
  actor: Actor;
  username: string;
  password: string;
  role: Role;
  orgSlug?: string;
  displayName?: string;
}): Promise<{ id: string }> {
  const { actor, username, password, role, orgSlug } = options;
  if (!canManageOrgsAndUsers(actor)) throw new AppError("FORBIDDEN");
  if (!USERNAME.test(username)) {
    throw new AppError("INVALID_INPUT", "用户名只能使用 2–64 个字母、数字、下划线、点或连字符。");
  }
  if (!ROLES.includes(role)) throw new AppError("INVALID_INPUT", `角色“${role}”无效：应为 staff、reviewer 或 admin。`);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("INVALID_INPUT", `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`);
  }
  if (role !== "admin" && !orgSlug) throw new AppError("INVALID_INPUT", "填报人员和审核人员必须指定所属单位（--org）。");
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    let orgId: string | null = null;
    if (orgSlug) {
      const org = await tx.org.findUnique({ where: { slug: orgSlug } });
      if (!org) throw new AppError("NOT_FOUND", `单位“${orgSlug}”不存在。`);
      orgId = org.id;
    }
    if (await tx.user.findUnique({ where: { username } })) {
      throw new AppError("INVALID_INPUT", `用户名“${username}”已存在。`);
    }
    const user = await tx.user.create({
      data: { username, passwordHash, role, orgId, displayName: options.displayName ?? null },
    });
    await writeAudit(tx, actor, [
      { entity: "user", entityId: user.id, action: "create", after: { username, role, orgSlug: orgSlug ?? null } },
    ]);
    return { id: user.id };
  });
}

// Throttling: after MAX_FAILURES failed logins in a row an account is locked for a period
// that doubles with each further failure (capped). Unknown usernames are throttled in memory
// and still cost one hash verification, so timing does not reveal which usernames exist.
export const MAX_FAILURES = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;
const DUMMY_HASH_PROMISE = hashPassword("nianbao-timing-equaliser");
const unknownFailures = new Map<string, { count: number; until: number }>();

function lockDuration(failures: number): number {
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** Math.max(0, failures - MAX_FAILURES));
}

export type LoginResult =
  | { ok: true; user: { id: string; username: string } }
  | { ok: false; reason: "invalid" | "throttled" };

export async function verifyCredentials(options: { username: string; password: string; now?: Date }): Promise<LoginResult> {
  const now = (options.now ?? new Date()).getTime();
  const username = options.username.trim();
  const user = await db().user.findUnique({ where: { username } });
  if (!user) {
    const entry = unknownFailures.get(username) ?? { count: 0, until: 0 };
    if (entry.until > now) return { ok: false, reason: "throttled" };
    await verifyPassword(await DUMMY_HASH_PROMISE, options.password);
    entry.count += 1;
    if (entry.count >= MAX_FAILURES) entry.until = now + lockDuration(entry.count);
    unknownFailures.set(username, entry);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > now) return { ok: false, reason: "throttled" };
  if (!(await verifyPassword(user.passwordHash, options.password))) {
    const failures = user.failedLogins + 1;
    await db().user.update({
      where: { id: user.id },
      data: {
        failedLogins: failures,
        lockedUntil: failures >= MAX_FAILURES ? new Date(now + lockDuration(failures)) : null,
      },
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    await db().user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
  }
  return { ok: true, user: { id: user.id, username: user.username } };
}

export async function getUserActorFields(options: { userId: string }) {
  return db().user.findUnique({
    where: { id: options.userId },
    select: { id: true, username: true, role: true, orgId: true, displayName: true, org: { select: { name: true, slug: true } } },
  });
}
