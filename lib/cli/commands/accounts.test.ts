// org list, user list, user disable, user enable and user passwd as a user runs them: real
// processes on an embedded database in a temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "@/lib/cli/testing/run-cli";

const SPAWN_TIMEOUT = 60_000;

let tmp: string;
let databaseUrl: string;

function cli(args: readonly string[], input?: string): Promise<CliRun> {
  return runCli(args, { input, env: { DATABASE_URL: databaseUrl } });
}

/** The exit code and both outputs, to compare in one go. */
async function outcome(args: readonly string[], input?: string) {
  const { code, stdout, stderr } = await cli(args, input);
  return { code, stdout, stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-accounts-"));
  databaseUrl = `file:${path.join(tmp, "pglite")}`;
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("org list and the user commands", { timeout: SPAWN_TIMEOUT * 16 }, () => {
  it("lists units as a tree-ordered table and accounts with their status, and changes an account's status and password", async () => {
    expect((await cli(["org", "add", "--slug", "xian", "--name", "某县", "--kind", "county"])).code).toBe(0);
    expect((await cli(["org", "add", "--slug", "yizhen", "--name", "乙镇", "--parent", "xian"])).code).toBe(0);
    expect((await cli(["org", "add", "--slug", "jiazhen", "--name", "甲镇", "--parent", "xian"])).code).toBe(0);
    expect((await cli(["org", "add", "--slug", "cun", "--name", "某村", "--parent", "jiazhen", "--kind", "other"])).code).toBe(0);
    expect((await cli(["user", "add", "--username", "zhang", "--role", "staff", "--org", "jiazhen"], "first-password\n")).code).toBe(0);
    expect((await cli(["user", "add", "--username", "admin", "--role", "admin"], "admin-password\n")).code).toBe(0);

    expect(await outcome(["org", "list"])).toEqual({
      code: 0,
      stdout: ["标识\t名称\t类型\t上级\t层级\t账号数", "xian\t某县\t县级政府\t\t0\t0", "jiazhen\t甲镇\t乡镇\txian\t1\t1", "cun\t某村\t其他\tjiazhen\t2\t0", "yizhen\t乙镇\t乡镇\txian\t1\t0", ""].join("\n"),
      stderr: "",
    });
    const header = "用户名\t姓名\t角色\t单位\t状态\t最近登录";
    expect(await outcome(["user", "list"])).toEqual({
      code: 0,
      stdout: [header, "zhang\t\tstaff\tjiazhen\t正常\t", "admin\t\tadmin\t\t正常\t", ""].join("\n"),
      stderr: "",
    });

    expect(await outcome(["user", "disable", "zhang"])).toEqual({ code: 0, stdout: "", stderr: "已停用账号 zhang\n" });
    expect(await outcome(["user", "disable", "zhang"])).toEqual({ code: 0, stdout: "", stderr: "账号 zhang 原已停用，未作改动\n" });
    expect((await cli(["user", "list"])).stdout.split("\n")[1]).toBe("zhang\t\tstaff\tjiazhen\t已停用\t");
    expect(await outcome(["user", "enable", "zhang"])).toEqual({ code: 0, stdout: "", stderr: "已启用账号 zhang\n" });

    expect(await outcome(["user", "passwd", "zhang", "--must-change"], "second-password\n")).toEqual({
      code: 0,
      stdout: "",
      stderr: "已为账号 zhang 设置新密码，下次登录后须修改\n",
    });
    expect((await cli(["user", "list"])).stdout.split("\n")[1]).toBe("zhang\t\tstaff\tjiazhen\t待修改密码\t");
    expect(await outcome(["user", "passwd", "admin"], "third-password\n")).toEqual({ code: 0, stdout: "", stderr: "已为账号 admin 设置新密码\n" });
  });

  it("exits 2 with one line for an unknown account, a missing user name, a short or missing password", async () => {
    // One at a time: the embedded database admits one process.
    const unknown = await outcome(["user", "disable", "nobody"]);
    const missing = await outcome(["user", "enable"]);
    const short = await outcome(["user", "passwd", "zhang"], "short\n");
    const none = await outcome(["user", "passwd", "zhang"], "");
    expect(unknown).toEqual({ code: 2, stdout: "", stderr: "账号“nobody”不存在。\n" });
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "缺少参数 U（用户名）（npm run nianbao -- user enable --help 查看用法）\n" });
    expect(short).toEqual({ code: 2, stdout: "", stderr: "密码至少需要 8 个字符\n" });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^没有读到密码：[^\n]*\n$/);
  });
});
