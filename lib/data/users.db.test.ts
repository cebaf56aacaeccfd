import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { createUser, MAX_FAILURES, verifyCredentials } from "@/lib/data/users";
import { createOrg, inferOrgKind } from "@/lib/data/orgs";
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

  it("locks an account after repeated failures, even for the right password, until the lock expires", async () => {
    await createUser({ actor: CLI_ACTOR, username: "throttled", password: "right-passphrase", role: "admin" });
    const now = new Date("2027-01-10T08:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) {
      await expect(verifyCredentials({ username: "throttled", password: "nope-nope", now })).resolves.toEqual({ ok: false, reason: "invalid" });
    }
    await expect(verifyCredentials({ username: "throttled", password: "right-passphrase", now })).resolves.toEqual({ ok: false, reason: "throttled" });
    const later = new Date(now.getTime() + 61_000);
    await expect(verifyCredentials({ username: "throttled", password: "right-passphrase", now: later })).resolves.toMatchObject({ ok: true });
  });

  it("throttles guesses at unknown usernames the same way", async () => {
    const now = new Date("2027-01-10T08:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) await verifyCredentials({ username: "ghost", password: "x", now });
    await expect(verifyCredentials({ username: "ghost", password: "x", now })).resolves.toEqual({ ok: false, reason: "throttled" });
  });

  it("refuses short passwords and staff without a unit, in Chinese", async () => {
    await expect(createUser({ actor: CLI_ACTOR, username: "shorty", password: "1234567", role: "admin" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "密码至少需要 8 个字符。",
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
