// The command line as a user runs it: real processes, real files, a real embedded database
// in a temporary folder. Exit codes and outputs are design.md §8's contract.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/lib/cli/commands";
import { listMigrations } from "@/lib/database/migrate";
import { PROJECT_ROOT, runCli, spawnScript, type CliRun } from "@/lib/cli/testing/run-cli";
import { gbk } from "@/lib/uploads/testing";
import { NOT_UTF8 } from "@/lib/uploads/text";

const FIXTURES = path.resolve(PROJECT_ROOT, "../shared/fixtures/reports");
const FIXTURE_NAMES = ["wenchang-2018", "pingtan-2019", "pingtan-2021", "pingtan-2022"] as const;

/** Each spawn takes ≈ 0.5 s (no database) to ≈ 1.5 s (embedded database) on an idle machine; allow for a busy one. */
const SPAWN_TIMEOUT = 30_000;

let tmp: string;
let databaseUrl: string;

function start(script: string, args: readonly string[], options: { input?: string; databaseUrl?: string } = {}) {
  return spawnScript(script, args, { input: options.input, env: { DATABASE_URL: options.databaseUrl ?? databaseUrl } });
}

function cli(args: readonly string[], options: { input?: string; databaseUrl?: string } = {}): Promise<CliRun> {
  return runCli(args, { input: options.input, env: { DATABASE_URL: options.databaseUrl ?? databaseUrl } });
}

function fixturePath(name: string): string {
  return path.join(FIXTURES, name, "expected.json");
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

function readFixture(name: string): { format: string; year: number; organization: string; cells: Record<string, number | null> } {
  return JSON.parse(fs.readFileSync(fixturePath(name), "utf8"));
}

/** A failure is exactly one line on stderr (no stack trace). */
function expectOneLine(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-cli-"));
  databaseUrl = `file:${path.join(tmp, "pglite")}`;
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("validate", { timeout: SPAWN_TIMEOUT }, () => {
  it("prints {ok: true, findings: []} and exits 0 for every fixture", async () => {
    const runs = await Promise.all(FIXTURE_NAMES.map((name) => cli(["validate", fixturePath(name), "--json"])));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('{"ok":true,"findings":[]}\n');
    }
  });

  it("reports I1 with its cells and exits 1 when 新收 no longer balances, in JSON and as text", async () => {
    const broken = readFixture("pingtan-2021");
    broken.cells["t3.new.natural"] = 65; // 64 in the report
    broken.cells["t3.new.total"] = 71; // keeps I3 (the row total) true, so only I1 breaks
    const file = writeJson("broken.json", broken);
    const [json, text] = await Promise.all([cli(["validate", file, "--json"]), cli(["validate", file])]);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as { ok: boolean; findings: { rule: string; severity: string; cells: string[]; message: string }[] };
    expect(result.ok).toBe(false);
    expect(result.findings.map(({ rule, severity, cells }) => ({ rule, severity, cells }))).toEqual([
      {
        rule: "I1",
        severity: "error",
        cells: ["t3.new.natural", "t3.carried_in.natural", "t3.total.natural", "t3.carried_out.natural"],
      },
      {
        rule: "I1",
        severity: "error",
        cells: ["t3.new.total", "t3.carried_in.total", "t3.total.total", "t3.carried_out.total"],
      },
    ]);
    for (const finding of result.findings) expect(Object.keys(finding)).toEqual(["rule", "severity", "cells", "message"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("错误 I1 [t3.new.natural, t3.carried_in.natural, t3.total.natural, t3.carried_out.natural]");
    expectOneLine(text.stderr);
  });

  it("exits 2 with one line naming an unknown cell key, an unreadable file or invalid JSON", async () => {
    const unknownKey = readFixture("pingtan-2022");
    unknownKey.cells["t3.granted.alien"] = 1;
    const unknownFile = writeJson("unknown-key.json", unknownKey);
    const invalidFile = path.join(tmp, "invalid.json");
    fs.writeFileSync(invalidFile, '{"format": "gov-2021", "year": 2021,');
    const missingFile = path.join(tmp, "missing.json");
    const [unknown, missing, invalid, directory] = await Promise.all([
      cli(["validate", unknownFile, "--json"]),
      cli(["validate", missingFile]),
      cli(["validate", invalidFile, "--json"]),
      cli(["validate", tmp]),
    ]);
    for (const run of [unknown, missing, invalid, directory]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expectOneLine(run.stderr);
    }
    expect(unknown.stderr).toContain("t3.granted.alien");
    expect(unknown.stderr).toContain("未知的单元格键");
    expect(missing.stderr).toBe(`无法读取文件 ${missingFile}：文件或目录不存在\n`);
    expect(invalid.stderr).toMatch(new RegExp(`^文件 ${invalidFile} 不是有效的 JSON：`));
    expect(directory.stderr).toBe(`无法读取文件 ${tmp}：这是一个目录，不是文件\n`);
  });

  it("reads a file saved in GBK, saying so; refuses one in neither UTF-8 nor GBK, and one over 4 MB", async () => {
    const document = JSON.stringify({ ...readFixture("pingtan-2021"), organization: "文昌镇" });
    const gbkFile = path.join(tmp, "gbk.json");
    fs.writeFileSync(gbkFile, gbk(document));
    const broken = path.join(tmp, "broken-bytes.json");
    fs.writeFileSync(broken, Buffer.concat([Buffer.from(document.replace("文昌镇", "X")), Buffer.from([0xff])]));
    const large = path.join(tmp, "large.json");
    fs.writeFileSync(large, document.padEnd(5 * 1024 * 1024, " "));
    const [read, refused, tooLarge] = await Promise.all([cli(["validate", gbkFile, "--json"]), cli(["validate", broken]), cli(["validate", large])]);
    expect(read).toMatchObject({ code: 0, stdout: '{"ok":true,"findings":[]}\n', stderr: `文件 ${gbkFile}：文件不是 UTF-8 编码，已按 GBK（GB18030）编码读取。\n检查通过，未发现问题。\n` });
    expect(refused).toMatchObject({ code: 2, stdout: "", stderr: `文件 ${broken}：${NOT_UTF8}\n` });
    expect(tooLarge).toMatchObject({ code: 2, stdout: "", stderr: `文件 ${large}：文件超过 4 MB（5.0 MB）\n` });
  });
});

describe("arguments and help", { timeout: SPAWN_TIMEOUT }, () => {
  it("prints Chinese usage and exits 0 for --help of the tool and of every command", async () => {
    const runs = await Promise.all([
      cli(["--help"]),
      ...COMMANDS.map((command) => cli([...command.name.split(" "), "--help"])),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^(公开年报命令行工具|用法：)/);
      expect(run.stderr).toBe("");
    }
    for (const command of COMMANDS) expect(runs[0].stdout).toContain(command.synopsis);
  });

  it("exits 2 with one line for an unknown command, a wrong option, a missing value or an empty password", async () => {
    const [unknown, option, value, password, none] = await Promise.all([
      cli(["publish-all"]),
      cli(["export", "--org", "wenchang", "--year", "2018", "--as", "json", "--pretty"]),
      cli(["org", "add", "--slug", "--name", "文昌镇"]),
      cli(["user", "add", "--username", "admin", "--role", "admin"], { input: "" }),
      cli([]),
    ]);
    for (const run of [unknown, option, value, password, none]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expectOneLine(run.stderr);
    }
    expect(unknown.stderr).toBe(
      "未知命令“publish-all”。可用命令：" + COMMANDS.map((c) => c.name).join("、") + "（npm run nianbao -- --help 查看用法）\n",
    );
    expect(option.stderr).toBe("未知选项 --pretty（npm run nianbao -- export --help 查看用法）\n");
    expect(value.stderr).toBe("选项 --slug 需要一个值（SLUG）（npm run nianbao -- org add --help 查看用法）\n");
    expect(password.stderr).toMatch(/^没有读到密码/);
  });
});

describe("org add, user add, import, export", { timeout: SPAWN_TIMEOUT }, () => {
  const blankCell = "t2.procurement.amount";
  /** Data folders that start from one initialised template, so that independent units run side by side. */
  const folder = (name: string) => `file:${path.join(tmp, name)}`;

  it(
    "round-trips every fixture's cells exactly through import --publish and export --as json, blanks included",
    async () => {
      const county = await cli(["org", "add", "--slug", "shapotou", "--name", "中卫市沙坡头区", "--kind", "county"], {
        databaseUrl: folder("template"),
      });
      expect([county.code, county.stdout, county.stderr]).toEqual([0, "", `已更新数据库结构：${listMigrations().map((m) => m.name).join("、")}\n已创建单位 中卫市沙坡头区（shapotou，县级政府）\n`]);
      for (const name of ["wenchang", "pingtan-a", "pingtan-b"]) {
        fs.cpSync(path.join(tmp, "template"), path.join(tmp, name), { recursive: true });
      }

      // 2020 is reported in the 2019 format; one cell left blank must stay blank (null), not 0.
      const withBlank = { ...readFixture("pingtan-2019"), year: 2020 };
      withBlank.cells = { ...withBlank.cells, [blankCell]: null };
      const blankFile = writeJson("pingtan-2020-blank.json", withBlank);
      const documents = (names: (typeof FIXTURE_NAMES)[number][]) =>
        names.map((name) => ({ file: fixturePath(name), doc: readFixture(name) }));

      const chains = [
        {
          databaseUrl: folder("wenchang"),
          org: ["org", "add", "--slug", "wenchang", "--name", "文昌镇", "--parent", "shapotou"],
          orgMessage: "已创建单位 文昌镇（wenchang，乡镇，上级 shapotou）\n",
          slug: "wenchang",
          documents: documents(["wenchang-2018"]),
        },
        {
          databaseUrl: folder("pingtan-a"),
          org: ["org", "add", "--slug", "pingtan", "--name", "平潭综合实验区", "--kind", "county"],
          orgMessage: "已创建单位 平潭综合实验区（pingtan，县级政府）\n",
          slug: "pingtan",
          documents: [...documents(["pingtan-2019"]), { file: blankFile, doc: withBlank }],
        },
        {
          databaseUrl: folder("pingtan-b"),
          org: ["org", "add", "--slug", "pingtan", "--name", "平潭综合实验区", "--kind", "county"],
          orgMessage: "已创建单位 平潭综合实验区（pingtan，县级政府）\n",
          slug: "pingtan",
          documents: documents(["pingtan-2021", "pingtan-2022"]),
        },
      ];
      await Promise.all(
        chains.map(async (chain) => {
          const { databaseUrl } = chain;
          const org = await cli(chain.org, { databaseUrl });
          expect([org.code, org.stdout, org.stderr]).toEqual([0, "", chain.orgMessage]);
          if (chain.slug === "wenchang") {
            const user = await cli(["user", "add", "--username", "admin", "--role", "admin"], {
              databaseUrl,
              input: "correct horse battery\n",
            });
            expect([user.code, user.stdout, user.stderr]).toEqual([0, "", "已创建用户 admin（系统管理员）\n"]);
          }
          for (const { file, doc } of chain.documents) {
            const imported = await cli(["import", file, "--org", chain.slug, "--publish"], { databaseUrl });
            expect(imported.code).toBe(0);
            expect(imported.stderr).toMatch(new RegExp(`^已新建 .*（${chain.slug}）${doc.year} 年的报告（${doc.format}），.*已发布第 1 版。`));
          }
          for (const { doc } of chain.documents) {
            const exported = await cli(["export", "--org", chain.slug, "--year", String(doc.year), "--as", "json"], { databaseUrl });
            expect([exported.code, exported.stderr]).toEqual([0, ""]);
            expect(exported.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
          }
        }),
      );
    },
    4 * SPAWN_TIMEOUT,
  );

  it("refuses import --publish of a document with errors: exit 1, nothing written", async () => {
    const databaseUrl = folder("pingtan-b");
    const broken = { ...readFixture("pingtan-2021"), year: 2023 };
    broken.cells = { ...broken.cells, "t3.new.natural": 65, "t3.new.total": 71 };
    const refused = await cli(["import", writeJson("broken-2023.json", broken), "--org", "pingtan", "--publish"], { databaseUrl });
    expect(refused.code).toBe(1);
    expectOneLine(refused.stderr);
    expect(refused.stderr).toMatch(/^文档有 2 个错误（首个：I1 .*），不能发布，未写入任何内容。/);
    const exported = await cli(["export", "--org", "pingtan", "--year", "2023", "--as", "json"], { databaseUrl });
    expect(exported.code).toBe(2);
    expect(exported.stderr).toBe("单位 平潭综合实验区（pingtan）没有 2023 年的报告。\n");
  });

  it("exits 2 saying the database is in use while a process holds it without sharing it, and works again once it is released", async () => {
    const databaseUrl = folder("pingtan-a");
    const holder = start("lib/cli/testing/hold-database.ts", ["--no-share"], { databaseUrl });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.setEncoding("utf8").on("data", (chunk: string) => chunk.includes("ready") && resolve());
      holder.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
    });
    const blocked = await cli(["export", "--org", "pingtan", "--year", "2020", "--as", "json"], { databaseUrl });
    holder.stdin.end();
    await new Promise((resolve) => holder.once("close", resolve));
    expect(blocked.code).toBe(2);
    expect(blocked.stdout).toBe("");
    expectOneLine(blocked.stderr);
    expect(blocked.stderr).toContain(`内置数据库正被另一个进程（PID ${holder.pid}`);

    // Released: the same database answers again, here as CSV where the blank cell is an empty field.
    const csvFile = path.join(tmp, "2020.csv");
    const csv = await cli(["export", "--org", "pingtan", "--year", "2020", "--as", "csv", "-o", csvFile], { databaseUrl });
    expect([csv.code, csv.stdout]).toEqual([0, ""]);
    expect(csv.stderr).toBe(`已写入 ${csvFile}：平潭综合实验区 2020 年报告，已发布的第 1 版。\n`);
    const lines = fs.readFileSync(csvFile, "utf8").split("\r\n");
    expect(lines.find((line) => line.startsWith(`${blankCell},`))?.endsWith(",")).toBe(true);
  });
});
