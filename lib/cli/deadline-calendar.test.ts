// The deadline command counts on the notices active in the database: a notice an admin
// activates moves the command's answer as it moves the deadlines in the register.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { activateNotice, addNotice } from "@/lib/data/calendar";
import { closeDatabase, getDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/prepare";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-deadline-db-"));
const databaseUrl = `file:${path.join(tmp, "pglite")}`;

function deadline(args: string[], url: string | undefined) {
  const env = { ...process.env, DATABASE_URL: url };
  if (url === undefined) delete env.DATABASE_URL;
  const result = spawnSync("npx", ["tsx", "lib/cli/main.ts", "deadline", ...args], { env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, firstLine: result.stdout.split("\n")[0], stderr: result.stderr };
}

beforeAll(async () => {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    await prepareDatabase(getDatabase());
    // An invented 2027 notice: 元旦 from 2026-12-31 to 2027-01-03.
    const added = await addNotice({
      actor: CLI_ACTOR,
      input: { source: "form", form: { year: 2027, issuedOn: "2026-11-05", docNo: "国办发明电〔2026〕99号", festivals: [{ festival: "元旦", from: "2026-12-31", to: "2027-01-03", makeupWorkdays: [] }] } },
    });
    if (!added.ok) throw new Error(added.errors.join("；"));
    await activateNotice({ actor: CLI_ACTOR, noticeId: added.id, acknowledgeWarnings: true });
  } finally {
    await closeDatabase();
    process.env.DATABASE_URL = previous;
  }
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("deadline on the database's calendar", () => {
  it("counts a notice activated in the database, and the shipped notices without one", () => {
    const withNotice = deadline(["--received", "2026-12-10"], databaseUrl);
    expect([withNotice.code, withNotice.firstLine]).toEqual([0, "2027-01-11"]);
    const shipped = deadline(["--received", "2026-12-10"], `file:${path.join(tmp, "absent")}`);
    expect([shipped.code, shipped.firstLine]).toEqual([0, "2027-01-08"]);
    expect(shipped.stderr).toContain("暂定");
    expect(fs.existsSync(path.join(tmp, "absent"))).toBe(false);
  }, 120_000);
});
