// register import / register derive as a user runs them: real processes on an embedded
// database in a temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "@/lib/cli/testing/run-cli";
import { LIMIT_MESSAGES } from "@/lib/uploads/limits";
import { gbk, registerCsv } from "@/lib/uploads/testing";

const SPAWN_TIMEOUT = 60_000;
const SECRET_NAME = "登记簿申请人9c1e";

let tmp: string;
let databaseUrl: string;

function cli(args: readonly string[]): Promise<CliRun> {
  return runCli(args, { env: { DATABASE_URL: databaseUrl } });
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

const HEADER = "编号,收到日期,渠道,申请人类型,办结日期,办理结果,申请人";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-register-"));
  databaseUrl = `file:${path.join(tmp, "pglite")}`;
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("register import and register derive", { timeout: SPAWN_TIMEOUT * 6 }, () => {
  it("imports a register, refuses bad rows line by line, and derives the year's 表三 as interchange JSON", async () => {
    expect((await cli(["org", "add", "--slug", "jiazhen", "--name", "甲镇"])).code).toBe(0);

    const bad = write("bad.csv", [HEADER, `A-1,2025-01-06,当面,自然人,2025-01-10,granted,${SECRET_NAME}`, "A-2,2025-13-01,当面,自然人,,,", "A-3,2025-01-08,电话,自然人,,,"].join("\n"));
    const refused = await cli(["register", "import", bad, "--org", "jiazhen"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      [
        "第 3 行：收到日期：2025-13-01 不是有效的日期",
        "第 4 行：渠道 “电话” 无法识别，应为 当面、邮寄、网络、传真、其他 之一",
        `文件 ${bad} 有 2 行无法导入，未导入任何记录。`,
        "",
      ].join("\n"),
    );

    const good = write(
      "good.csv",
      `\uFEFF${[
        HEADER,
        `A-1,2024-12-20,当面,自然人,2025-01-10,granted,${SECRET_NAME}`,
        "A-2,2025-03-01,网络,商业 企业,2025-03-20,（三）4.保护第三方合法权益,",
        "A-3,2025-12-29,邮寄,自然人,,,",
      ].join("\r\n")}\r\n`,
    );
    const imported = await cli(["register", "import", good, "--org", "jiazhen"]);
    expect(imported).toMatchObject({ code: 0, stdout: "" });
    expect(imported.stderr).toBe("已导入 3 条申请到 甲镇（jiazhen）的登记簿：办结 2 条，办理中 1 条。\n");

    const derived = await cli(["register", "derive", "--org", "jiazhen", "--year", "2025"]);
    expect(derived.code).toBe(0);
    const doc = JSON.parse(derived.stdout);
    expect(Object.keys(doc)).toEqual(["format", "year", "organization", "cells"]);
    expect(derived.stderr).toBe("六、其他需要报告的事项（信息处理费，按登记簿）：2025年，本机关未收取信息处理费。\n");
    expect(doc).toMatchObject({ format: "gov-2021", year: 2025, organization: "甲镇" });
    expect(Object.keys(doc.cells)).toHaveLength(175 + 15);
    expect(Object.keys(doc.cells).every((key) => key.startsWith("t3.") || key.startsWith("t4."))).toBe(true);
    expect(doc.cells).toMatchObject({
      "t3.new.natural": 1,
      "t3.new.business": 1,
      "t3.carried_in.natural": 1,
      "t3.granted.natural": 1,
      "t3.refused_third_party.business": 1,
      "t3.total.total": 2,
      "t3.carried_out.natural": 1,
      "t3.carried_out.total": 1,
      "t4.review.total": 0,
    });
    for (const run of [refused, imported, derived]) expect(run.stdout + run.stderr).not.toContain(SECRET_NAME);

    const duplicate = await cli(["register", "import", good, "--org", "jiazhen"]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.split("\n")[0]).toBe("第 2 行：编号“A-1”已在登记簿中");
  });

  it("imports the first sheet of an XLSX file", async () => {
    expect((await cli(["org", "add", "--slug", "yizhen", "--name", "乙镇"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("2025");
    sheet.addRow(HEADER.split(","));
    sheet.addRow(["B-1", new Date(Date.UTC(2025, 5, 3)), "传真", "科研机构", null, null]);
    const file = path.join(tmp, "register.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await cli(["register", "import", file, "--org", "yizhen"]);
    expect(result).toMatchObject({ code: 0, stderr: "已导入 1 条申请到 乙镇（yizhen）的登记簿：办结 0 条，办理中 1 条。\n" });
  });

  it("imports a register saved in GBK, saying so, and refuses one of 100,000 rows in one line", async () => {
    expect((await cli(["org", "add", "--slug", "bingzhen", "--name", "丙镇"])).code).toBe(0);
    const file = path.join(tmp, "gbk.csv");
    fs.writeFileSync(file, gbk([HEADER, "G-1,2025-01-06,网络,自然人,,,", ""].join("\r\n")));
    expect(await cli(["register", "import", file, "--org", "bingzhen"])).toMatchObject({
      code: 0,
      stderr: `文件 ${file}：文件不是 UTF-8 编码，已按 GBK（GB18030）编码读取。\n已导入 1 条申请到 丙镇（bingzhen）的登记簿：办结 0 条，办理中 1 条。\n`,
    });
    const large = path.join(tmp, "large.csv");
    fs.writeFileSync(large, registerCsv(100_000, { open: true }));
    expect(await cli(["register", "import", large, "--org", "bingzhen"])).toMatchObject({ code: 2, stderr: `文件 ${large}：${LIMIT_MESSAGES.rows}\n` });
  });

  it("exits 2 with one line for a missing file, an unknown org or a file without the columns", async () => {
    const missing = await cli(["register", "import", path.join(tmp, "nope.csv"), "--org", "jiazhen"]);
    expect(missing).toMatchObject({ code: 2, stderr: `无法读取文件 ${path.join(tmp, "nope.csv")}：文件或目录不存在\n` });
    const file = write("ok.csv", `${HEADER}\nC-1,2025-01-06,当面,自然人,,,\n`);
    const unknown = await cli(["register", "import", file, "--org", "nowhere"]);
    expect(unknown).toMatchObject({ code: 2, stderr: "单位“nowhere”不存在（先用 org add 创建）。\n" });
    const noHeader = write("columns.csv", "编号,日期\n1,2025-01-01\n");
    expect(await cli(["register", "import", noHeader, "--org", "jiazhen"])).toMatchObject({
      code: 2,
      stderr: `文件 ${noHeader}：第 1 行（表头）缺少列：收到日期、渠道、申请人类型、办结日期、办理结果\n`,
    });
    expect(await cli(["register", "derive", "--org", "nowhere", "--year", "2025"])).toMatchObject({ code: 2, stderr: "单位“nowhere”不存在。\n" });
  });
});
