import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { consistentCells, ownRowLabel, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, fillCells, save, saveButton, submitForReview, test } from "./helpers";

const format = getFormat("gov-2021");
const cells = listCells(format);
const values = consistentCells(format);
const newNatural = requireCell(format, "t3.new.natural");
const newTotal = requireCell(format, "t3.new.total");

function findingsOf(page: Page, rule: string) {
  return page.getByRole("listitem").filter({ has: page.getByText(rule, { exact: true }) });
}

/** The line of the report page that states its workflow status (状态：…). */
function reportStatus(page: Page) {
  return page.getByText("状态：");
}

/** The reviewer opens the unit's report for `year` from the list of submitted reports. */
async function openSubmitted(reviewer: Page, year: number): Promise<void> {
  await reviewer.goto("/review");
  await reviewer
    .getByRole("row")
    .filter({ hasText: "测试镇" })
    .filter({ hasText: String(year) })
    .getByRole("link")
    .first()
    .click();
  await reviewer.waitForURL(/\/review\/.+/);
}

test("staff fills a report, I1 names the cells, reviewer publishes, the public sees exactly what was typed", async ({ pageAs, visitor }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, 2025);
  await fillCells(staff, cells, values);

  // One more 新收 than the outcomes and 结转 account for: I1 fails in the 自然人 column.
  await cellInput(staff, newNatural).fill(String(values[newNatural.key] + 1));
  const i1 = findingsOf(staff, "I1");
  await expect(i1.filter({ hasText: "自然人" })).toHaveCount(1);
  await expect(i1.filter({ hasText: "自然人" })).toContainText(ownRowLabel(newNatural));

  await cellInput(staff, newNatural).fill(String(values[newNatural.key]));
  await expect(i1).toHaveCount(0);
  await save(staff);
  await submitForReview(staff);

  const reviewer = await pageAs("reviewer");
  await openSubmitted(reviewer, 2025);
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(reportStatus(reviewer)).toContainText("已发布");

  const response = await visitor.goto("/reports/e2e-town/2025");
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("测试镇");
  const newRow = visitor.getByRole("row").filter({ hasText: ownRowLabel(newTotal) });
  await expect(newRow.getByRole("cell").last()).toHaveText(String(values[newTotal.key]));

  const data = await visitor.request.get("/reports/e2e-town/2025/data.json");
  expect(data.status()).toBe(200);
  expect(await data.json()).toEqual({ format: "gov-2021", year: 2025, organization: "测试镇", cells: values });
});

test("a correction publishes revision 2 with its reason, and revision 1 stays readable", async ({ pageAs, visitor }) => {
  // The 2025 report was published by the first test of this file. Its page is kept by the
  // server (the same bytes, the same ETag, a 304 to a revalidation) until the next publish.
  const page = "/reports/e2e-town/2025";
  const first = await visitor.request.get(page);
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^W\//);
  expect((await visitor.request.get(page)).headers()["etag"]).toBe(etag);
  expect((await visitor.request.get(page, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  const staff = await pageAs("staff");
  await staff.goto("/dashboard");
  await staff.getByRole("row").filter({ has: staff.getByRole("rowheader", { name: "2025年", exact: true }) }).getByRole("link").first().click();
  await staff.waitForURL(/\/work\/[^/]+$/);
  await staff.getByLabel("更正原因").fill("补充总体情况");
  await staff.getByRole("button", { name: "更正", exact: true }).click();
  await expect(saveButton(staff)).toBeVisible();
  await staff.getByLabel("一、总体情况", { exact: true }).fill("本年度依法公开政府信息，更正后补充了总体情况。");
  await save(staff);
  await submitForReview(staff);

  const reviewer = await pageAs("reviewer");
  await openSubmitted(reviewer, 2025);
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(reportStatus(reviewer)).toContainText("已发布");

  // The publish emptied the cache: the old ETag no longer matches, and the page is revision 2.
  expect((await visitor.request.get(page, { headers: { "If-None-Match": etag } })).status()).toBe(200);
  await visitor.goto(page);
  await expect(visitor.getByText("第2版，发布于")).toContainText("更正原因：补充总体情况");
  // The report's text (the correction log below it quotes the changed sentence too).
  const text = visitor.locator(".report-view");
  await expect(text.getByText("更正后补充了总体情况")).toBeVisible();
  await visitor.getByRole("link", { name: "第1版" }).click();
  await expect(visitor).toHaveURL(/\/r\/1$/);
  await expect(visitor.getByText("这是已被更正的第1版。")).toBeVisible();
  await expect(text.getByText("更正后补充了总体情况")).toHaveCount(0);
});

test("a report returned with a comment shows the comment to its staff", async ({ pageAs }) => {
  const comment = "表三自然人一栏请与登记簿核对后重新提交。";
  const staff = await pageAs("staff");
  const editorUrl = await createDraftReport(staff, 2024);
  await fillCells(staff, cells, values);
  await save(staff);
  await submitForReview(staff);

  const reviewer = await pageAs("reviewer");
  await openSubmitted(reviewer, 2024);
  await reviewer.getByLabel("退回意见").fill(comment);
  await reviewer.getByRole("button", { name: "退回", exact: true }).click();
  await expect(reportStatus(reviewer)).toContainText("已退回");

  await staff.goto(editorUrl);
  await expect(reportStatus(staff)).toContainText("已退回");
  await expect(staff.getByText(comment)).toBeVisible();
});

test("本表空白单元格填 0 fills a table's blank cells but leaves its totals to the system", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, 2023);
  const granted = requireCell(format, "t3.granted.natural");
  const grantedTotal = requireCell(format, "t3.granted.total");
  const newBusiness = requireCell(format, "t3.new.business");
  await cellInput(staff, newNatural).fill("2");
  await cellInput(staff, granted).fill("2");
  // The tables in order: 二, 三, 四.
  await staff.getByRole("button", { name: "本表空白单元格填 0" }).nth(1).click();
  await expect(cellInput(staff, newBusiness)).toHaveValue("0");
  // Totals are shown as the system computes them, not typed.
  await expect(cellInput(staff, newTotal)).toHaveValue("2");
  await expect(cellInput(staff, newTotal)).not.toBeEditable();
  await expect(cellInput(staff, grantedTotal)).toHaveValue("2");
  await expect(findingsOf(staff, "I1")).toHaveCount(0);
  // 表二 and 表四 are untouched.
  await expect(cellInput(staff, requireCell(format, "t2.rules.issued"))).toHaveValue("");
  await expect(cellInput(staff, requireCell(format, "t4.review.upheld"))).toHaveValue("");
});
