// The editor as a spreadsheet: a block pasted from the real clipboard, keys that move between
// cells, last year's value at hand, and a 表三 that fits the screen on a laptop and a phone.
import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { derivedTotals, listCells } from "../lib/formats/engine";
import { cellInputId } from "../components/report/editor/ids";
import { seriousViolations } from "./axe";
import { consistentCells, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, fillCells, save, submitForReview, test } from "./helpers";

const format = getFormat("gov-2021");
const t3 = format.tables[1];
const cell = (key: string) => requireCell(format, key);
const LAST_YEAR = 2041;
const YEAR = 2042;
const lastYearValues = consistentCells(format);

/** Puts `text` on the system clipboard of the page's browser, as a spreadsheet's copy does. */
async function copyToClipboard(page: Page, text: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
}

async function pasteInto(page: Page, key: string, text: string) {
  await copyToClipboard(page, text);
  await cellInput(page, cell(key)).click();
  await page.keyboard.press("Control+V");
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
const nameOf = (key: string) => `${cell(key).rowLabel} ${cell(key).columnLabel}`;

test("last year's report is published, so that this year's editor has its values at hand", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, LAST_YEAR);
  const totals = derivedTotals(format);
  await fillCells(staff, listCells(format).filter((c) => !totals.has(c.key)), lastYearValues);
  await save(staff);
  await submitForReview(staff);
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/review");
  await reviewer.getByRole("row").filter({ hasText: "测试镇" }).filter({ hasText: String(LAST_YEAR) }).getByRole("link").first().click();
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(reviewer.getByText("状态：")).toContainText("已发布");
});

test("a 2×6 block pasted from the clipboard is previewed cell by cell and 应用 fills twelve cells", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  await pasteInto(staff, "t3.new.natural", "2\t0\t0\t0\t0\t1\r\n0\t0\t0\t0\t0\t0\r\n");

  const preview = staff.getByRole("region", { name: "粘贴预览：12 个单元格将改变" });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("heading", { name: /粘贴预览/ })).toBeFocused();
  // Nothing changes before 应用: the block did not land in the one cell.
  await expect(cellInput(staff, cell("t3.new.natural"))).toHaveValue("");
  const rows = preview.getByRole("table", { name: "将要改变的单元格" }).getByRole("row");
  await expect(rows).toHaveCount(13);
  await expect(rows.filter({ hasText: nameOf("t3.new.other") })).toContainText("空白1");
  await expect(rows.filter({ hasText: nameOf("t3.carried_in.natural") })).toContainText("空白0");
  await axeClean(staff);

  await preview.getByRole("button", { name: "应用" }).click();
  await expect(preview).toHaveCount(0);
  await expect(staff.getByText("已粘贴 12 个单元格。")).toBeVisible();
  await expect(cellInput(staff, cell("t3.new.natural"))).toBeFocused();
  await expect(cellInput(staff, cell("t3.new.natural"))).toHaveValue("2");
  await expect(cellInput(staff, cell("t3.new.other"))).toHaveValue("1");
  await expect(cellInput(staff, cell("t3.carried_in.other"))).toHaveValue("0");
});

test("a block holding text changes no cell and names each bad cell with the text found", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  await cellInput(staff, cell("t3.granted.natural")).fill("7");
  await pasteInto(staff, "t3.granted.natural", "3\t三件\r\n/\t4\r\n");
  await expect(staff.getByText(`粘贴的内容中有 1 处不是数字，未改变任何单元格：“${nameOf("t3.granted.business")}”：“三件”`)).toBeVisible();
  await expect(cellInput(staff, cell("t3.granted.natural"))).toHaveValue("7");
  await expect(cellInput(staff, cell("t3.partial.business"))).toHaveValue("");
  await expect(staff.getByRole("heading", { name: /粘贴预览/ })).toHaveCount(0);

  // One value is typed as it is meant: 1,234 → 1234, and "/" (not applicable) blank, never 0.
  await cellInput(staff, cell("t3.partial.natural")).fill("");
  await pasteInto(staff, "t3.partial.natural", "1,234\r\n");
  await expect(cellInput(staff, cell("t3.partial.natural"))).toHaveValue("1234");
  await cellInput(staff, cell("t3.partial.natural")).selectText();
  await copyToClipboard(staff, "／");
  await staff.keyboard.press("Control+V");
  await expect(cellInput(staff, cell("t3.partial.natural"))).toHaveValue("");
});

test("Enter, arrows and Tab move as in a spreadsheet and pass over the computed totals", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  await cellInput(staff, cell("t3.other_misc.natural")).click();
  await staff.keyboard.press("Enter");
  expect(await focusedName(staff)).toBe(nameOf("t3.carried_out.natural"));
  await staff.keyboard.press("Shift+Enter");
  expect(await focusedName(staff)).toBe(nameOf("t3.other_misc.natural"));
  await staff.keyboard.press("ArrowDown");
  expect(await focusedName(staff)).toBe(nameOf("t3.carried_out.natural"));
  await staff.keyboard.press("ArrowUp");
  expect(await focusedName(staff)).toBe(nameOf("t3.other_misc.natural"));

  // Left and Right edit inside a number first, then move at its edge.
  await cellInput(staff, cell("t3.new.business")).fill("12");
  await staff.keyboard.press("ArrowLeft");
  await staff.keyboard.press("ArrowLeft");
  expect(await focusedName(staff)).toBe(nameOf("t3.new.business"));
  await staff.keyboard.press("ArrowLeft");
  expect(await focusedName(staff)).toBe(nameOf("t3.new.natural"));
  await staff.keyboard.press("ArrowRight");
  expect(await focusedName(staff)).toBe(nameOf("t3.new.business"));

  // Right stops at 其他 (总计 is computed); Tab goes on to the next row.
  await cellInput(staff, cell("t3.new.other")).click();
  await staff.keyboard.press("End");
  await staff.keyboard.press("ArrowRight");
  expect(await focusedName(staff)).toBe(nameOf("t3.new.other"));
  await staff.keyboard.press("Tab");
  expect(await focusedName(staff)).toBe(nameOf("t3.carried_in.natural"));
  await staff.keyboard.press("Shift+Tab");
  expect(await focusedName(staff)).toBe(nameOf("t3.new.other"));
});

test("last year's value of a cell is in its tooltip and description, and under it with 显示上年数", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  const key = "t3.granted.nonprofit";
  const input = cellInput(staff, cell(key));
  const lastYear = `上年：${lastYearValues[key]}`;
  await expect(input).toHaveAttribute("title", lastYear);
  await expect(input).toHaveAccessibleDescription(new RegExp(lastYear));
  const under = staff.locator(`#${cellInputId(key)}-last-year`);
  await expect(under).toHaveClass("sr-only");
  await staff.getByRole("checkbox", { name: new RegExp(`^显示上年数（${LAST_YEAR} 年报告）\\s*：${t3.title}$`) }).check();
  await expect(under).toHaveClass("cell-last-year");
  await expect(under).toHaveText(lastYear);
  await expect(under).toBeVisible();
});

test("on a 390-pixel phone the label columns stay in place while 表三's numbers scroll", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.setViewportSize({ width: 390, height: 844 });
  await createDraftReport(staff, YEAR);
  const frame = staff.getByRole("region", { name: t3.title });
  const label = frame.getByRole("rowheader", { name: "（一）予以公开" });
  const number = cellInput(staff, cell("t3.granted.natural"));
  await label.scrollIntoViewIfNeeded();
  await expect(frame.getByText("表格较宽，可左右滑动查看")).toBeVisible();
  const [labelBefore, numberBefore] = [await label.boundingBox(), await number.boundingBox()];
  await frame.evaluate((element) => element.scrollBy({ left: 300 }));
  await expect.poll(async () => (await number.boundingBox())?.x).toBeLessThan(numberBefore!.x - 250);
  expect((await label.boundingBox())?.x).toBeCloseTo(labelBefore!.x, 0);
  // The page itself does not scroll sideways: only the table's frame does.
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await axeClean(staff);
});

test("at 1280×720 with the findings panel beside it, the whole width of 表三 is in its frame, 总计 included", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.setViewportSize({ width: 1280, height: 720 });
  await createDraftReport(staff, YEAR);
  const panel = await staff.getByRole("region", { name: "检查结果" }).boundingBox();
  const frame = staff.getByRole("region", { name: t3.title });
  const total = cellInput(staff, cell("t3.new.total"));
  await total.scrollIntoViewIfNeeded();
  const [frameBox, totalBox] = [await frame.boundingBox(), await total.boundingBox()];
  expect(frameBox!.x + frameBox!.width).toBeLessThanOrEqual(panel!.x);
  expect(totalBox!.x + totalBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width);
  await expect(total).toBeInViewport();
  // Nothing of the table is hidden to the right, where a scroll bar at the foot of a tall table would be out of sight.
  const [scrollWidth, clientWidth] = await frame.evaluate((element) => [element.scrollWidth, element.clientWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await axeClean(staff);
});

async function axeClean(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}
