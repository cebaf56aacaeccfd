// The command line while the site runs on the embedded database: a process holds the data
// folder and shares it as the server does (lib/cli/testing/hold-database.ts), and real
// command line processes work through it.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, runCli, spawnScript, type CliRun } from "@/lib/cli/testing/run-cli";

const FIXTURE = path.resolve(PROJECT_ROOT, "../shared/fixtures/reports/pingtan-2021/expected.json");
/**
 * About a dozen processes, each booting Node and some the embedded database: ≈ 1.5 s each on
 * an idle machine, but up to 25 s each on a machine busy with other work.
 */
const TIMEOUT = 600_000;

let tmp: string;
const holders: ChildProcessWithoutNullStreams[] = [];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-shared-"));
});

afterAll(() => {
  for (const holder of holders) holder.kill("SIGKILL");
  fs.rmSync(tmp, { recursive: true, force: true });
}, 60_000);

function cli(dataDir: string, args: readonly string[], input?: string): Promise<CliRun> {
  return runCli(args, { input, env: { DATABASE_URL: `file:${dataDir}` } });
}

async function startHolder(dataDir: string, args: readonly string[]): Promise<ChildProcessWithoutNullStreams> {
  const holder = spawnScript("lib/cli/testing/hold-database.ts", args, { env: { DATABASE_URL: `file:${dataDir}` } });
  holders.push(holder);
  await new Promise<void>((resolve, reject) => {
    holder.stdout.setEncoding("utf8").on("data", (chunk: string) => chunk.includes("ready") && resolve());
    holder.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return holder;
}

/** Closes the holder's stdin and returns what it printed after "ready". */
async function stopHolder(holder: ChildProcessWithoutNullStreams): Promise<string> {
  let printed = "";
  holder.stdout.on("data", (chunk: string) => (printed += chunk));
  holder.stdin.end();
  const code = holder.exitCode ?? (await new Promise((resolve) => holder.once("close", resolve)));
  expect(code).toBe(0);
  return printed;
}

function orgSlugs(list: CliRun): string[] {
  return list.stdout.trimEnd().split("\n").slice(1).map((line) => line.split("\t")[0]);
}

describe("the command line while a server holds the embedded database", { timeout: TIMEOUT }, () => {
  it("adds a unit and a user, imports and exports a report and lists units while the server writes; the server has it all", async () => {
    const dataDir = path.join(tmp, "busy");
    const holder = await startHolder(dataDir, ["--write"]);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${holder.pid}\n${dataDir}.socket`);

    // Two commands at once, each with its own transaction, while the server goes on writing.
    const [org, user] = await Promise.all([
      cli(dataDir, ["org", "add", "--slug", "pingtan", "--name", "平潭综合实验区", "--kind", "county"]),
      cli(dataDir, ["user", "add", "--username", "admin", "--role", "admin"], "一个足够长的密码\n"),
    ]);
    expect([org.code, org.stdout, org.stderr]).toEqual([0, "", "已创建单位 平潭综合实验区（pingtan，县级政府）\n"]);
    expect([user.code, user.stderr]).toEqual([0, "已创建用户 admin（系统管理员）\n"]);
    const imported = await cli(dataDir, ["import", FIXTURE, "--org", "pingtan", "--publish"]);
    expect([imported.code, imported.stdout, imported.stderr]).toEqual([
      0,
      "",
      "已新建 平潭综合实验区（pingtan）2021 年的报告（gov-2021），200 个单元格，已发布第 1 版。\n",
    ]);
    const exported = await cli(dataDir, ["export", "--org", "pingtan", "--year", "2021", "--as", "json"]);
    expect(exported.code).toBe(0);
    const fixture = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as { cells: Record<string, number | null> };
    expect((JSON.parse(exported.stdout) as { cells: unknown }).cells).toEqual(fixture.cells);
    const listed = await cli(dataDir, ["org", "list"]);
    expect(listed.code).toBe(0);
    expect(orgSlugs(listed)).toContain("pingtan");
    expect(orgSlugs(listed)).toContain("holder-1");

    const printed = await stopHolder(holder);
    const writes = Number(/writes (\d+)/.exec(printed)?.[1]);
    expect(writes).toBeGreaterThan(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    expect(fs.existsSync(`${dataDir}.socket`)).toBe(false);

    // The server wrote all of it to its folder, every one of its own writes too.
    const [afterwards, users, again] = await Promise.all([
      cli(dataDir, ["org", "list"]),
      cli(dataDir, ["user", "list"]),
      cli(dataDir, ["export", "--org", "pingtan", "--year", "2021", "--as", "json"]),
    ]);
    const holderSlugs = Array.from({ length: writes }, (_, i) => `holder-${i + 1}`);
    expect(orgSlugs(afterwards).sort()).toEqual(["pingtan", ...holderSlugs].sort());
    expect(users.stdout.split("\n")[1]?.split("\t").slice(0, 3)).toEqual(["admin", "", "admin"]);
    expect(again.stdout).toBe(exported.stdout);
  });

  it("opens the folder itself after the server was killed, clearing the lock and socket it left", async () => {
    const dataDir = path.join(tmp, "killed");
    const holder = await startHolder(dataDir, []);
    const org = await cli(dataDir, ["org", "add", "--slug", "wenchang", "--name", "文昌镇"]);
    expect(org.code).toBe(0);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("close", resolve));
    expect(fs.existsSync(`${dataDir}.socket`)).toBe(true);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);

    const listed = await cli(dataDir, ["org", "list"]);
    expect([listed.code, orgSlugs(listed)]).toEqual([0, ["wenchang"]]);
    expect(fs.existsSync(`${dataDir}.socket`)).toBe(false);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
