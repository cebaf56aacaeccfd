// 网络申请 end to end, the public's part with JavaScript OFF: apply → receipt → the unit's staff
// see it with its due date → 告知补正 with its text → the applicant reads it on the status page
// and answers online → the clock starts again → the reply shows. Then the form's messages, the
// privacy of the status query, and the throttling of guesses.
import type { Browser, Page } from "@playwright/test";
import { NATIONAL_CALENDAR } from "../lib/calendar/calendar";
import { computeDeadline } from "../lib/calendar/deadline";
import { APPLY_LIMITS, LOOKUP_THROTTLED_MESSAGE, readAnswer } from "../lib/register/apply-guard";
import { outcomeOptions, currentGovFormat } from "../lib/register/structure";
import { todayInChina } from "../lib/register/today";
import { seriousViolations } from "./axe";
import { E2E_CONTEXT } from "./environment";
import { expect, test } from "./helpers";

test.describe.configure({ mode: "serial" });

/** The unit of otherStaff: the requests made here stay out of the other specs' unit. */
const UNIT = { slug: "e2e-other", name: "测试乡" };
const PHONE = "13912345678";
const OTHER_PHONE = "13698765432";
const ID_NUMBER = "11010519491231002X";
const CORRECTION_TEXT = "请写明所需资金的年度和路段。";
const CORRECTION_ANSWER = "2024年度，沿河路一段的维修资金。";
const REPLY_TEXT = "所需信息已通过电子邮件发送，请查收。";
const NOT_FOUND = "未找到与该申请编号和联系方式相符的网络申请，请核对后再试。";
const granted = outcomeOptions(currentGovFormat()).find((o) => o.key === "granted");

let trackingNumber = "";
let otherNumber = "";

async function noScriptPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...E2E_CONTEXT, javaScriptEnabled: false });
  return context.newPage();
}

/**
 * axe of what a page without script shows: axe runs as a script, so the same document (same
 * address, so its stylesheet loads) is audited in a page of its own with script on.
 */
async function axeOf(browser: Browser, page: Page): Promise<string[]> {
  const html = await page.content();
  const context = await browser.newContext(E2E_CONTEXT);
  const audit = await context.newPage();
  await audit.route(page.url(), (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  await audit.goto(page.url());
  const violations = await seriousViolations(audit);
  await context.close();
  return violations;
}

/** The question's answer, worked out as a person would. */
async function answerQuestion(page: Page): Promise<string> {
  const label = (await page.locator("label[for=apply-answer]").textContent()) ?? "";
  const match = /验证问题：(.+?)(加|减)(.+?)等于多少/.exec(label);
  const a = match ? readAnswer(match[1]) : null;
  const b = match ? readAnswer(match[3]) : null;
  if (!match || a === null || b === null) throw new Error(`no question in "${label}"`);
  return String(match[2] === "加" ? a + b : a - b);
}

async function fillApplication(page: Page, fields: { phone: string; description: string }) {
  await page.getByLabel("申请人类型（必填）").selectOption({ label: "自然人" });
  await page.getByLabel("姓名或名称（必填）").fill("李四");
  await page.getByLabel("身份证明类型（必填）").selectOption({ label: "居民身份证" });
  await page.getByLabel("证件号码（必填）").fill(ID_NUMBER);
  await page.getByLabel("联系电话（必填）").fill(fields.phone);
  await page.getByLabel("电子邮件").fill("lisi@example.cn");
  await page.getByLabel("内容描述").fill(fields.description);
  await page.getByLabel("所需信息的形式（必填）").selectOption({ label: "电子邮件" });
  await page.getByLabel("获取信息的途径（必填）").selectOption({ label: "电子邮件" });
}

/** Sends the form once a person could have filled it (the token refuses anything sooner). */
async function send(page: Page) {
  await page.getByLabel(/验证问题/).fill(await answerQuestion(page));
  await page.waitForTimeout(APPLY_LIMITS.minFillMs + 200);
  await page.getByRole("button", { name: "提交申请" }).click();
}

async function lookUp(page: Page, number: string, contact: string) {
  await page.goto("/apply/status");
  await page.getByLabel("申请编号").fill(number);
  await page.getByLabel("联系电话或电子邮件").fill(contact);
  await page.getByRole("button", { name: "查询" }).click();
}

test("the form says what is wrong beside each field, keeps what was typed, and refuses a form sent at once", async ({ browser }) => {
  const page = await noScriptPage(browser);
  await page.goto(`/apply/${UNIT.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("网络申请政府信息公开");
  await expect(page.getByText(`受理单位：${UNIT.name}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "申请前请阅读本单位政府信息公开指南" })).toHaveAttribute("href", `/guide/${UNIT.slug}`);
  expect(await axeOf(browser, page)).toEqual([]);

  // sent at once after the form came: too fast for a person
  await page.goto(`/apply/${UNIT.slug}`);
  await page.getByLabel("姓名或名称（必填）").fill("王五");
  await page.getByLabel("证件号码（必填）").fill("110105194912310021");
  await page.getByLabel("联系电话（必填）").fill("12345");
  await page.getByLabel("电子邮件").fill("wangwu@");
  await page.getByLabel("获取信息的途径（必填）").selectOption({ label: "其他" });
  await page.getByLabel(/验证问题/).fill("0");
  await page.getByRole("button", { name: "提交申请" }).click();

  await expect(page.getByRole("alert")).toContainText("提交过快");
  await expect(page.locator("#apply-applicantType-error")).toHaveText("请选择申请人类型");
  await expect(page.locator("#apply-phone-error")).toContainText("11 位手机号码");
  await expect(page.locator("#apply-email-error")).toHaveText("电子邮件地址格式不正确（如 name@example.com）");
  await expect(page.locator("#apply-description-error")).toHaveText("请至少填写所需信息的名称、文号或内容描述中的一项");
  await expect(page.locator("#apply-deliveryOther-error")).toHaveText("选择“其他”途径的，请注明获取信息的途径");
  await expect(page.getByLabel("联系电话（必填）")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("姓名或名称（必填）")).toHaveValue("王五");
  await expect(page.getByLabel("电子邮件")).toHaveValue("wangwu@");
  expect(await axeOf(browser, page)).toEqual([]);

  // a natural person's ID number with a wrong check character, said beside it
  await page.getByLabel("申请人类型（必填）").selectOption({ label: "自然人" });
  await page.getByLabel("身份证明类型（必填）").selectOption({ label: "居民身份证" });
  await page.getByLabel(/验证问题/).fill(await answerQuestion(page));
  await page.waitForTimeout(APPLY_LIMITS.minFillMs + 200);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator("#apply-idNumber-error")).toHaveText("居民身份证号校验位不正确，请核对");
  await page.context().close();
});

test("apply online: receipt, staff see it, 补正 asked and answered online, reply shown", async ({ browser, pageAs }) => {
  if (!granted) throw new Error("no 予以公开");
  const today = todayInChina();
  const due = computeDeadline({ received: today, calendar: NATIONAL_CALENDAR }).due;

  const applicant = await noScriptPage(browser);
  await applicant.goto(`/apply/${UNIT.slug}`);
  await fillApplication(applicant, { phone: PHONE, description: "2024年本乡道路维修资金的使用情况" });
  await send(applicant);

  await expect(applicant).toHaveURL(/\/apply\/receipt$/);
  await expect(applicant.getByRole("heading", { level: 1 })).toHaveText("申请已提交");
  trackingNumber = ((await applicant.locator(".apply-number").textContent()) ?? "").trim();
  expect(trackingNumber).toMatch(new RegExp(`^${today.slice(0, 4)}-\\d{4}$`));
  await expect(applicant.getByText("条例第三十一条：通过互联网渠道提交的，以双方确认之日为收到申请之日。本系统在申请提交时即时确认收到。")).toBeVisible();
  await expect(applicant.locator("dd", { hasText: "按工作日计算" })).toContainText(due);
  expect(await axeOf(browser, applicant)).toEqual([]);

  // The unit's staff find it in the register with the same due date, and see the applicant.
  const staff = await pageAs("otherStaff");
  await staff.goto("/register");
  const row = staff.getByRole("row", { name: new RegExp(`^${trackingNumber}`) });
  await expect(row).toContainText("网络（网络申请）");
  await expect(row).toContainText(due);
  await row.getByRole("link", { name: trackingNumber }).click();
  await expect(staff.getByText(`答复期满日：${due}`)).toBeVisible();
  await expect(staff.getByText(`居民身份证：${ID_NUMBER}`)).toBeVisible();
  await expect(staff.getByText(PHONE)).toBeVisible();

  const ask = staff.getByRole("form", { name: "告知补正" });
  await ask.getByLabel("告知补正日期").fill(today);
  await ask.getByLabel("需要补正的事项").fill(CORRECTION_TEXT);
  await staff.getByRole("button", { name: "记录告知补正" }).click();
  await expect(staff.getByText("等待申请人补正")).toBeVisible();

  // The applicant, in a new session, looks it up: 等待补正 with the text, answered online.
  const later = await noScriptPage(browser);
  await lookUp(later, trackingNumber, PHONE);
  await expect(later).toHaveURL(/\/apply\/status$/);
  await expect(later.locator("dd", { hasText: "等待补正" })).toBeVisible();
  await expect(later.getByText(CORRECTION_TEXT)).toBeVisible();
  await expect(later.getByText("李四")).toHaveCount(0);
  expect(await axeOf(browser, later)).toEqual([]);
  // blanks only: refused by the server, beside the field
  await later.getByLabel("补正内容").fill("   ");
  await later.getByRole("button", { name: "提交补正" }).click();
  await expect(later.locator(".field-error")).toHaveText("请填写补正内容");
  await later.getByLabel("补正内容").fill(CORRECTION_ANSWER);
  await later.getByRole("button", { name: "提交补正" }).click();
  await expect(later.locator("dd", { hasText: "办理中" })).toBeVisible();
  await expect(later.getByText(`已于 ${today} 收到补正（网上补正），答复期限自该日起重新计算。`)).toBeVisible();
  await expect(later.locator("dd", { hasText: "按工作日计算" })).toContainText(due);
  await later.getByText("答复期满日的逐日计算").click();
  await expect(later.getByRole("table", { name: new RegExp(`^期满日 ${due}`) }).getByRole("row", { name: new RegExp(`^${today}`) })).toContainText("收到补正当日不计入");

  // Staff see the 补正 sent online, and answer with a reply text.
  await staff.reload();
  await expect(staff.getByText(`申请人网上补正：${CORRECTION_ANSWER}`)).toBeVisible();
  const answer = staff.getByRole("form", { name: "答复办结" });
  await answer.getByLabel("办结日期").fill(today);
  await answer.getByLabel("办理结果").selectOption({ label: granted.label });
  await answer.getByLabel("答复内容（可选）").fill(REPLY_TEXT);
  await staff.getByRole("button", { name: "记录办结" }).click();
  await expect(staff.getByText(`已于 ${today} 办结，在答复期限内。`)).toBeVisible();

  await later.goto("/apply/status");
  await expect(later.locator("dd", { hasText: "已办结" })).toBeVisible();
  await expect(later.getByText(`办理结果：${granted.label}`)).toBeVisible();
  await expect(later.getByText(REPLY_TEXT)).toBeVisible();
  expect(await axeOf(browser, later)).toEqual([]);
  await later.getByRole("button", { name: "结束查询" }).click();
  await expect(later.getByRole("heading", { level: 1 })).toHaveText("查询申请办理进度");
  await later.context().close();
  await applicant.context().close();
});

test("the status query shows nothing for a wrong pair, nor another applicant's request", async ({ browser }) => {
  const other = await noScriptPage(browser);
  await other.goto(`/apply/${UNIT.slug}`);
  await fillApplication(other, { phone: OTHER_PHONE, description: "本乡2025年财政预算" });
  await send(other);
  otherNumber = ((await other.locator(".apply-number").textContent()) ?? "").trim();
  expect(otherNumber).not.toBe(trackingNumber);
  await other.context().close();

  const page = await noScriptPage(browser);
  for (const [number, contact] of [
    [trackingNumber, "13900000000"],
    [trackingNumber, "nobody@example.cn"],
    [otherNumber, PHONE],
    ["2000-0001", PHONE],
  ]) {
    await lookUp(page, number, contact);
    await expect(page.getByRole("alert")).toHaveText(NOT_FOUND);
    const html = await page.content();
    for (const secret of [UNIT.name, "李四", CORRECTION_TEXT, "等待补正", "办理中", "已办结"]) expect(html, `${number} ${contact}`).not.toContain(secret);
  }
  // the right pair by e-mail opens it
  await lookUp(page, trackingNumber, "LISI@example.cn");
  await expect(page.getByRole("heading", { name: `申请 ${trackingNumber}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `申请 ${otherNumber}` })).toHaveCount(0);
  await page.context().close();
});

test(`guessing is throttled: after ${APPLY_LIMITS.lookupFreeFailures} wrong guesses the right pair is refused too`, async ({ browser }) => {
  const page = await noScriptPage(browser);
  const phone = "13511112222";
  await page.goto(`/apply/${UNIT.slug}`);
  await fillApplication(page, { phone, description: "本乡2025年农村道路建设计划" });
  await send(page);
  const number = ((await page.locator(".apply-number").textContent()) ?? "").trim();
  await page.getByRole("link", { name: "查询申请办理进度" }).click();
  await page.getByRole("button", { name: "结束查询" }).click();

  for (let i = 0; i < APPLY_LIMITS.lookupFreeFailures; i++) {
    await lookUp(page, number, `1370000000${i}`);
    await expect(page.getByRole("alert")).toHaveText(NOT_FOUND);
  }
  await lookUp(page, number, phone);
  await expect(page.getByRole("alert")).toHaveText(LOOKUP_THROTTLED_MESSAGE);
  await expect(page.getByRole("heading", { name: `申请 ${number}` })).toHaveCount(0);
  await page.context().close();
});
