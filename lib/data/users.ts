import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/auth/actor";
import type { UserStatus } from "@/lib/generated/prisma/client";
import { accountFilter, canManageAccount, manageableAccounts, type AccountScope } from "@/lib/permissions";
import { generateOneTimePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { writeAudit, type Tx } from "@/lib/data/audit";
import { parseInput } from "@/lib/validations/parse";
import { ACCOUNT_POLICY, ADDRESS_POLICY, FailureLedger, retryDelayMs } from "@/lib/auth/login-throttle";
import { displayNameSchema, MAX_USERNAME_LENGTH, passwordSchema, roleSchema, usernameSchema } from "@/lib/validations/users";

async function scopeOf(actor: Actor, tx: Tx): Promise<AccountScope> {
  const scope = await manageableAccounts(actor, tx);
  if (!scope) throw new AppError("FORBIDDEN");
  return scope;
}

/**
 * 新建用户. Admins create any account; a reviewer only 填报人员 of the units below their own
 * (another unit looks missing). `mustChangePassword`: the password is an 初始密码 that its
 * user must replace at the first login (accounts made in the browser).
 */
export async function createUser(options: {
  actor: Actor;
  username: string;
  password: string;
  role: Role;
  orgSlug?: string;
  displayName?: string;
  mustChangePassword?: boolean;
}): Promise<{ id: string }> {
  const { actor, orgSlug } = options;
  const username = parseInput(usernameSchema, options.username);
  const password = parseInput(passwordSchema, options.password);
  const role = parseInput(roleSchema, options.role);
  const displayName = parseInput(displayNameSchema, options.displayName ?? "") || null;
  if (role !== "admin" && !orgSlug) throw new AppError("INVALID_INPUT", "填报人员和审核人员必须指定所属单位。");
  const passwordHash = await hashPassword(password);
  const mustChangePassword = options.mustChangePassword ?? false;
  return db().$transaction(async (tx) => {
    const scope = await scopeOf(actor, tx);
    const org = orgSlug ? await tx.org.findUnique({ where: { slug: orgSlug } }) : null;
    if (orgSlug && (!org || (scope !== "all" && !scope.orgIds.includes(org.id)))) {
      throw new AppError("NOT_FOUND", `单位“${orgSlug}”不存在。`);
    }
    if (!canManageAccount(scope, { role, orgId: org?.id ?? null })) {
      throw new AppError("FORBIDDEN", "您只能为下级单位新建填报人员账号。");
    }
    if (await tx.user.findUnique({ where: { username } })) {
      throw new AppError("INVALID_INPUT", `用户名“${username}”已存在。`);
    }
    const user = await tx.user.create({
      data: { username, passwordHash, role, orgId: org?.id ?? null, displayName, mustChangePassword },
    });
    await writeAudit(tx, actor, [
      { entity: "user", entityId: user.id, action: "create", after: { username, role, orgSlug: orgSlug ?? null, mustChangePassword } },
    ]);
    return { id: user.id };
  });
}

export interface AccountRow {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  orgSlug: string | null;
  orgName: string | null;
  status: UserStatus;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
}

/** 账号管理: the accounts the actor manages, by unit and user name. */
export async function listAccounts(options: { actor: Actor }): Promise<AccountRow[]> {
  const scope = await scopeOf(options.actor, db());
  const users = await db().user.findMany({
    where: accountFilter(scope),
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      status: true,
      mustChangePassword: true,
      lastLoginAt: true,
      org: { select: { slug: true, name: true } },
    },
    orderBy: [{ org: { name: "asc" } }, { username: "asc" }],
  });
  return users.map(({ org, ...user }) => ({ ...user, orgSlug: org?.slug ?? null, orgName: org?.name ?? null }));
}

/** An account the actor manages, read inside the change's transaction; any other looks missing. */
async function accountForChange(tx: Tx, actor: Actor, username: string) {
  const scope = await scopeOf(actor, tx);
  const user = await tx.user.findFirst({ where: { username, ...accountFilter(scope) } });
  if (!user) throw new AppError("NOT_FOUND", `账号“${username}”不存在。`);
  return user;
}

function refuseOwnAccount(actor: Actor, userId: string, message: string): void {
  if (actor.kind === "user" && actor.id === userId) throw new AppError("INVALID_INPUT", message);
}

/** 停用: the account cannot log in, and its open sessions end at their next request. */
export async function disableUser(options: { actor: Actor; username: string }): Promise<{ changed: boolean }> {
  return setStatus(options, "disabled");
}

/** 启用: the account can log in again (its sessions ended when it was disabled). */
export async function enableUser(options: { actor: Actor; username: string }): Promise<{ changed: boolean }> {
  return setStatus(options, "active");
}

async function setStatus(options: { actor: Actor; username: string }, status: UserStatus): Promise<{ changed: boolean }> {
  const { actor } = options;
  return db().$transaction(async (tx) => {
    const user = await accountForChange(tx, actor, options.username);
    if (status === "disabled") refuseOwnAccount(actor, user.id, "不能停用自己的账号。");
    if (user.status === status) return { changed: false };
    await tx.user.update({
      where: { id: user.id },
      data: status === "disabled" ? { status, sessionEpoch: { increment: 1 } } : { status, failedLogins: 0, lockedUntil: null },
    });
    await writeAudit(tx, actor, [
      { entity: "user", entityId: user.id, action: status === "disabled" ? "disable" : "enable", before: { status: user.status }, after: { status } },
    ]);
    return { changed: true };
  });
}

/** A new password for an account: its sessions end, its lock is lifted, and the audit says who did it. */
async function replacePassword(
  tx: Tx,
  actor: Actor,
  user: { id: string },
  change: { passwordHash: string; mustChangePassword: boolean; action: "reset_password" | "set_password" | "change_password" },
): Promise<{ sessionEpoch: number }> {
  const updated = await tx.user.update({
    where: { id: user.id },
    data: {
      passwordHash: change.passwordHash,
      mustChangePassword: change.mustChangePassword,
      sessionEpoch: { increment: 1 },
      failedLogins: 0,
      lockedUntil: null,
    },
    select: { sessionEpoch: true },
  });
  // The password itself is never written to the audit log, not even its hash.
  await writeAudit(tx, actor, [{ entity: "user", entityId: user.id, action: change.action, after: { mustChangePassword: change.mustChangePassword } }]);
  return updated;
}

/**
 * 重置密码: a random one-time password, returned once to be shown to the admin and stored only
 * as its hash. The user must choose a new password at the next login; open sessions end.
 */
export async function resetUserPassword(options: { actor: Actor; username: string }): Promise<{ password: string }> {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const user = await accountForChange(tx, options.actor, options.username);
    refuseOwnAccount(options.actor, user.id, "请在“修改密码”页面修改自己的密码。");
    await replacePassword(tx, options.actor, user, { passwordHash, mustChangePassword: true, action: "reset_password" });
  });
  return { password };
}

/** `user passwd`: the password given; with mustChangePassword the user must replace it at the next login. */
export async function setUserPassword(options: { actor: Actor; username: string; password: string; mustChangePassword?: boolean }): Promise<void> {
  const passwordHash = await hashPassword(parseInput(passwordSchema, options.password));
  await db().$transaction(async (tx) => {
    const user = await accountForChange(tx, options.actor, options.username);
    await replacePassword(tx, options.actor, user, { passwordHash, mustChangePassword: options.mustChangePassword ?? false, action: "set_password" });
  });
}

/**
 * 修改密码 of the signed-in user. Every other session of the account ends (the epoch moves
 * on); the caller renews its own session with the epoch returned.
 */
export async function changeOwnPassword(options: {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
}): Promise<{ sessionEpoch: number; wasRequired: boolean }> {
  const { actor } = options;
  if (actor.kind !== "user") throw new AppError("FORBIDDEN");
  const newPassword = parseInput(passwordSchema, options.newPassword);
  if (newPassword === options.currentPassword) throw new AppError("INVALID_INPUT", "新密码不能与当前密码相同");
  const user = await db().user.findUnique({ where: { id: actor.id } });
  if (!user || user.status !== "active") throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) throw new AppError("INVALID_INPUT", "当前密码不正确。");
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    // Claim the hash that was checked, so that a password changed meanwhile is not overwritten unseen.
    const claimed = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (claimed.count !== 1) throw new AppError("INVALID_INPUT", "密码刚被修改或重置，请重新输入当前密码。");
    const { sessionEpoch } = await replacePassword(tx, actor, user, { passwordHash, mustChangePassword: false, action: "change_password" });
    return { sessionEpoch, wasRequired: user.mustChangePassword };
  });
}

// Throttling (lib/auth/login-throttle.ts): a delay that grows after MAX_FAILURES failures in a
// row, never a lock, per account and per client address. Unknown usernames are throttled in
// memory and still cost one hash verification, so timing does not reveal which usernames exist.
export const MAX_FAILURES = ACCOUNT_POLICY.freeFailures;
const DUMMY_HASH_PROMISE = hashPassword("nianbao-timing-equaliser");
const FORGET_AFTER_MS = 60 * 60_000;
export const unknownUsernames = new FailureLedger({ ...ACCOUNT_POLICY, maxEntries: 10_000, forgetAfterMs: FORGET_AFTER_MS });
const clientAddresses = new FailureLedger({ ...ADDRESS_POLICY, maxEntries: 10_000, forgetAfterMs: FORGET_AFTER_MS });

/**
 * "disabled" only once the password was right: a guesser learns nothing about the account,
 * while its owner is told to ask an admin instead of trying again.
 */
export type LoginResult =
  | { ok: true; user: { id: string; username: string; sessionEpoch: number } }
  | { ok: false; reason: "invalid" | "throttled" | "disabled" };

/**
 * `clientAddress`: where the login came from, when known (lib/auth/options.ts); it is
 * throttled too, and a success does not clear its count, lest a guesser reset its address
 * by logging in to an account of its own between guesses.
 */
export async function verifyCredentials(options: { username: string; password: string; now?: Date; clientAddress?: string }): Promise<LoginResult> {
  if (options.username.length > MAX_USERNAME_LENGTH) return { ok: false, reason: "invalid" };
  const now = options.now ?? new Date();
  const username = options.username.trim();
  const { clientAddress } = options;
  if (clientAddress !== undefined && !clientAddresses.claim(clientAddress, now.getTime())) return { ok: false, reason: "throttled" };
  const result = await checkPassword(username, options.password, now);
  const passwordWasRight = result.ok || result.reason === "disabled";
  if (clientAddress !== undefined && passwordWasRight) clientAddresses.forgive(clientAddress);
  return result;
}

async function checkPassword(username: string, password: string, now: Date): Promise<LoginResult> {
  const user = await db().user.findUnique({ where: { username } });
  if (!user) {
    if (!unknownUsernames.claim(username, now.getTime())) return { ok: false, reason: "throttled" };
    await verifyPassword(await DUMMY_HASH_PROMISE, password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await claimLoginAttempt(user, now))) return { ok: false, reason: "throttled" };
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  if (user.status !== "active") return { ok: false, reason: "disabled" };
  await db().user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  return { ok: true, user: { id: user.id, username: user.username, sessionEpoch: user.sessionEpoch } };
}

/**
 * Counts an attempt as failed before its password is checked (a success resets the count),
 * so that concurrent attempts cannot all be checked against one stale count: a conditional
 * update on the count and wait that were read, retried with a fresh read when another attempt
 * claimed first. False: the account's wait (`lockedUntil`) has not passed.
 */
async function claimLoginAttempt(seen: { id: string; failedLogins: number; lockedUntil: Date | null }, now: Date): Promise<boolean> {
  let user: { failedLogins: number; lockedUntil: Date | null } | null = seen;
  while (user) {
    if (user.lockedUntil && user.lockedUntil > now) return false;
    const failures = user.failedLogins + 1;
    const delay = retryDelayMs(failures, ACCOUNT_POLICY);
    const claimed = await db().user.updateMany({
      where: { id: seen.id, failedLogins: user.failedLogins, lockedUntil: user.lockedUntil },
      data: { failedLogins: failures, lockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null },
    });
    if (claimed.count === 1) return true;
    user = await db().user.findUnique({ where: { id: seen.id }, select: { failedLogins: true, lockedUntil: true } });
  }
  return false;
}

/**
 * The account behind a session, re-read on every request: null when it is gone, disabled
 * (停用), or when the session belongs to an older epoch (disabled since, or its password
 * reset or changed), so that such a session ends at its next request.
 */
export async function getSessionAccount(options: { userId: string; sessionEpoch: number | undefined }) {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      username: true,
      role: true,
      orgId: true,
      displayName: true,
      status: true,
      sessionEpoch: true,
      mustChangePassword: true,
      org: { select: { name: true, slug: true } },
    },
  });
  if (!user || user.status !== "active" || user.sessionEpoch !== options.sessionEpoch) return null;
  return user;
}
