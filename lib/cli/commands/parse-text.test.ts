// parse-text as a user runs it (in this process): the seed to interchange JSON that validate
// and import read back, and the exit codes of design.md (0, 1 on errors, 2 with one line).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInterchangeFile } from "@/lib/cli/document";
import { runCliInProcess } from "@/lib/cli/testing/in-process";
import { PROJECT_ROOT } from "@/lib/cli/testing/run-cli";
import { reportDocx } from "@/lib/export/docx";
import { reportHtml } from "@/lib/parse-text/testing";
import { REPORT_LIMITS, sizeText } from "@/lib/uploads/limits";
import { repeatedEntry } from "@/lib/uploads/testing";
import { zipArchive } from "@/lib/uploads/zip";

const SHARED = path.resolve(PROJECT_ROOT, "../shared");
const SEED = path.join(SHARED, "seeds/000_8522b7fa46d6f532.txt");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(SHARED, "fixtures/reports/wenchang-2018/expected.json"), "utf8"));

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "parse-text-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("parse-text", () => {
  it("reads the seed: interchange JSON with sections, findings and uncertain; exit 0 (warnings only)", async () => {
    const out = path.join(tmp, "seed.json");
    const run = await runCliInProcess(["parse-text", SEED, "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const json = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(Object.keys(json)).toEqual(["format", "year", "organization", "cells", "sections", "findings", "uncertain"]);
    expect(json.cells).toEqual(EXPECTED.cells);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(["N1", "N1"]);
    expect(json.uncertain).toEqual([]);
    // import and validate read it back, narrative included
    const back = readInterchangeFile(out);
    expect(back.doc).toEqual(EXPECTED);
    expect(Object.keys(back.sections ?? {})).toEqual(["preamble", "overview", "problems", "plans"]);
    const validate = await runCliInProcess(["validate", out]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain("412");
  });

  it("reads a web page and a Word file", async () => {
    const p21 = path.join(SHARED, "fixtures/reports/pingtan-2021");
    const expected = JSON.parse(fs.readFileSync(path.join(p21, "expected.json"), "utf8"));
    const html = reportHtml({ ...expected, narrative: fs.readFileSync(path.join(p21, "narrative.txt"), "utf8") });
    const page = await runCliInProcess(["parse-text", write("report.html", html)]);
    expect(page.code).toBe(0);
    expect(JSON.parse(page.stdout).cells).toEqual(expected.cells);
    const docx = await reportDocx({ format: "legacy-2014", year: 2018, orgName: "文昌镇", scope: "own", cells: EXPECTED.cells, sections: {}, publishedAt: null, revision: null });
    const word = await runCliInProcess(["parse-text", write("report.docx", docx)]);
    expect(word.code).toBe(0);
    expect(JSON.parse(word.stdout).cells).toEqual(EXPECTED.cells);
  });

  it("a zip bomb named .docx: exit 2 with one line", async () => {
    const bomb = zipArchive([await repeatedEntry("word/document.xml", "<w:document><w:body>", "<w:p/>", 40_000_000, "</w:body></w:document>")]);
    const run = await runCliInProcess(["parse-text", write("bomb.docx", bomb)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
  });

  it("writes to stdout without -o", async () => {
    const run = await runCliInProcess(["parse-text", SEED]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).organization).toBe("文昌镇");
  });

  it("exits 1 when what was read breaks an identity (I1), and still writes the document", async () => {
    const text = [
      "某某局2021年度政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5",
      "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
      "（七）总计\t3\t0\t0\t0\t0\t0\t3",
      "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
    ].join("\n");
    const run = await runCliInProcess(["parse-text", write("i1.txt", text)]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.cells["t3.new.natural"]).toBe(5);
    expect(json.findings.some((f: { rule: string; severity: string }) => f.rule === "I1" && f.severity === "error")).toBe(true);
  });

  it.each([
    ["random bytes", "random.txt", new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ["text that is no report", "note.txt", "今天天气很好。\n明天见。\n"],
    ["an empty file", "empty.txt", ""],
    ["a truncated file", "cut.txt", fs.readFileSync(SEED).subarray(0, 7)],
  ])("%s: exit 2 with one line", async (_, name, content) => {
    const run = await runCliInProcess(["parse-text", write(name, content)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
  });

  it("a file over the report limit: exit 2 with one line, before it is read", async () => {
    const file = path.join(tmp, "big.txt");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, REPORT_LIMITS.fileBytes + 1);
    const run = await runCliInProcess(["parse-text", file]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(`文件超过 ${sizeText(REPORT_LIMITS.fileBytes)}`);
  });

  it("bad options: exit 2 with one line", async () => {
    for (const args of [["parse-text"], ["parse-text", SEED, "--year", "1999"], ["parse-text", SEED, "--format", "gov-2030"], ["parse-text", path.join(tmp, "missing.txt")]]) {
      const run = await runCliInProcess(args);
      expect(run.code, args.join(" ")).toBe(2);
      expectOneLine(run.stderr);
    }
  });

  it("--year reads a report whose title gives none", async () => {
    const text = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n";
    const file = write("untitled.txt", text);
    expect((await runCliInProcess(["parse-text", file])).code).toBe(2);
    const run = await runCliInProcess(["parse-text", file, "--year", "2022"]);
    expect(JSON.parse(run.stdout).format).toBe("gov-2021");
    expect(JSON.parse(run.stdout).cells["t3.new.total"]).toBe(1);
  });
});
