// import FILE.txt|.html|.docx: a published report's own file is read as parse-text reads it and
// imported as a draft, or (--historical) published as it was with the reading's findings as
// notes; a file that cannot be read exits 2 with one line and writes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "@/lib/cli/testing/in-process";
import { PROJECT_ROOT } from "@/lib/cli/testing/run-cli";
import { getPublishedReport } from "@/lib/data/public";
import { makeOrg } from "@/lib/data/test-factories";
import { sampleDocument, sampleDocx } from "@/lib/parse-text/source/testing.testutil";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/display-dates";
import { REPORT_LIMITS, sizeText } from "@/lib/uploads/limits";

const SHARED = path.resolve(PROJECT_ROOT, "../shared");
const SEED = path.join(SHARED, "seeds/000_8522b7fa46d6f532.txt");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(SHARED, "fixtures/reports/wenchang-2018/expected.json"), "utf8"));

/** A 2021 report of one table: 本年新收 5 + 上年结转 0 but 总计 3 (I1), and 结转下年度's 总计 printed "约30". */
const DEFECTIVE_2021 = [
  "某某局2021年度政府信息公开工作年度报告",
  "三、收到和处理政府信息公开申请情况",
  "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5",
  "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
  "（七）总计\t3\t0\t0\t0\t0\t0\t3",
  "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t约30",
].join("\n");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-text-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

async function storedCells(orgSlug: string, year: number): Promise<Record<string, number | null>> {
  const report = await db().report.findFirst({ where: { year, org: { slug: orgSlug } }, include: { cells: true } });
  return Object.fromEntries((report?.cells ?? []).map((cell) => [cell.key, cell.value === null ? null : Number(cell.value)]));
}

function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("import of a published report's own file", () => {
  it("the seed (.txt) becomes the unit's draft of 2018: its cells and its narrative by section", async () => {
    const org = await makeOrg({ name: "文昌镇" });
    const run = await runCliInProcess(["import", SEED, "--org", org.slug]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("读取");
    expect(run.stderr).toContain("保存为草稿");
    const report = await db().report.findFirst({ where: { org: { slug: org.slug } }, include: { sections: true } });
    expect(report?.year).toBe(2018);
    expect(report?.status).toBe("draft");
    const cells = await storedCells(org.slug, 2018);
    // what was typed is stored; totals that agree with their parts stay derived (blank in storage)
    for (const [key, value] of Object.entries(cells)) if (value !== null) expect(EXPECTED.cells[key], key).toBe(value);
    expect(Object.values(cells).filter((value) => value !== null).length).toBeGreaterThan(20);
    expect(report?.sections.map((s) => s.key).sort()).toEqual(["overview", "plans", "preamble", "problems"]);
    expect(await db().reportRevision.count({ where: { report: { org: { slug: org.slug } } } })).toBe(0);
  });

  it("--historical publishes it as printed, dated --published-at, the identity broken and the unreadable cell as notes", async () => {
    const org = await makeOrg();
    const file = write("某某局2021年报.txt", DEFECTIVE_2021);
    const run = await runCliInProcess(["import", file, "--org", org.slug, "--historical", "--published-at", "2022-01-28"]);
    expect(run.code, run.stderr).toBe(0);
    const published = await getPublishedReport({ orgSlug: org.slug, year: 2021 });
    expect(published && isoDate(published.publishedAt)).toBe("2022-01-28");
    expect(published?.cells["t3.new.natural"]).toBe(5);
    expect(published?.cells["t3.total.natural"]).toBe(3);
    expect(published?.cells["t3.carried_out.natural"]).toBe(0);
    expect(published?.cells["t3.carried_out.total"]).toBeNull();
    expect(published?.historical?.sourceName).toBe("某某局2021年报.txt");
    const notes = published?.historical?.notes ?? [];
    expect(notes.some((note) => note.rule === "I1" && note.severity === "error")).toBe(true);
    const unreadable = notes.find((note) => note.rule === "P1");
    expect(unreadable?.cells).toEqual(["t3.carried_out.total"]);
    expect(unreadable?.message).toContain("约30");
  });

  it("a Word file (the project's own .docx of a 2021 report) becomes the unit's draft with the same numbers", async () => {
    const org = await makeOrg();
    const { document } = sampleDocument(2);
    const file = write("report.docx", await sampleDocx(2));
    const run = await runCliInProcess(["import", file, "--org", org.slug]);
    expect(run.code, run.stderr).toBe(0);
    const cells = await storedCells(org.slug, document.year);
    for (const [key, value] of Object.entries(cells)) if (value !== null) expect(document.cells[key], key).toBe(value);
    expect(Object.values(cells).filter((value) => value !== null).length).toBeGreaterThan(100);
  });

  it("--year reads a report whose title gives none; --year and --format are refused for a JSON document", async () => {
    const org = await makeOrg();
    const untitled = write("untitled.txt", "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n");
    const without = await runCliInProcess(["import", untitled, "--org", org.slug]);
    expect(without.code).toBe(2);
    expectOneLine(without.stderr);
    expect((await runCliInProcess(["import", untitled, "--org", org.slug, "--year", "2022"])).code).toBe(0);
    expect((await storedCells(org.slug, 2022))["t3.new.natural"]).toBe(1);
    const json = write("doc.json", JSON.stringify({ format: "gov-2021", year: 2023, organization: "", cells: {} }));
    const refused = await runCliInProcess(["import", json, "--org", org.slug, "--year", "2023"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^--year 和 --format 只用于报告原文/);
  });

  it.each([
    ["random bytes", "random.txt", new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ["text that is no report", "note.txt", "今天天气很好。\n明天见。\n"],
    ["an empty file", "empty.txt", ""],
    ["a Word file that is no zip", "fake.docx", "这不是 Word 文档"],
    ["a PDF", "report.txt", "%PDF-1.7\n"],
  ])("%s: exit 2 with one line, nothing written", async (_, name, content) => {
    const org = await makeOrg();
    const run = await runCliInProcess(["import", write(name, content), "--org", org.slug, "--historical", "--published-at", "2022-01-28"]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(await db().report.count({ where: { org: { slug: org.slug } } })).toBe(0);
  });

  it("a file over the report limit: exit 2 with one line, before it is read", async () => {
    const org = await makeOrg();
    const file = path.join(tmp, "big.txt");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, REPORT_LIMITS.fileBytes + 1);
    const run = await runCliInProcess(["import", file, "--org", org.slug]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(`文件超过 ${sizeText(REPORT_LIMITS.fileBytes)}`);
  });
});
