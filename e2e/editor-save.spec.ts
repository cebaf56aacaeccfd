// No lost work in the report editor: autosave, the question before leaving, the network
// going away and coming back, two people on one draft; and totals that stay derived after
// 退回.
import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { consistentCells, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, fillCells, save, savedStatus, submitForReview, test } from "./helpers";

const format = getFormat("gov-2021");
const cells = listCells(format);
const values = consistentCells(format);
const newNatural = requireCell(format, "t3.new.natural");
const newBusiness = requireCell(format, "t3.new.business");
const newTotal = requireCell(format, "t3.new.total");
const carriedOutNatural = requireCell(format, "t3.carried_out.natural");
const issued = requireCell(format, "t2.rules.issued");
const repealed = requireCell(format, "t2.rules.repealed");
const OVERVIEW = "一、总体情况";

function overview(page: Page) {
  return page.getByLabel(OVERVIEW, { exact: true });
}

function saveStatus(page: Page) {
  return page.locator(".save-status");
}

function findingsOf(page: Page, rule: string) {
  return page.getByRole("listitem").filter({ has: page.getByText(rule, { exact: true }) });
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("saves by itself about 2 s after typing, and the text survives a reload; text that is no number is kept in the browser", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  const url = await createDraftReport(staff, 2030);
  await overview(staff).fill("本年度依法做好政府信息公开工作，自动保存。");
  await expect(saveStatus(staff)).toHaveAttribute("data-state", "unsaved");
  await expect(savedStatus(staff)).toHaveText(/^已保存 \d\d:\d\d$/, { timeout: 8_000 });
  await staff.reload();
  await expect(overview(staff)).toHaveValue("本年度依法做好政府信息公开工作，自动保存。");

  // 12a is no number: the rest is saved, the text stays on the page and comes back after a reload.
  await cellInput(staff, issued).fill("12a");
  await cellInput(staff, repealed).fill("3");
  await expect(saveStatus(staff)).toContainText("1 个单元格的内容不是有效数字", { timeout: 8_000 });
  await expect(saveStatus(staff)).toContainText("其余修改已于");
  await shoot(staff, "editor-status");
  staff.once("dialog", (dialog) => dialog.accept());
  await staff.goto(url);
  await expect(cellInput(staff, issued)).toHaveValue("12a");
  await expect(cellInput(staff, repealed)).toHaveValue("3");
  await expect(staff.getByText("已恢复本浏览器中 1 处尚未保存到服务器的修改。")).toBeVisible();
  await cellInput(staff, issued).fill("12");
  await expect(savedStatus(staff)).toBeVisible({ timeout: 8_000 });
  await staff.reload();
  await expect(cellInput(staff, issued)).toHaveValue("12");
});

test("asks before a header link or 退出 leaves unsaved changes: dismissing stays with the text, accepting leaves", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  const url = await createDraftReport(staff, 2031);
  const header = staff.getByRole("banner");

  await overview(staff).fill("尚未保存的文字");
  let asked = "";
  staff.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await header.getByRole("link", { name: "依申请公开登记" }).click();
  await expect.poll(() => asked).toContain("未保存的修改");
  expect(staff.url()).toBe(url);
  await expect(overview(staff)).toHaveValue("尚未保存的文字");

  await overview(staff).fill("尚未保存的文字，再改一次");
  asked = "";
  staff.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await header.getByRole("button", { name: "退出" }).click();
  await expect.poll(() => asked).toContain("未保存的修改");
  await expect(header.getByRole("button", { name: "退出" })).toBeVisible();
  expect(staff.url()).toBe(url);

  await overview(staff).fill("尚未保存的文字，第三次");
  staff.once("dialog", (dialog) => void dialog.accept());
  await header.getByRole("link", { name: "依申请公开登记" }).click();
  await staff.waitForURL(/\/register/);
});

test("after 退回 the totals follow a changed part: no I1, and the report is submitted again", async ({ pageAs }) => {
  // Types a whole report, submits it twice and has it returned in between.
  test.setTimeout(150_000);
  const staff = await pageAs("staff");
  const url = await createDraftReport(staff, 2032);
  await fillCells(staff, cells, values);
  await expect(cellInput(staff, newTotal)).toHaveValue(String(values[newTotal.key]));
  await save(staff);
  await submitForReview(staff);

  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/review");
  await reviewer.getByRole("row").filter({ hasText: "测试镇" }).filter({ hasText: "2032" }).getByRole("link").first().click();
  await reviewer.getByLabel("退回意见").fill("请核对新收申请数。");
  await reviewer.getByRole("button", { name: "退回", exact: true }).click();
  await expect(reviewer.getByText("状态：")).toContainText("已退回");

  await staff.goto(url);
  // One more 新收 and one more 结转下年度 of 自然人: I1 holds once the totals follow.
  await cellInput(staff, newNatural).fill(String(values[newNatural.key] + 1));
  await cellInput(staff, carriedOutNatural).fill(String(values[carriedOutNatural.key] + 1));
  await expect(cellInput(staff, newTotal)).toHaveValue(String(values[newTotal.key] + 1));
  await expect(cellInput(staff, newTotal)).not.toBeEditable();
  await expect(findingsOf(staff, "I1")).toHaveCount(0);
  await expect(findingsOf(staff, "I3")).toHaveCount(0);
  await submitForReview(staff);
});

test("two people on one draft: what only they changed comes in, each conflicting choice is honoured", async ({ pageAs }) => {
  const first = await pageAs("staff");
  const url = await createDraftReport(first, 2033);
  await cellInput(first, newNatural).fill("5");
  await cellInput(first, newBusiness).fill("1");
  await overview(first).fill("共同的开头。");
  await save(first);
  const second = await pageAs("staff");
  await second.goto(url);
  await expect(cellInput(second, newNatural)).toHaveValue("5");

  // They (first) change 自然人 and 表二; I (second) change 自然人 differently and the narrative.
  await cellInput(first, newNatural).fill("6");
  await cellInput(first, issued).fill("4");
  await save(first);
  await cellInput(second, newNatural).fill("7");
  await overview(second).fill("共同的开头。我补充的一句。");
  await cellInput(second, newBusiness).fill("2");
  const panel = second.getByRole("region", { name: /修改冲突/ });
  await expect(panel).toBeVisible({ timeout: 8_000 });
  await expect(saveStatus(second)).toContainText("内容与他人的修改冲突");
  // Only 自然人 conflicts; 表二 came in from them; my narrative and 法人 stay mine.
  await expect(panel.getByRole("group")).toHaveCount(1);
  const conflict = panel.getByRole("group", { name: `${newNatural.rowLabel} ${newNatural.columnLabel}` });
  await expect(conflict.getByText("采用对方的")).toBeVisible();
  await expect(conflict).toContainText("6");
  await expect(conflict).toContainText("7");
  await expect(cellInput(second, issued)).toHaveValue("4");
  await expect(overview(second)).toHaveValue("共同的开头。我补充的一句。");
  await shoot(second, "editor-conflict");
  await conflict.getByLabel(/采用对方的/).check();
  await panel.getByRole("button", { name: "按所选保存" }).click();
  await expect(panel).toBeHidden();
  await expect(savedStatus(second)).toBeVisible({ timeout: 8_000 });
  await expect(cellInput(second, newNatural)).toHaveValue("6");

  await first.reload();
  await expect(cellInput(first, newNatural)).toHaveValue("6");
  await expect(cellInput(first, newBusiness)).toHaveValue("2");
  await expect(cellInput(first, issued)).toHaveValue("4");
  await expect(overview(first)).toHaveValue("共同的开头。我补充的一句。");

  // A second round on the narrative and the same cell: 全部保留我的 keeps both of mine.
  await cellInput(first, newNatural).fill("8");
  await overview(first).fill("对方改写的总体情况。");
  await save(first);
  await cellInput(second, newNatural).fill("9");
  await overview(second).fill("我改写的总体情况。");
  await expect(panel).toBeVisible({ timeout: 8_000 });
  await expect(panel.getByRole("group")).toHaveCount(2);
  await expect(panel).toContainText("对方改写的总体情况。");
  await expect(panel).toContainText("我改写的总体情况。");
  await panel.getByRole("button", { name: "全部保留我的" }).click();
  await panel.getByRole("button", { name: "按所选保存" }).click();
  await expect(savedStatus(second)).toBeVisible({ timeout: 8_000 });
  await first.reload();
  await expect(cellInput(first, newNatural)).toHaveValue("9");
  await expect(overview(first)).toHaveValue("我改写的总体情况。");
});

test("offline: the edit stays on the page as 未保存 with the reason, and is saved when the network is back", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await createDraftReport(staff, 2034);
  await staff.context().setOffline(true);
  await overview(staff).fill("断网时写下的文字。");
  await expect(saveStatus(staff)).toContainText("网络中断，稍后自动重试", { timeout: 10_000 });
  await expect(overview(staff)).toHaveValue("断网时写下的文字。");
  await staff.context().setOffline(false);
  await expect(savedStatus(staff)).toBeVisible({ timeout: 35_000 });
  await staff.reload();
  await expect(overview(staff)).toHaveValue("断网时写下的文字。");
});
