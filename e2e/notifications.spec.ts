// 通知设置: a unit's staff set where their mails go, word a mail their own way and see it
// previewed on sample values, go back to the default, and find the mails a new request queued
// in the unit's outbox. Reviewers keep no unit's settings. The e2e server has no SMTP server:
// the page says that mails wait in the outbox.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { MAX_ATTEMPTS } from "../lib/notify/retry";
import { noticeKind, SAMPLE_VALUES } from "../lib/notify/templates";
import { seriousViolations } from "./axe";
import { expect, test } from "./helpers";

test.describe.configure({ mode: "serial" });

const SHOTS = "/tmp/shots-notify";
const correction = noticeKind("correction");
const DUTY = "duty-e2e@example.gov.cn";

function templateSection(page: Page) {
  return page.getByRole("region", { name: new RegExp(`^${correction.label}`) });
}

function preview(page: Page) {
  return page.getByRole("group", { name: `“${correction.label}”邮件预览` });
}

/** The whole page at both widths, and the part the test is about on its own (readable when the page is long). */
async function screenshots(page: Page, name: string, part: () => ReturnType<Page["locator"]>) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    await part().screenshot({ path: `${SHOTS}/${name}-part-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("staff set the recipients, word the 补正告知 mail and see it previewed, then restore the default", async ({ pageAs }) => {
  const staff = await pageAs("otherStaff");
  await staff.goto("/register");
  await staff.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通知设置" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(/通知设置$/);
  await expect(staff.getByText("本网站尚未配置发信服务器")).toBeVisible();
  expect(await seriousViolations(staff)).toEqual([]);

  const recipients = staff.getByRole("form", { name: "通知邮件收件人" });
  await recipients.getByLabel("本单位收件人邮箱（每行一个）").fill(`${DUTY}\n不是地址`);
  await recipients.getByRole("button", { name: "保存收件人" }).click();
  await expect(recipients.getByText("不是有效的电子邮箱地址：不是地址").first()).toBeVisible();
  // What was typed stays for correcting.
  await expect(recipients.getByLabel("本单位收件人邮箱（每行一个）")).toHaveValue(`${DUTY}\n不是地址`);
  await recipients.getByLabel("本单位收件人邮箱（每行一个）").fill(DUTY);
  await recipients.getByRole("button", { name: "保存收件人" }).click();
  await expect(recipients.getByText("已保存 1 个收件人。")).toBeVisible();

  const section = templateSection(staff);
  await expect(preview(staff)).toContainText(`请补正您的政府信息公开申请（编号 ${SAMPLE_VALUES.编号}）`);
  await section.getByLabel("邮件标题").fill("补正通知：{编号}（{申请人姓名}）");
  await section.getByRole("button", { name: "保存模板" }).click();
  await expect(section.getByText("“补正告知”邮件没有占位符 {申请人姓名}").first()).toBeVisible();
  await expect(section.getByLabel("邮件标题")).toHaveValue("补正通知：{编号}（{申请人姓名}）");

  await section.getByLabel("邮件标题").fill("补正通知：{编号}");
  await section.getByLabel("邮件正文").fill("申请人：\n请于十五个工作日内补正：{补正内容}\n{单位名称}");
  await section.getByRole("button", { name: "保存模板" }).click();
  await expect(section.getByText("已保存“补正告知”邮件模板。")).toBeVisible();
  await expect(section.getByRole("heading", { level: 3 })).toContainText("本单位修改的模板");
  await expect(preview(staff)).toContainText(`标题：补正通知：${SAMPLE_VALUES.编号}`);
  await expect(preview(staff)).toContainText(`请于十五个工作日内补正：${SAMPLE_VALUES.补正内容}`);
  await expect(preview(staff)).toContainText(SAMPLE_VALUES.单位名称!);
  await screenshots(staff, "notifications", () => templateSection(staff));

  await section.getByRole("button", { name: "恢复默认模板" }).click();
  await expect(section.getByRole("heading", { level: 3 })).toContainText("默认模板");
  await expect(preview(staff)).toContainText(`请补正您的政府信息公开申请（编号 ${SAMPLE_VALUES.编号}）`);
});

test("a request registered by staff queues the 新申请 mail to the recipients, pending while no SMTP server is set", async ({ pageAs }) => {
  const staff = await pageAs("otherStaff");
  await staff.goto("/register/new");
  await staff.getByLabel("申请渠道").selectOption({ index: 1 });
  await staff.getByLabel("收到日期").fill("2023-03-01");
  await staff.getByLabel("申请人类型").selectOption({ index: 1 });
  await staff.getByLabel("申请人姓名或名称").fill("通知测试申请人");
  await staff.getByLabel("申请内容").fill("2022年本乡农田水利资金使用情况");
  await staff.getByRole("button", { name: "登记", exact: true }).click();
  await staff.waitForURL(/\/register\/(?!new$)[^/]+$/);
  const trackingNumber = (await staff.getByRole("heading", { level: 1 }).innerText()).replace("依申请公开申请 ", "");

  await staff.goto("/notifications");
  const outbox = staff.getByRole("table", { name: /通知邮件/ });
  const row = outbox.getByRole("row", { name: new RegExp(trackingNumber) });
  await expect(row).toContainText("新申请");
  await expect(row).toContainText(DUTY);
  await expect(row).toContainText("待发送");
  await expect(row).toContainText(`0/${MAX_ATTEMPTS}`);
  await expect(outbox).not.toContainText("通知测试申请人");
  await screenshots(staff, "notifications-outbox", () => staff.getByRole("region", { name: "最近的通知邮件" }));
});

test("reviewers have no 通知设置", async ({ pageAs }) => {
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/register");
  await expect(reviewer.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通知设置" })).toHaveCount(0);
  const response = await reviewer.goto("/notifications");
  expect(response?.status()).toBe(404);
});
