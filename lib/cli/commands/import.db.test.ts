// import --publish --published-at: a report of an earlier year keeps the day it was published
// on, and every date that cannot be one is refused in one line with exit 2, nothing written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar/date";
import { runCliInProcess } from "@/lib/cli/testing/in-process";
import { getPublishedReport } from "@/lib/data/public";
import { importReport } from "@/lib/data/reports";
import { consistentCells, errorOf, makeOrg } from "@/lib/data/test-factories";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/display-dates";
import { todayInChina } from "@/lib/register/today";

let tmp: string;
let file2023: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-import-"));
  file2023 = path.join(tmp, "report-2023.json");
  fs.writeFileSync(file2023, JSON.stringify({ format: "gov-2021", year: 2023, organization: "甲镇", cells: consistentCells() }));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function revisionsOf(orgSlug: string) {
  return db().reportRevision.findMany({
    where: { report: { org: { slug: orgSlug } } },
    select: { number: true, publishedAt: true },
    orderBy: { number: "asc" },
  });
}

/**
 * A refusal: exit 2, one line of Chinese on stderr that says `what` (after the notice that the
 * document names another unit, which these test units have), no revision written.
 */
async function expectRefused(orgSlug: string, args: string[], what: RegExp) {
  const before = await revisionsOf(orgSlug);
  const run = await runCliInProcess(["import", file2023, "--org", orgSlug, ...args]);
  expect(run.code).toBe(2);
  const lines = run.stderr.trimEnd().split("\n").filter((line) => !line.startsWith("注意：文档中的单位名称"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(what);
  expect(await revisionsOf(orgSlug)).toEqual(before);
}

describe("import --published-at", () => {
  it("publishes the revision with the given day (the start of that day in China), shows it and audits it", async () => {
    const org = await makeOrg({ name: "甲镇" });
    const run = await runCliInProcess(["import", file2023, "--org", org.slug, "--publish", "--published-at", "2024-01-20"]);
    expect(run.stderr).toContain("已发布第 1 版（发布日期 2024-01-20）");
    expect(run.code).toBe(0);
    const [revision] = await revisionsOf(org.slug);
    expect(revision.publishedAt.toISOString()).toBe("2024-01-19T16:00:00.000Z");
    const published = await getPublishedReport({ orgSlug: org.slug, year: 2023 });
    expect(published && isoDate(published.publishedAt)).toBe("2024-01-20");
    const audit = await db().auditLog.findFirst({ where: { entity: "revision", action: "publish", report: { org: { slug: org.slug } } } });
    expect(audit?.via).toBe("cli");
    expect(audit?.after).toEqual({ number: 1, reason: null, publishedAt: "2024-01-19T16:00:00.000Z" });
  });

  it("accepts the first day after the report's year and today; refuses the last day of the year and tomorrow", async () => {
    const org = await makeOrg();
    await expectRefused(org.slug, ["--publish", "--published-at", "2023-12-31"], /^--published-at：发布日期 2023-12-31 早于 2023 年度结束：2023 年度的报告最早在 2024-01-01 发布/);
    const today = todayInChina();
    await expectRefused(org.slug, ["--publish", "--published-at", addDays(today, 1)], /晚于今天.*不能填写将来的日期/);
    expect((await runCliInProcess(["import", file2023, "--org", org.slug, "--publish", "--published-at", "2024-01-01"])).code).toBe(0);
    expect((await runCliInProcess(["import", file2023, "--org", org.slug, "--publish", "--published-at", today])).code).toBe(0);
    expect((await revisionsOf(org.slug)).map((r) => isoDate(r.publishedAt))).toEqual(["2024-01-01", today]);
  });

  it("refuses a day that is not on the calendar or not written YYYY-MM-DD", async () => {
    const org = await makeOrg();
    await expectRefused(org.slug, ["--publish", "--published-at", "2024-02-30"], /^--published-at：发布日期2024-02-30 不是有效的日期/);
    await expectRefused(org.slug, ["--publish", "--published-at", "2024-13-01"], /不是有效的日期/);
    await expectRefused(org.slug, ["--publish", "--published-at", "2024/03/01"], /“2024\/03\/01”不是 YYYY-MM-DD 格式的日期/);
    await expectRefused(org.slug, ["--publish", "--published-at", "2024-3-1"], /不是 YYYY-MM-DD 格式的日期/);
    await expectRefused(org.slug, ["--publish", "--published-at"], /选项 --published-at 需要一个值（YYYY-MM-DD）/);
    expect(await db().report.count({ where: { org: { slug: org.slug } } })).toBe(0);
  });

  it("is refused without --publish, and nothing is imported", async () => {
    const org = await makeOrg();
    await expectRefused(org.slug, ["--published-at", "2024-01-20"], /^--published-at 只能与 --publish 或 --historical 一起使用/);
    expect(await db().report.count({ where: { org: { slug: org.slug } } })).toBe(0);
  });

  it("refuses a day before an existing revision's (dates never go backwards); the same day keeps the order", async () => {
    const org = await makeOrg();
    expect((await runCliInProcess(["import", file2023, "--org", org.slug, "--publish", "--published-at", "2024-02-08"])).code).toBe(0);
    await expectRefused(
      org.slug,
      ["--publish", "--published-at", "2024-02-07", "--reason", "更正"],
      /^发布日期 2024-02-07 早于已有的第 1 版的发布日期 2024-02-08：各版本的发布日期不能倒退。$/,
    );
    expect((await runCliInProcess(["import", file2023, "--org", org.slug, "--publish", "--published-at", "2024-02-08", "--reason", "更正"])).code).toBe(0);
    // A publication today without a date comes after both.
    expect((await runCliInProcess(["import", file2023, "--org", org.slug, "--publish", "--reason", "再次更正"])).code).toBe(0);
    const revisions = await revisionsOf(org.slug);
    expect(revisions.map((r) => [r.number, isoDate(r.publishedAt)])).toEqual([
      [1, "2024-02-08"],
      [2, "2024-02-08"],
      [3, todayInChina()],
    ]);
    for (let i = 1; i < revisions.length; i++) expect(revisions[i].publishedAt >= revisions[i - 1].publishedAt).toBe(true);
    // Now that revision 3 is dated today, a historical day is before it.
    await expectRefused(org.slug, ["--publish", "--published-at", "2024-03-01", "--reason", "更正"], /早于已有的第 3 版的发布日期/);
  });

  it("is checked by the data function too, whoever calls it: only with publish, and by the same rule", async () => {
    const org = await makeOrg();
    const doc = { format: "gov-2021" as const, year: 2023, organization: "甲镇", cells: consistentCells() };
    expect(await errorOf(importReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc, publishedOn: "2024-01-20" }))).toEqual({
      code: "INVALID_INPUT",
      message: "发布日期只能在导入并发布时填写。",
    });
    expect(await errorOf(importReport({ actor: CLI_ACTOR, orgSlug: org.slug, doc, publish: true, publishedOn: "2023-06-30" }))).toEqual({
      code: "INVALID_INPUT",
      message: "发布日期 2023-06-30 早于 2023 年度结束：2023 年度的报告最早在 2024-01-01 发布。",
    });
    expect(await db().report.count({ where: { org: { slug: org.slug } } })).toBe(0);
  });
});

