import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { seriousViolations } from "./axe";
import { consistentCells, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, fillCells, save, submitForReview, test } from "./helpers";

const YEAR = 2037;
const format = getFormat("gov-2021");
const values = consistentCells(format);
const newNatural = requireCell(format, "t3.new.natural");
const reviewTotal = requireCell(format, "t4.review.total");
const OVERVIEW = "一、总体情况";

function overviewField(page: Page) {
  return page.getByLabel(OVERVIEW, { exact: true });
}

/** The preview under the 总体情况 field: the text with the references' values. */
function overviewPreview(page: Page) {
  return page.getByRole("region", { name: `${OVERVIEW}（预览）` });
}

function overviewSection(page: Page) {
  return page.locator("section.editor-section").filter({ has: overviewField(page) });
}

test("a reference inserted through the picker shows its cell's live value in the editor and on the public page; a typed wrong number is warned", async ({ pageAs, visitor }) => {
  // The whole way from a draft to the public page, with two axe audits of a full editor.
  test.setTimeout(180_000);
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  await fillCells(staff, listCells(format), values);

  // Picker: table → row → column, inserted at the caret.
  await overviewField(staff).fill("本年度共收到");
  await overviewSection(staff).getByRole("button", { name: "插入表格数字" }).click();
  const picker = overviewSection(staff).getByRole("group", { name: /选择要引用的单元格/ });
  await picker.getByLabel("表格", { exact: true }).selectOption({ label: "三、收到和处理政府信息公开申请情况" });
  await picker.getByLabel("行", { exact: true }).selectOption({ label: newNatural.rowLabel });
  await picker.getByLabel("列", { exact: true }).selectOption({ label: newNatural.columnLabel });
  await expect(picker).toContainText(`表格中现在的数值：${values[newNatural.key]}`);
  await picker.getByRole("button", { name: "插入" }).click();
  await expect(overviewField(staff)).toBeFocused();
  await staff.keyboard.type("件申请。");
  await expect(overviewField(staff)).toHaveValue("本年度共收到{{t3.new.natural}}件申请。");
  await expect(overviewPreview(staff)).toContainText(`本年度共收到${values[newNatural.key]}件申请。`);

  // The cell changes: the preview follows.
  await cellInput(staff, newNatural).fill(String(values[newNatural.key] + 10));
  await expect(overviewPreview(staff)).toContainText(`本年度共收到${values[newNatural.key] + 10}件申请。`);
  await cellInput(staff, newNatural).fill(String(values[newNatural.key]));
  await expect(overviewPreview(staff)).toContainText(`本年度共收到${values[newNatural.key]}件申请。`);

  // Picking by a click into the table on screen.
  await overviewField(staff).press("Control+End");
  await overviewSection(staff).getByRole("button", { name: "插入表格数字" }).click();
  await cellInput(staff, reviewTotal).click();
  await expect(staff.getByRole("group", { name: /选择要引用的单元格/ }).getByLabel("列", { exact: true })).toHaveValue(reviewTotal.key);
  await staff.getByRole("group", { name: /选择要引用的单元格/ }).getByRole("button", { name: "插入" }).click();
  await staff.keyboard.type("件行政复议。");
  await expect(overviewPreview(staff)).toContainText(`${values[reviewTotal.key]}件行政复议。`);

  // A number typed by hand that the table contradicts: N1, the sentence marked in the preview.
  const wrong = values[reviewTotal.key] + 5;
  await overviewField(staff).press("Control+End");
  await staff.keyboard.type(`\n全年被申请行政复议${wrong}件。`);
  const n1 = staff.getByRole("listitem").filter({ has: staff.getByText("N1", { exact: true }) });
  await expect(n1).toHaveCount(1);
  await expect(n1).toContainText(`行政复议 ${wrong}件，而表四`);
  await expect(n1).toContainText(`为 ${values[reviewTotal.key]}。`);
  await expect(overviewPreview(staff).locator("mark")).toHaveText(`全年被申请行政复议${wrong}件。`);

  // The picker open, the preview with its marks: axe-clean at a desktop and a phone width.
  await overviewSection(staff).getByRole("button", { name: "插入表格数字" }).click();
  for (const width of [1280, 390]) {
    await staff.setViewportSize({ width, height: 800 });
    expect(await seriousViolations(staff), `${width}px`).toEqual([]);
  }
  await staff.setViewportSize({ width: 1280, height: 720 });
  await overviewSection(staff).getByRole("button", { name: "取消" }).click();

  // Corrected: the warning goes, and the text goes to the public with values only.
  await overviewField(staff).fill("本年度共收到{{t3.new.natural}}件申请，行政复议{{t4.review.total}}件。");
  await expect(n1).toHaveCount(0);
  await save(staff);
  await submitForReview(staff);

  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/review");
  await reviewer.getByRole("row").filter({ hasText: "测试镇" }).filter({ hasText: String(YEAR) }).getByRole("link").first().click();
  await reviewer.waitForURL(/\/review\/.+/);
  await expect(reviewer.getByText(`本年度共收到${values[newNatural.key]}件申请，行政复议${values[reviewTotal.key]}件。`)).toBeVisible();
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(reviewer.getByText("状态：")).toContainText("已发布");

  await visitor.goto(`/reports/e2e-town/${YEAR}`);
  await expect(visitor.getByText(`本年度共收到${values[newNatural.key]}件申请，行政复议${values[reviewTotal.key]}件。`)).toBeVisible();
  expect(await visitor.locator("main").innerText()).not.toContain("{{");
  const docx = await visitor.request.get(`/reports/e2e-town/${YEAR}/report.docx`);
  expect(docx.status()).toBe(200);
});
