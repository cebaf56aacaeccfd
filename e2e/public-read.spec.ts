// Reading a published report: each revision at its own address, what a correction changed,
// the printed page, and the tables on a phone. Read without JavaScript, as public pages are.
import type { Browser, Locator, Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { tableName } from "../lib/rules/labels";
import { E2E_CONTEXT } from "./environment";
import { seriousViolations } from "./axe";
import { consistentCells, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, fillCells, save, saveButton, submitForReview, test } from "./helpers";

const format = getFormat("gov-2021");
const values = consistentCells(format);
const YEAR = 2076;
const LATEST = `/reports/e2e-town/${YEAR}`;
// A cell no sum rule involves: correcting it alone keeps the report consistent.
const corrected = requireCell(format, "t2.license.decisions");
const correctedTable = format.tables.find((t) => t.id === corrected.table)!;
const before = values[corrected.key];
const after = before + 5;
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

test.describe.configure({ mode: "serial" });

/** A visitor's page without JavaScript, at `width` × 800. */
async function reader(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ ...E2E_CONTEXT, javaScriptEnabled: false, viewport: { width, height: 800 } });
  return context.newPage();
}

async function publishSubmitted(reviewer: Page): Promise<void> {
  await reviewer.goto("/review");
  await reviewer.getByRole("row").filter({ hasText: "测试镇" }).filter({ hasText: String(YEAR) }).getByRole("link").first().click();
  await reviewer.waitForURL(/\/review\/.+/);
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(reviewer.getByText("状态：")).toContainText("已发布");
}

test("a report published, corrected once and published again", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, YEAR);
  await fillCells(staff, listCells(format), values);
  await staff.getByLabel("一、总体情况", { exact: true }).fill("本年度依法公开政府信息。许可决定按月公开。");
  await save(staff);
  await submitForReview(staff);
  const reviewer = await pageAs("reviewer");
  await publishSubmitted(reviewer);

  await staff.reload();
  await staff.getByLabel("更正原因").fill("更正行政许可决定数");
  await staff.getByRole("button", { name: "更正", exact: true }).click();
  await expect(saveButton(staff)).toBeVisible();
  await cellInput(staff, corrected).fill(String(after));
  await staff.getByLabel("一、总体情况", { exact: true }).fill("本年度依法公开政府信息。许可决定按周公开。");
  await save(staff);
  await submitForReview(staff);
  await publishSubmitted(reviewer);
});

test("each revision has its own address, and the old ?revision= address leads there", async ({ browser }) => {
  const page = await reader(browser);
  for (const [revision, value] of [
    [1, before],
    [2, after],
  ] as const) {
    const response = await page.goto(`${LATEST}/r/${revision}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(`第${revision}版，发布于`)).toBeVisible();
    const table = page.getByRole("table", { name: correctedTable.title });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: corrected.rowPath!.at(-1), exact: true }) });
    await expect(row.getByRole("cell").last()).toHaveText(String(value));
  }
  await expect(page.getByText("本版地址：")).toContainText(`${LATEST}/r/2`);

  const old = await page.request.get(`${LATEST}?revision=1`, { maxRedirects: 0 });
  expect([301, 308]).toContain(old.status());
  expect(new URL(old.headers().location, "http://x").pathname).toBe(`${LATEST}/r/1`);
  expect((await page.request.get(`${LATEST}/r/3`)).status()).toBe(404);
});

test("the correction log names the changed cell by its labels with old → new, and the changed sentence", async ({ browser }) => {
  const page = await reader(browser);
  await page.goto(LATEST);
  const log = page.getByRole("region", { name: "更正记录" });
  const second = log.getByRole("listitem").filter({ hasText: "第2版" }).first();
  await expect(second).toContainText("更正行政许可决定数");
  await expect(second).toContainText("更改了 1 个单元格");
  await expect(second.getByRole("listitem").filter({ hasText: corrected.rowLabel })).toHaveText(
    `${tableName(correctedTable)}「${corrected.rowLabel}」「${corrected.columnLabel}」：${before} → 改为${after}`,
  );
  await expect(second).toContainText("修改了“一、总体情况”");
  await expect(second.locator("del")).toHaveText("许可决定按月公开。");
  await expect(second.locator("ins")).toHaveText("许可决定按周公开。");
  // The earlier revision is linked at its permanent address.
  await expect(log.getByRole("link", { name: "第1版" })).toHaveAttribute("href", `${LATEST}/r/1`);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/report-1280.png`, fullPage: true });
});

test("printed, the page drops the navigation and downloads and ends with the 落款", async ({ browser }) => {
  const page = await reader(browser);
  await page.goto(LATEST);
  await expect(page.getByRole("navigation", { name: "位置" })).toBeVisible();
  await expect(page.getByText("下载：")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "位置" })).toBeHidden();
  await expect(page.getByText("下载：")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  const signature = page.locator(".report-signature");
  await expect(signature).toBeVisible();
  await expect(signature).toContainText("测试镇");
  await expect(signature.locator("time")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  // Right-aligned at the end, as on the printed report; the title centred.
  expect(await signature.evaluate((el) => getComputedStyle(el).textAlign)).toBe("right");
  expect(await page.getByRole("heading", { level: 1 }).evaluate((el) => getComputedStyle(el).textAlign)).toBe("center");
  await expect(page.getByText("本版地址：")).toContainText(`${LATEST}/r/2`);
  if (SCREENSHOTS) await page.pdf({ path: `${SCREENSHOTS}/report-print.pdf`, format: "A4" });
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/report-print.png`, fullPage: true });
});

/** Where the sticky labels of a table's body are, in the page. */
function stickyLabels(frame: Locator) {
  return frame.evaluate((el) =>
    [...el.querySelectorAll("tbody .report-sticky")].map((cell) => {
      const r = cell.getBoundingClientRect();
      return { text: cell.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

/**
 * At 390 px every official table of the page either fits, or scrolls in its frame with the
 * hint showing while its label columns stay where they were and the numbers move. Returns how
 * many tables scroll.
 */
async function checkPhoneTables(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // The page itself does not scroll sideways: only a table does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  const frames = page.locator(".table-scroll:has(.report-table)");
  const count = await frames.count();
  expect(count, path).toBeGreaterThan(0);
  let scrolling = 0;
  for (let index = 0; index < count; index++) {
    const frame = frames.nth(index);
    const name = `${path} ${await frame.getAttribute("aria-label")}`;
    await frame.scrollIntoViewIfNeeded();
    const hint = frame.locator(".table-scroll-hint");
    if (!(await frame.evaluate((el) => el.scrollWidth > el.clientWidth + 1))) {
      await expect(hint, `${name} fits: no hint`).toBeHidden();
      continue;
    }
    scrolling++;
    await expect(hint, name).toBeVisible();
    const number = frame.locator("td.report-td-num").last();
    const numberBefore = await number.boundingBox();
    const labelsBefore = await stickyLabels(frame);
    await frame.evaluate((el) => el.scrollBy(160, 0));
    await expect.poll(async () => (await number.boundingBox())?.x, name).toBeLessThan(numberBefore!.x - 100);
    const labelsAfter = await stickyLabels(frame);
    // Every label stays where it was, none covers another, and they leave a third of the frame to the numbers.
    expect(labelsAfter.map((l) => Math.round(l.left)), name).toEqual(labelsBefore.map((l) => Math.round(l.left)));
    for (const a of labelsAfter) {
      const covered = labelsAfter.filter((b) => b !== a && b.top < a.bottom - 1 && a.top < b.bottom - 1 && b.left < a.right - 1 && a.left < b.right - 1);
      expect(covered.map((b) => b.text), `${name}: ${a.text} overlaps`).toEqual([]);
    }
    const frameBox = (await frame.boundingBox())!;
    expect(Math.max(0, ...labelsAfter.map((l) => l.right)) - frameBox.x, `${name}: width of the label columns`).toBeLessThanOrEqual((frameBox.width * 2) / 3);
    await expect(hint, name).toBeVisible();
  }
  return scrolling;
}

test("on a 390-px phone the label columns stay in view while the numbers scroll, with the hint", async ({ browser }) => {
  const page = await reader(browser, 390);
  // Every format: 2014 (wenchang 2018), 2019 (pingtan 2019), 2021 (pingtan 2021, with 表三) and the corrected report.
  for (const path of ["/reports/wenchang/2018", "/reports/pingtan/2019", "/reports/pingtan/2021"]) {
    await checkPhoneTables(page, path);
  }
  // 表三 and 表四 of the 2021 format are wider than a phone: they scroll.
  expect(await checkPhoneTables(page, `${LATEST}/r/2`)).toBeGreaterThanOrEqual(2);
  if (SCREENSHOTS) {
    await page.goto(LATEST);
    await page.screenshot({ path: `${SCREENSHOTS}/report-390.png`, fullPage: true });
  }
});

test("revision 1 has no serious accessibility violation", async ({ browser }) => {
  // axe runs as a script of its own: this context allows it (the page itself has none).
  const context = await browser.newContext(E2E_CONTEXT);
  const page = await context.newPage();
  await page.goto(`${LATEST}/r/1`);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
