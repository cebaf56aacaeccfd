// A request received before 2019-05-15 under 2007年《政府信息公开条例》: 15 working days, an
// extension of at most 15, the law named on the request's page and in the list, counted on
// the 2016 notice.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { applicantTypes } from "../lib/register/structure";
import { CHANNELS, EVENT_KIND_LABELS } from "../lib/register/vocabulary";
import { seriousViolations } from "./axe";
import { expect, test } from "./helpers";

const natural = applicantTypes().find((c) => c.key === "natural");
const post = CHANNELS.find((c) => c.key === "post");
const SHOTS = "/tmp/shots-law-periods";

async function shots(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a request received 2016-09-12 is due in 15 working days (2016-10-09, a make-up Sunday) and extends by at most 15", async ({ pageAs }) => {
  if (!natural || !post) throw new Error("no 自然人 or 邮寄");
  const staff = await pageAs("staff");
  await staff.goto("/register/new");
  await staff.getByLabel("申请渠道").selectOption({ label: post.label });
  await staff.getByLabel("收到日期").fill("2016-09-12");
  await staff.getByLabel("申请人类型").selectOption({ label: natural.label });
  await staff.getByLabel("申请内容").fill("2015年本局部门决算");
  await staff.getByRole("button", { name: "登记", exact: true }).click();
  await staff.waitForURL(/\/register\/(?!new$)[^/]+$/);

  await expect(staff.getByText("适用2007年《政府信息公开条例》（2007年4月5日国务院令第492号公布，2008年5月1日起施行）")).toBeVisible();
  await expect(staff.getByText("答复期满日：")).toContainText("2016-10-09");
  const explanation = staff.getByRole("table", { name: "期满日 2016-10-09 的逐日计算（共 15 个工作日）" });
  await expect(explanation.getByRole("row", { name: /^2016-09-15/ })).toContainText("中秋节，国办发明电〔2015〕18号");
  await expect(explanation.getByRole("row", { name: /^2016-10-09/ })).toContainText("第 15 个");
  // No 补正 period in the 2007 条例.
  await expect(staff.getByText(/^补正告知期限：/)).toHaveCount(0);
  await expect(staff.getByRole("form", { name: EVENT_KIND_LABELS.correction_requested })).toContainText("没有补正告知期限");

  const extension = staff.getByRole("form", { name: EVENT_KIND_LABELS.extended });
  await expect(extension).toContainText("2007年《条例》第二十四条：需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长答复的期限最长不得超过15个工作日");
  await expect(extension.getByLabel("延长的工作日数")).toHaveValue("15");
  await expect(extension.getByLabel("延长的工作日数")).toHaveAttribute("max", "15");
  expect(await seriousViolations(staff)).toEqual([]);
  await shots(staff, "request-2007");

  await extension.getByLabel("延长决定日期").fill("2016-09-30");
  await extension.getByLabel("批准人").fill("王主任");
  await staff.getByRole("button", { name: "记录延长" }).click();
  await expect(staff.getByText("答复期满日：")).toContainText("2016-10-28");
  await expect(staff.getByText("答复期满日：")).toContainText("含经批准延长的 15 个工作日");

  await staff.goto("/register");
  const row = staff.getByRole("row", { name: /2016-09-12/ });
  await expect(row).toContainText("适用2007年《条例》");
  await expect(row).toContainText("2016-10-28");
  expect(await seriousViolations(staff)).toEqual([]);
  await shots(staff, "register-list");

  // Closed in 2016, so that the unit's later years do not carry it over (上年结转) into other tests' tables.
  await row.getByRole("link").first().click();
  await staff.waitForURL(/\/register\/(?!new$)[^/]+$/);
  const answer = staff.getByRole("form", { name: EVENT_KIND_LABELS.answered });
  await answer.getByLabel("办结日期").fill("2016-10-20");
  await answer.getByLabel("办理结果").selectOption({ index: 1 });
  await staff.getByRole("button", { name: "记录办结" }).click();
  await expect(staff.getByText(/已于 2016-10-20 办结/)).toBeVisible();
});
