// Migrations and the first load of data run as exclusive steps: when several application
// instances start at once on one PostgreSQL server, one migrates and the others wait.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { EXCLUSIVE_LOCK_KEY, getDatabase } from "@/lib/db";

describe("exclusive steps", () => {
  it("never overlap within a process", async () => {
    const database = getDatabase();
    const events: string[] = [];
    const step = (name: string) =>
      database.exclusive(async () => {
        events.push(`${name} begins`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push(`${name} ends`);
      });
    await Promise.all([step("a"), step("b"), step("c")]);
    expect(events).toEqual(["a begins", "a ends", "b begins", "b ends", "c begins", "c ends"]);
  });

  it.runIf(getDatabase().config.kind === "postgres")("hold the server's advisory lock, so that another instance waits", async () => {
    const database = getDatabase();
    const config = database.config as { url: string };
    const other = new pg.Client({ connectionString: config.url });
    await other.connect();
    try {
      const tryLock = async () =>
        (await other.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [EXCLUSIVE_LOCK_KEY])).rows[0].locked;
      const inside = await database.exclusive(tryLock);
      expect(inside).toBe(false);
      expect(await tryLock()).toBe(true);
      await other.query("SELECT pg_advisory_unlock($1)", [EXCLUSIVE_LOCK_KEY]);
    } finally {
      await other.end();
    }
  });
});
