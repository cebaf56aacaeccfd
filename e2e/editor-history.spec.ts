import fs from "node:fs";
import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { sampleDataSchema, SAMPLE_DATA_FILE } from "../lib/sample/schema";
import { ownRowLabel, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, save, test } from "./helpers";
import { E2E_ACCOUNTS } from "./environment";
import { seriousViolations } from "./axe";

const format = getFormat("gov-2021");
const problems = format.sections.find((s) => s.key === "problems")!;
const newNatural = requireCell(format, "t3.new.natural");

/** A real 五、存在的主要问题及改进情况 (平潭 2021, from the sample data). */
const realProblems = sampleDataSchema
  .parse(JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8")))
  .reports.find((r) => r.org === "pingtan" && r.document.year === 2021)!.sections.problems;

async function writeProblems(page: Page, text: string): Promise<void> {
  await page.getByLabel(problems.heading, { exact: true }).fill(text);
  await save(page);
}

test("a narrative pasted again from last year with new years shows the similarity panel with the shared sentences", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, 2051);
  await writeProblems(staff, `2051年，我镇政府信息公开工作仍有不足。\n${realProblems}`);

  const url = await createDraftReport(staff, 2052);
  await writeProblems(staff, `二〇五二年，我镇政府信息公开工作仍有不足。\n${realProblems}`);
  await staff.goto(url);

  const panel = staff.getByRole("region", { name: "内容雷同检查" });
  await expect(panel.getByRole("heading", { name: problems.heading })).toBeVisible();
  await expect(panel).toContainText("与 2051 年度报告（工作稿，未发布）的本部分相似 100%");
  const shared = panel.getByRole("table", { name: /相同或几乎相同的句子/ });
  await expect(shared.getByRole("columnheader")).toHaveText(["本报告", "2051 年度报告"]);
  const sentence = "政务公开质量水平有待提高，政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要";
  await expect(shared.getByRole("row").filter({ hasText: sentence }).getByRole("cell")).toHaveText([sentence, sentence]);
  // Other tests give the unit reports of other years too: the list names 2051 among them.
  const compared = panel.getByRole("group").filter({ hasText: /比较了哪些报告（\d+ 份）/ });
  await compared.getByText(/比较了哪些报告/).click();
  await expect(compared.getByRole("listitem").filter({ hasText: "2051 年度报告" })).toHaveCount(1);
});

test("the history lists a cell change by its label from and to, an earlier state shows the old value, another unit's staff cannot open it", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  const url = await createDraftReport(staff, 2053);
  await cellInput(staff, newNatural).fill("5");
  await save(staff);
  await cellInput(staff, newNatural).fill("7");
  await save(staff);

  await staff.getByRole("link", { name: "修改记录" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("修改记录");
  const steps = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { level: 2 }) });
  const latest = steps.first();
  await expect(latest.getByRole("heading", { level: 2 })).toContainText("保存");
  await expect(latest.getByRole("heading", { level: 2 })).toContainText(E2E_ACCOUNTS.staff.username);
  const change = latest.getByRole("row").filter({ hasText: ownRowLabel(newNatural) });
  await expect(change.getByRole("rowheader")).toContainText(newNatural.columnLabel);
  await expect(change.getByRole("cell")).toHaveText(["5", "7"]);

  for (const width of [1280, 390]) {
    await staff.setViewportSize({ width, height: 800 });
    expect(await seriousViolations(staff)).toEqual([]);
  }

  // The first save: the report as it was then.
  await steps.nth(1).getByRole("link", { name: "查看这一步之后的报告" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("历史状态");
  await expect(staff.getByRole("note")).toContainText("这是报告以前的内容，不是当前内容");
  const row = staff.getByRole("row").filter({ hasText: ownRowLabel(newNatural) }).first();
  await expect(row.getByRole("cell", { name: "5", exact: true })).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "7", exact: true })).toHaveCount(0);
  for (const width of [390, 1280]) {
    await staff.setViewportSize({ width, height: 800 });
    expect(await seriousViolations(staff)).toEqual([]);
  }

  const historyUrl = `${url}/history`;
  const other = await pageAs("otherStaff");
  expect((await other.goto(historyUrl))?.status()).toBe(404);
  expect((await other.goto(staff.url()))?.status()).toBe(404);
});
