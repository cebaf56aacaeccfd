// backup and restore as a user runs them: real processes on embedded databases in a temporary
// folder, the first one filled by `npm run setup` with the sample units and their published reports.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, spawnScript, type CliRun } from "@/lib/cli/testing/run-cli";

const SPAWN_TIMEOUT = 90_000;

let tmp: string;
const url = (name: string) => `file:${path.join(tmp, name)}`;

function cli(database: string, args: readonly string[], input?: string): Promise<CliRun> {
  return runCli(args, { env: { DATABASE_URL: url(database) }, input });
}

function setup(database: string): Promise<number | null> {
  const child = spawnScript("lib/database/setup.ts", [], { input: "", env: { DATABASE_URL: url(database), NEXTAUTH_SECRET: "x".repeat(40) } });
  child.stdout.resume();
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-backup-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("backup and restore on the command line", { timeout: SPAWN_TIMEOUT * 10 }, () => {
  it("backs up the sample database, restores it into a database a command has opened, and backs up the same bytes", async () => {
    expect(await setup("a")).toBe(0);
    expect((await cli("a", ["user", "add", "--username", "admin", "--role", "admin"], "correct horse battery\n")).code).toBe(0);
    const file = path.join(tmp, "a.nianbao.gz");
    const made = await cli("a", ["backup", "-o", file, "--with-passwords"]);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(
      new RegExp(`^已备份到 ${file}（\\d+ KB，用时 [\\d.]+ 秒）：单位 5、账号 1、报告 4、已发布的版本 4、依申请公开的申请 0、审计日志 \\d+，共 20 张数据表 \\d+ 行；含密码哈希。\\n$`),
    );
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(tmp).filter((name) => name.endsWith(".partial"))).toEqual([]);

    const again = await cli("a", ["backup", "-o", file]);
    expect([again.code, again.stderr]).toEqual([2, `文件 ${file} 已存在：如要覆盖，请加 --force。\n`]);

    // a database that a command has opened holds the project's holiday notices: it counts as empty
    expect((await cli("b", ["org", "list"])).code).toBe(0);
    const restored = await cli("b", ["restore", file]);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(new RegExp(`^已从 ${file} 恢复（用时 [\\d.]+ 秒）：单位 5、账号 1、报告 4、`));
    const copy = path.join(tmp, "b.nianbao.gz");
    expect((await cli("b", ["backup", "-o", copy, "--with-passwords"])).code).toBe(0);
    expect(fs.readFileSync(copy).equals(fs.readFileSync(file))).toBe(true);

    const twice = await cli("b", ["restore", file]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^数据库不是空的（数据表 .*Org.* 中已有数据），恢复只能写入空数据库，以免与现有数据混在一起：请新建一个空数据库（或换一个内置数据库目录 DATABASE_URL=file:…）后再恢复。\n$/);

    const truncated = path.join(tmp, "truncated.gz");
    fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 2000));
    const broken = await cli("c", ["restore", truncated]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^备份文件已损坏或不完整：文件被截断，第 \d+ 行之后的内容缺失。请换用完整的备份文件。\n$/);
  });
});
