import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import {
  changeOwnPassword,
  createUser,
  disableUser,
  enableUser,
  getSessionAccount,
  listAccounts,
  MAX_FAILURES,
  resetUserPassword,
  setUserPassword,
  unknownUsernames,
  verifyCredentials,
} from "@/lib/data/users";
import { createOrg, inferOrgKind } from "@/lib/data/orgs";
import { errorOf, makeActor, makeCounty, makeOrg } from "@/lib/data/test-factories";
import { db } from "@/lib/db";

describe("users and login", () => {
  it("stores an argon2id hash, never the password", async () => {
    await createUser({ actor: CLI_ACTOR, username: "hash-check", password: "s3cret-passphrase", role: "admin" });
    const user = await db().user.findUniqueOrThrow({ where: { username: "hash-check" } });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain("s3cret-passphrase");
    await expect(verifyCredentials({ username: "hash-check", password: "s3cret-passphrase" })).resolves.toMatchObject({ ok: true });
    await expect(verifyCredentials({ username: "hash-check", password: "wrong-passphrase" })).resolves.toEqual({ ok: false, reason: "invalid" });
  });

  it("delays, never locks: after five failures each attempt waits 1 s, 2 s, 4 s … at most 30 s, and the right password after the wait logs in", async () => {
    const { id } = await createUser({ actor: CLI_ACTOR, username: "throttled", password: "right-passphrase", role: "admin" });
    let now = new Date("2027-01-10T08:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) {
      await expect(verifyCredentials({ username: "throttled", password: "nope-nope", now })).resolves.toEqual({ ok: false, reason: "invalid" });
    }
    const inside = new Date(now.getTime() + 999);
    await expect(verifyCredentials({ username: "throttled", password: "right-passphrase", now: inside })).resolves.toEqual({ ok: false, reason: "throttled" });
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const { lockedUntil } = await db().user.findUniqueOrThrow({ where: { id } });
      waits.push((lockedUntil?.getTime() ?? 0) - now.getTime());
      now = lockedUntil ?? now;
      await expect(verifyCredentials({ username: "throttled", password: "nope-nope", now })).resolves.toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits.slice(0, 8)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(Math.max(...waits)).toBe(30_000);
    const after = new Date(now.getTime() + 30_000);
    await expect(verifyCredentials({ username: "throttled", password: "right-passphrase", now: after })).resolves.toMatchObject({ ok: true });
    expect(await db().user.findUniqueOrThrow({ where: { id }, select: { failedLogins: true, lockedUntil: true } })).toEqual({ failedLogins: 0, lockedUntil: null });
  });

  it("counts every one of 50 concurrent wrong passwords: five are checked, 45 refused unchecked", async () => {
    const { id } = await createUser({ actor: CLI_ACTOR, username: "stampede", password: "right-passphrase", role: "admin" });
    const now = new Date("2027-01-10T08:00:00Z");
    const results = await Promise.all(Array.from({ length: 50 }, () => verifyCredentials({ username: "stampede", password: "wrong-wrong", now })));
    const tally = { invalid: 0, throttled: 0 };
    for (const result of results) if (!result.ok && result.reason !== "disabled") tally[result.reason] += 1;
    expect(tally).toEqual({ invalid: MAX_FAILURES, throttled: 50 - MAX_FAILURES });
    expect(await db().user.findUniqueOrThrow({ where: { id }, select: { failedLogins: true, lockedUntil: true } })).toEqual({
      failedLogins: MAX_FAILURES,
      lockedUntil: new Date(now.getTime() + 1_000),
    });
  });

  it("throttles guesses at unknown usernames the same way", async () => {
    const now = new Date("2027-01-10T08:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) await verifyCredentials({ username: "ghost", password: "x", now });
    await expect(verifyCredentials({ username: "ghost", password: "x", now })).resolves.toEqual({ ok: false, reason: "throttled" });
    await expect(verifyCredentials({ username: "ghost", password: "x", now: new Date(now.getTime() + 1_000) })).resolves.toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a 1 MB user name before looking it up, hashing or remembering it", async () => {
    const before = unknownUsernames.size;
    const claim = vi.spyOn(unknownUsernames, "claim");
    const username = "a".repeat(1 << 20);
    await expect(verifyCredentials({ username, password: "x" })).resolves.toEqual({ ok: false, reason: "invalid" });
    expect(claim).not.toHaveBeenCalled();
    expect(unknownUsernames.size).toBe(before);
    claim.mockRestore();
  });

  it("throttles a client address after 20 failures across accounts, even for a right password elsewhere", async () => {
    await createUser({ actor: CLI_ACTOR, username: "bystander", password: "right-passphrase", role: "admin" });
    const now = new Date("2027-01-10T08:00:00Z");
    const clientAddress = "203.0.113.7";
    for (let i = 0; i < 20; i++) {
      await expect(verifyCredentials({ username: `spray${i}`, password: "guess-guess", now, clientAddress })).resolves.toEqual({ ok: false, reason: "invalid" });
    }
    await expect(verifyCredentials({ username: "bystander", password: "right-passphrase", now, clientAddress })).resolves.toEqual({ ok: false, reason: "throttled" });
    await expect(verifyCredentials({ username: "bystander", password: "right-passphrase", now, clientAddress: "198.51.100.9" })).resolves.toMatchObject({ ok: true });
  });

  it("refuses short passwords and staff without a unit, in Chinese", async () => {
    await expect(createUser({ actor: CLI_ACTOR, username: "shorty", password: "1234567", role: "admin" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "密码至少需要 8 个字符",
    });
    await expect(createUser({ actor: CLI_ACTOR, username: "nounit", password: "long-enough", role: "staff" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("units", () => {
  it("infers township and subdistrict kinds from the name", async () => {
    expect(inferOrgKind("文昌镇")).toBe("township");
    expect(inferOrgKind("宣和乡人民政府")).toBe("township");
    expect(inferOrgKind("滨河街道办事处")).toBe("subdistrict");
    expect(inferOrgKind("中卫市沙坡头区")).toBe("other");
    const org = await createOrg({ actor: CLI_ACTOR, slug: "kind-check", name: "文昌镇" });
    expect((await db().org.findUniqueOrThrow({ where: { id: org.id } })).kind).toBe("township");
  });

  it("rejects a slug with capitals or spaces", async () => {
    await expect(createOrg({ actor: CLI_ACTOR, slug: "Bad Slug", name: "x" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

/** makeCounty, with a second county (its own town and staff) and staff at the county itself. */
async function twoCounties() {
  const county = await makeCounty();
  const elsewhere = await makeOrg({ name: "外县", kind: "county" });
  const foreignTown = await makeOrg({ name: "外县镇", parentSlug: elsewhere.slug });
  const foreignStaff = await makeActor({ role: "staff", orgSlug: foreignTown.slug, orgId: foreignTown.id });
  const countyStaff = await makeActor({ role: "staff", orgSlug: county.county.slug, orgId: county.county.id });
  const otherReviewer = await makeActor({ role: "reviewer", orgSlug: county.county.slug, orgId: county.county.id });
  return { ...county, elsewhere, foreignTown, foreignStaff, countyStaff, otherReviewer };
}

async function userAudit(userId: string) {
  const entries = await db().auditLog.findMany({ where: { entity: "user", entityId: userId }, orderBy: { at: "asc" } });
  return entries.map(({ action, before, after, actorId, via }) => ({ action, before, after, actorId, via }));
}

async function epochOf(userId: string): Promise<number> {
  return (await db().user.findUniqueOrThrow({ where: { id: userId } })).sessionEpoch;
}

describe("a reviewer manages the staff accounts of the units below their own", () => {
  it("lists only those accounts", async () => {
    const { reviewer, staff, otherStaff } = await twoCounties();
    const listed = await listAccounts({ actor: reviewer });
    expect(listed.map((account) => account.username).sort()).toEqual([staff.username, otherStaff.username].sort());
  });

  it("creates a 填报人员 in a town below, who must change the 初始密码, with an audit entry", async () => {
    const { reviewer, town } = await twoCounties();
    const username = `new${randomBytes(3).toString("hex")}`;
    const { id } = await createUser({ actor: reviewer, username, password: "initial-pass-1", role: "staff", orgSlug: town.slug, displayName: "张三", mustChangePassword: true });
    const user = await db().user.findUniqueOrThrow({ where: { id } });
    expect({ orgId: user.orgId, role: user.role, displayName: user.displayName, mustChangePassword: user.mustChangePassword, status: user.status }).toEqual({
      orgId: town.id,
      role: "staff",
      displayName: "张三",
      mustChangePassword: true,
      status: "active",
    });
    expect(await userAudit(id)).toEqual([
      { action: "create", before: null, after: { username, role: "staff", orgSlug: town.slug, mustChangePassword: true }, actorId: reviewer.id, via: "web" },
    ]);
  });

  it("refuses a sibling county's town and the county itself as if missing, and any role but staff", async () => {
    const { reviewer, county, foreignTown, town } = await twoCounties();
    const make = (orgSlug: string, role: "staff" | "reviewer" | "admin" = "staff") =>
      errorOf(createUser({ actor: reviewer, username: `x${randomBytes(3).toString("hex")}`, password: "initial-pass-1", role, orgSlug }));
    expect(await make(foreignTown.slug)).toEqual({ code: "NOT_FOUND", message: `单位“${foreignTown.slug}”不存在。` });
    expect(await make(county.slug)).toEqual({ code: "NOT_FOUND", message: `单位“${county.slug}”不存在。` });
    expect(await make(town.slug, "reviewer")).toEqual({ code: "FORBIDDEN", message: "您只能为下级单位新建填报人员账号。" });
  });

  it("disables, enables and resets only those accounts; others look missing", async () => {
    const { reviewer, staff, foreignStaff, countyStaff, otherReviewer } = await twoCounties();
    expect(await disableUser({ actor: reviewer, username: staff.username })).toEqual({ changed: true });
    expect(await enableUser({ actor: reviewer, username: staff.username })).toEqual({ changed: true });
    expect((await resetUserPassword({ actor: reviewer, username: staff.username })).password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
    for (const account of [foreignStaff, countyStaff, otherReviewer]) {
      const missing = { code: "NOT_FOUND", message: `账号“${account.username}”不存在。` };
      expect(await errorOf(disableUser({ actor: reviewer, username: account.username }))).toEqual(missing);
      expect(await errorOf(enableUser({ actor: reviewer, username: account.username }))).toEqual(missing);
      expect(await errorOf(resetUserPassword({ actor: reviewer, username: account.username }))).toEqual(missing);
      expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("active");
    }
  });

  it("gives staff no account management at all", async () => {
    const { staff, otherStaff } = await twoCounties();
    expect((await errorOf(listAccounts({ actor: staff }))).code).toBe("FORBIDDEN");
    expect((await errorOf(disableUser({ actor: staff, username: otherStaff.username }))).code).toBe("FORBIDDEN");
  });
});

describe("停用 ends the account's sessions", () => {
  it("ends an open session at its next request, refuses the login, and a new login works once enabled", async () => {
    const { staff } = await twoCounties();
    const admin = await makeActor({ role: "admin" });
    const login = await verifyCredentials({ username: staff.username, password: "correct horse battery" });
    if (!login.ok) throw new Error("login failed");
    const session = { userId: staff.id, sessionEpoch: login.user.sessionEpoch };
    expect((await getSessionAccount(session))?.username).toBe(staff.username);

    await disableUser({ actor: admin, username: staff.username });
    expect(await getSessionAccount(session)).toBeNull();
    expect(await verifyCredentials({ username: staff.username, password: "correct horse battery" })).toEqual({ ok: false, reason: "disabled" });
    expect(await verifyCredentials({ username: staff.username, password: "not the password" })).toEqual({ ok: false, reason: "invalid" });
    expect(await disableUser({ actor: admin, username: staff.username })).toEqual({ changed: false });

    await enableUser({ actor: admin, username: staff.username });
    expect(await getSessionAccount(session)).toBeNull();
    const again = await verifyCredentials({ username: staff.username, password: "correct horse battery" });
    expect(again).toEqual({ ok: true, user: { id: staff.id, username: staff.username, sessionEpoch: session.sessionEpoch + 1 } });
    expect((await getSessionAccount({ userId: staff.id, sessionEpoch: session.sessionEpoch + 1 }))?.username).toBe(staff.username);

    expect((await userAudit(staff.id)).filter((entry) => entry.action !== "create")).toEqual([
      { action: "disable", before: { status: "active" }, after: { status: "disabled" }, actorId: admin.id, via: "web" },
      { action: "enable", before: { status: "disabled" }, after: { status: "active" }, actorId: admin.id, via: "web" },
    ]);
  });

  it("ends a session issued before the epoch existed, and refuses to let an admin disable their own account", async () => {
    const admin = await makeActor({ role: "admin" });
    expect(await getSessionAccount({ userId: admin.id, sessionEpoch: undefined })).toBeNull();
    expect(await errorOf(disableUser({ actor: admin, username: admin.username }))).toEqual({ code: "INVALID_INPUT", message: "不能停用自己的账号。" });
  });

  it("sets the last login on success only", async () => {
    const admin = await makeActor({ role: "admin" });
    await verifyCredentials({ username: admin.username, password: "wrong password" });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).lastLoginAt).toBeNull();
    const now = new Date("2027-01-12T02:30:00Z");
    await verifyCredentials({ username: admin.username, password: "correct horse battery", now });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).lastLoginAt).toEqual(now);
  });
});

describe("重置密码 and 修改密码", () => {
  it("resets to a one-time password that logs in and must be changed; the old password and sessions end", async () => {
    const { staff } = await twoCounties();
    const admin = await makeActor({ role: "admin" });
    const epoch = await epochOf(staff.id);
    const { password } = await resetUserPassword({ actor: admin, username: staff.username });

    expect(await getSessionAccount({ userId: staff.id, sessionEpoch: epoch })).toBeNull();
    expect(await verifyCredentials({ username: staff.username, password: "correct horse battery" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ username: staff.username, password })).toMatchObject({ ok: true });
    const session = await getSessionAccount({ userId: staff.id, sessionEpoch: epoch + 1 });
    expect(session?.mustChangePassword).toBe(true);

    expect(await errorOf(changeOwnPassword({ actor: staff, currentPassword: password, newPassword: password }))).toEqual({
      code: "INVALID_INPUT",
      message: "新密码不能与当前密码相同",
    });
    expect(await errorOf(changeOwnPassword({ actor: staff, currentPassword: "guess-guess", newPassword: "my own passphrase" }))).toEqual({
      code: "INVALID_INPUT",
      message: "当前密码不正确。",
    });
    expect(await changeOwnPassword({ actor: staff, currentPassword: password, newPassword: "my own passphrase" })).toEqual({ sessionEpoch: epoch + 2, wasRequired: true });
    expect((await getSessionAccount({ userId: staff.id, sessionEpoch: epoch + 2 }))?.mustChangePassword).toBe(false);
    expect(await getSessionAccount({ userId: staff.id, sessionEpoch: epoch + 1 })).toBeNull();
    expect(await verifyCredentials({ username: staff.username, password })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ username: staff.username, password: "my own passphrase" })).toMatchObject({ ok: true });

    const audit = await userAudit(staff.id);
    expect(audit.filter((entry) => entry.action !== "create")).toEqual([
      { action: "reset_password", before: null, after: { mustChangePassword: true }, actorId: admin.id, via: "web" },
      { action: "change_password", before: null, after: { mustChangePassword: false }, actorId: staff.id, via: "web" },
    ]);
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it("sends an admin to 修改密码 for their own password, and lets the command line set one", async () => {
    const admin = await makeActor({ role: "admin" });
    expect(await errorOf(resetUserPassword({ actor: admin, username: admin.username }))).toEqual({
      code: "INVALID_INPUT",
      message: "请在“修改密码”页面修改自己的密码。",
    });
    await setUserPassword({ actor: CLI_ACTOR, username: admin.username, password: "from the terminal", mustChangePassword: true });
    expect(await verifyCredentials({ username: admin.username, password: "from the terminal" })).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).mustChangePassword).toBe(true);
    expect((await userAudit(admin.id)).at(-1)).toEqual({ action: "set_password", before: null, after: { mustChangePassword: true }, actorId: null, via: "cli" });
  });
});
