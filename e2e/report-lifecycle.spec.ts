import { expect, test } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { consistentCells, tableCells } from "./factories";
import { anonymousPage, cellInput, createDraftReport, fillCells, pageFor, save } from "./helpers";

const format = getFormat("gov-2021");
const cells = tableCells(format);
const values = consistentCells(format);
const cellByKey = new Map(cells.map((cell) => [cell.key, cell]));

function cell(key: string) {
  const found = cellByKey.get(key);
  if (!found) throw new Error(`gov-2021 has no cell ${key}`);
  return found;
}

const newNatural = cell("t3.new.natural");

test("staff fills a report, I1 names the cells, reviewer publishes, the public sees exactly what was typed", async ({ browser }) => {
  const staff = await pageFor(browser, "staff");
  await createDraftReport(staff, 2025);

  await fillCells(staff, cells, values);
  // 新收 one more than the outcomes account for: I1 fails for 自然人.
  await cellInput(staff, newNatural).fill(String(values[newNatural.key] + 1));
  await save(staff);
  const i1 = staff.getByText(/I1/).filter({ hasText: "自然人" });
  await expect(i1.first()).toBeVisible();

  await cellInput(staff, newNatural).fill(String(values[newNatural.key]));
  await save(staff);
  await expect(staff.getByText(/I1/)).toHaveCount(0);
  await staff.getByRole("button", { name: "提交审核" }).click();
  await expect(staff.getByText("已提交").first()).toBeVisible();

  const reviewer = await pageFor(browser, "reviewer");
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: /测试镇/ }).filter({ hasText: "2025" }).or(
    reviewer.getByRole("row", { name: /测试镇.*2025|2025.*测试镇/ }).getByRole("link"),
  ).first().click();
  await reviewer.getByRole("button", { name: "发布" }).click();
  await expect(reviewer.getByText("已发布").first()).toBeVisible();

  const visitor = await anonymousPage(browser);
  const response = await visitor.goto("/reports/e2e-town/2025");
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("测试镇");
  const newRow = visitor.getByRole("row").filter({ hasText: newNatural.rowPath?.at(-1) ?? newNatural.rowLabel });
  await expect(newRow.getByRole("cell", { name: String(values[cell("t3.new.total").key]), exact: true })).toBeVisible();

  const data = await visitor.request.get("/reports/e2e-town/2025/data.json");
  expect(data.status()).toBe(200);
  const document = (await data.json()) as { format: string; year: number; organization: string; cells: Record<string, number | null> };
  expect(document.format).toBe("gov-2021");
  expect(document.year).toBe(2025);
  expect(document.organization).toBe("测试镇");
  expect(document.cells).toEqual(values);
});

test("a report returned with a comment shows the comment to its staff", async ({ browser }) => {
  const comment = "表三自然人一栏请与登记簿核对后重新提交。";
  const staff = await pageFor(browser, "staff");
  const editorUrl = await createDraftReport(staff, 2024);
  await fillCells(staff, cells, values);
  await save(staff);
  await staff.getByRole("button", { name: "提交审核" }).click();
  await expect(staff.getByText("已提交").first()).toBeVisible();

  const reviewer = await pageFor(browser, "reviewer");
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: /测试镇/ }).filter({ hasText: "2024" }).or(
    reviewer.getByRole("row", { name: /测试镇.*2024|2024.*测试镇/ }).getByRole("link"),
  ).first().click();
  await reviewer.getByLabel("退回意见").fill(comment);
  await reviewer.getByRole("button", { name: "退回" }).click();
  await expect(reviewer.getByText("退回").first()).toBeVisible();

  await staff.goto(editorUrl);
  await expect(staff.getByText(comment)).toBeVisible();
});
