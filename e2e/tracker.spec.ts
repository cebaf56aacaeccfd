import fs from "node:fs";
import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { seriousViolations } from "./axe";
import { E2E_ACCOUNTS } from "./environment";
import { consistentCells } from "./factories";
import { createDraftReport, expect, fillCells, save, submitForReview, test } from "./helpers";

// A year no other spec writes reports for, so that its counts are this spec's own.
const YEAR = 2028;
const format = getFormat("gov-2021");

/** Calendar days from today in China to 31 January of the year after YEAR. */
function daysToUnitDeadline(): number {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number);
  return (Date.UTC(YEAR + 1, 0, 31) - Date.UTC(year, month - 1, day)) / 86_400_000;
}

/** The unit's report for YEAR, filled consistently and submitted (already so on a retry). */
async function submittedReport(page: Page): Promise<void> {
  await page.goto("/dashboard");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `${YEAR}年`, exact: true }) });
  if ((await row.count()) > 0 && (await row.getByText("已提交").count()) > 0) return;
  await createDraftReport(page, YEAR);
  await fillCells(page, listCells(format), consistentCells(format));
  await save(page);
  await submitForReview(page);
}

function trackerRow(page: Page, unit: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: unit, exact: true }) });
}

/** The number shown beside a state in the counts above the table. */
function countOf(page: Page, label: string) {
  return page.locator(".tracker-counts > div").filter({ has: page.getByRole("term").filter({ hasText: label }) }).getByRole("definition");
}

test("the reviewer follows the county's units for a year, downloads the tracker as CSV, and staff may not see it", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  await submittedReport(await pageAs("otherStaff"));

  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: "查看各单位报送进度" }).click();
  await reviewer.waitForURL(/\/review\/tracker\?/);
  await expect(reviewer.getByLabel("上级单位")).toHaveCount(0);
  await reviewer.getByLabel("年度", { exact: true }).fill(String(YEAR));
  await reviewer.getByRole("button", { name: "查看" }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/review/tracker\\?year=${YEAR}`));
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(`中卫市沙坡头区${YEAR}年度报告报送进度`);

  const days = daysToUnitDeadline();
  const town = trackerRow(reviewer, "测试镇");
  await expect(town.getByRole("cell")).toHaveText(["本级报告", "草稿", `还剩 ${days} 天`, `${YEAR + 1}-01-31`, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, E2E_ACCOUNTS.staff.username, /^查看/]);
  const other = trackerRow(reviewer, "测试乡");
  await expect(other.getByRole("cell").nth(1)).toHaveText("已提交");
  await expect(other.getByRole("cell").nth(5)).toHaveText(E2E_ACCOUNTS.otherStaff.username);
  for (const unit of ["文昌镇", "滨河镇", "东园镇"]) await expect(trackerRow(reviewer, unit).getByRole("cell").nth(1)).toHaveText("未建立");
  const parentRows = trackerRow(reviewer, "中卫市沙坡头区");
  for (const [i, scope] of ["本级报告", "汇总报告"].entries()) {
    await expect(parentRows.nth(i).getByRole("cell")).toHaveText([scope, "未建立", `还剩 ${days + 20} 天`, `${YEAR + 1}-02-20`, "", "", ""]);
  }

  // The county's own two rows are not among the counts of the units below it.
  const bodyRows = await reviewer.locator(".tracker-table tbody tr").count();
  const missingRows = await reviewer.getByRole("row").filter({ hasText: "未建立" }).count();
  await expect(reviewer.getByRole("heading", { name: `下属单位 ${bodyRows - 2} 个` })).toBeVisible();
  await expect(countOf(reviewer, "未建立")).toHaveText(String(missingRows - 2));
  await expect(countOf(reviewer, "草稿")).toHaveText("1");
  await expect(countOf(reviewer, "已提交")).toHaveText("1");
  await expect(countOf(reviewer, "已退回")).toHaveText("0");
  await expect(countOf(reviewer, "已发布")).toHaveText("0");
  await expect(countOf(reviewer, "已逾期")).toHaveText("0");

  expect(await seriousViolations(reviewer)).toEqual([]);

  const [download] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: /下载 CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe(`tracker-shapotou-${YEAR}.csv`);
  const lines = fs.readFileSync(await download.path(), "utf8").split("\r\n");
  expect(lines[0]).toBe("\uFEFF单位,报告,状态,期限,截止日期,最后修改,修改人");
  expect(lines.slice(1, 3)).toEqual([
    `中卫市沙坡头区,本级报告,未建立,还剩 ${days + 20} 天,${YEAR + 1}-02-20,,`,
    `中卫市沙坡头区,汇总报告,未建立,还剩 ${days + 20} 天,${YEAR + 1}-02-20,,`,
  ]);
  expect(lines.find((line) => line.startsWith("测试镇,"))).toMatch(
    new RegExp(`^测试镇,本级报告,草稿,还剩 ${days} 天,${YEAR + 1}-01-31,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},${E2E_ACCOUNTS.staff.username}$`),
  );
  expect(lines.find((line) => line.startsWith("测试乡,"))).toMatch(new RegExp(`^测试乡,本级报告,已提交,,${YEAR + 1}-01-31,[^,]+,${E2E_ACCOUNTS.otherStaff.username}$`));
  expect(lines).toHaveLength(bodyRows + 2); // the header, a line a row, and the empty string after the last CRLF

  for (const path of ["/review/tracker", `/review/tracker/tracker.csv?year=${YEAR}&parent=shapotou`]) {
    const response = await staff.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("an admin chooses the parent unit in the form", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/review/tracker");
  await admin.getByLabel("年度", { exact: true }).fill(String(YEAR));
  await admin.getByLabel("上级单位").selectOption({ label: "中卫市沙坡头区" });
  await admin.getByRole("button", { name: "查看" }).click();
  await expect(admin).toHaveURL(new RegExp(`year=${YEAR}&parent=shapotou`));
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`中卫市沙坡头区${YEAR}年度报告报送进度`);
  await expect(trackerRow(admin, "文昌镇").getByRole("cell").first()).toHaveText("本级报告");
});
