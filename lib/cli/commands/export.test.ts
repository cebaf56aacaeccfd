// export --as xlsx|docx as a user runs it: real processes on an embedded database in a
// temporary folder, the files read back with exceljs and JSZip.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, runCli, spawnScript, type CliRun } from "@/lib/cli/testing/run-cli";
import { sampleDataSchema, SAMPLE_DATA_FILE } from "@/lib/sample/schema";

const SPAWN_TIMEOUT = 60_000;
const FIXTURES = path.resolve(PROJECT_ROOT, "../shared/fixtures/reports");

let tmp: string;
let databaseUrl: string;

function cli(args: readonly string[]): Promise<CliRun> {
  return runCli(args, { env: { DATABASE_URL: databaseUrl } });
}

/** The command with its stdout as bytes (a pipe, as `> file` or `| …` gives it). */
function cliBytes(args: readonly string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawnScript("lib/cli/main.ts", args, { input: "", env: { DATABASE_URL: databaseUrl } });
  const chunks: Buffer[] = [];
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(chunks), stderr }));
  });
}

/** The command in a pseudo-terminal (util-linux `script`), as a person types it. */
function cliInTerminal(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, "--import", "tsx", "lib/cli/main.ts", ...args].map((a) => `'${a}'`).join(" ");
  const child = spawn("script", ["-qec", command, "/dev/null"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NIANBAO_DEBUG: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an older Buffer type than Node's; the bytes are the same.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function documentXml(bytes: Buffer): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file("word/document.xml");
  if (!file) throw new Error("word/document.xml missing");
  return file.async("string");
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-export-"));
  databaseUrl = `file:${path.join(tmp, "pglite")}`;
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("export --as xlsx|docx", { timeout: SPAWN_TIMEOUT * 4 }, () => {
  it("writes the published 平潭 2021 report as XLSX and DOCX to -o, XLSX to a pipe, and never to a terminal", async () => {
    expect((await cli(["org", "add", "--slug", "pingtan", "--name", "平潭综合实验区", "--kind", "county"])).code).toBe(0);
    const sample = sampleDataSchema.parse(JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8"))).reports.find(
      (r) => r.document.organization === "平潭综合实验区" && r.document.year === 2021,
    );
    if (!sample) throw new Error("no sample report of 平潭 2021");
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, "pingtan-2021", "expected.json"), "utf8")) as object;
    const source = path.join(tmp, "pingtan-2021.json");
    fs.writeFileSync(source, JSON.stringify({ ...fixture, sections: sample.sections }));
    expect((await cli(["import", source, "--org", "pingtan", "--publish"])).code).toBe(0);

    const xlsxFile = path.join(tmp, "平潭2021.xlsx");
    const docxFile = path.join(tmp, "平潭2021.docx");
    // One process at a time on the embedded database; the terminal is refused before it is opened.
    const xlsx = await cli(["export", "--org", "pingtan", "--year", "2021", "--as", "xlsx", "-o", xlsxFile]);
    const docx = await cli(["export", "--org", "pingtan", "--year", "2021", "--as", "docx", "-o", docxFile]);
    const piped = await cliBytes(["export", "--org", "pingtan", "--year", "2021", "--as", "xlsx"]);
    const terminal = await cliInTerminal(["export", "--org", "pingtan", "--year", "2021", "--as", "docx"]);
    expect([xlsx.code, xlsx.stdout, xlsx.stderr]).toEqual([0, "", `已写入 ${xlsxFile}：平潭综合实验区 2021 年报告，已发布的第 1 版。\n`]);
    expect([docx.code, docx.stdout, docx.stderr]).toEqual([0, "", `已写入 ${docxFile}：平潭综合实验区 2021 年报告，已发布的第 1 版。\n`]);
    expect([terminal.code, terminal.output]).toEqual([2, "DOCX 文件不能输出到终端：请用 -o FILE 指定要写入的文件。\r\n"]);

    for (const bytes of [fs.readFileSync(xlsxFile), piped.stdout]) {
      const workbook = await workbookOf(bytes);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
      ]);
      const [t2, t3, t4] = workbook.worksheets;
      expect(t2.getCell("A1").value).toBe("平潭综合实验区2021年政府信息公开工作年度报告");
      expect([t2.getCell("A17").value, t2.getCell("B17").value, t2.getCell("B17").numFmt]).toEqual(["行政事业性收费", 24252.311082, "0.000000"]);
      expect([t3.getCell("A7").value, t3.getCell("D7").value, t3.getCell("J7").value]).toEqual(["一、本年新收政府信息公开申请数量", 64, 70]);
      expect(["A7", "E7", "F7", "J7", "O7"].map((address) => t4.getCell(address).value)).toEqual([1, 3, 12, 12, 0]);
    }
    expect([piped.code, piped.stderr]).toEqual([0, ""]);

    const xml = await documentXml(fs.readFileSync(docxFile));
    for (const text of ["平潭综合实验区2021年", "政府信息公开工作年度报告", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "24252.311082", "2021年，无收取信息处理费情况。"]) {
      expect(xml).toContain(`>${text}<`);
    }
    // The 落款 is dated with the day the revision was published (here: when it was imported).
    expect(xml).toMatch(/>平潭综合实验区<\/w:t>.*>\d{4}年\d{1,2}月\d{1,2}日<\/w:t><\/w:r><\/w:p><w:sectPr>/);
  });

  it("exports a draft's working copy as DOCX, with its date left to be written", async () => {
    const draft = { ...(JSON.parse(fs.readFileSync(path.join(FIXTURES, "pingtan-2022", "expected.json"), "utf8")) as object), year: 2023 };
    const source = path.join(tmp, "pingtan-2023.json");
    fs.writeFileSync(source, JSON.stringify(draft));
    expect((await cli(["import", source, "--org", "pingtan"])).code).toBe(0);
    const file = path.join(tmp, "draft.docx");
    const run = await cli(["export", "--org", "pingtan", "--year", "2023", "--as", "docx", "-o", file]);
    expect([run.code, run.stderr]).toEqual([0, `已写入 ${file}：平潭综合实验区 2023 年报告，尚未发布的工作稿。\n`]);
    const xml = await documentXml(fs.readFileSync(file));
    expect(xml).toContain(">平潭综合实验区2023年<");
    expect(xml).toContain(">　　　　年　　月　　日<");
    expect(xml).toContain(">10690<"); // 行政许可 of the 2022 numbers
  });
});

describe("export --as json --sections", { timeout: SPAWN_TIMEOUT * 4 }, () => {
  it("keeps references to cells through export and import (stored), and prints their values (resolved)", async () => {
    expect((await cli(["org", "add", "--slug", "refs", "--name", "引用镇", "--kind", "township"])).code).toBe(0);
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, "pingtan-2021", "expected.json"), "utf8")) as object;
    const overview = "本年度共收到{{t3.new.total}}件申请，办结{{t3.total.total}}件。";
    const source = path.join(tmp, "refs.json");
    fs.writeFileSync(source, JSON.stringify({ ...fixture, organization: "引用镇", sections: { overview, other: "无。" } }));
    expect((await cli(["import", source, "--org", "refs"])).code).toBe(0);

    const stored = await cli(["export", "--org", "refs", "--year", "2021", "--as", "json", "--sections", "stored"]);
    expect(stored.code).toBe(0);
    expect(JSON.parse(stored.stdout).sections).toEqual({ overview, other: "无。" });
    const again = path.join(tmp, "refs-again.json");
    fs.writeFileSync(again, stored.stdout);
    expect((await cli(["import", again, "--org", "refs"])).code).toBe(0);

    const resolved = await cli(["export", "--org", "refs", "--year", "2021", "--as", "json", "--sections", "resolved"]);
    expect(JSON.parse(resolved.stdout).sections).toEqual({ overview: "本年度共收到70件申请，办结69件。", other: "无。" });
    const misused = await cli(["export", "--org", "refs", "--year", "2021", "--as", "csv", "--sections", "stored"]);
    expect([misused.code, misused.stderr]).toEqual([2, "--sections 只能与 --as json 一起使用（npm run nianbao -- export --help 查看用法）\n"]);
  });
});
