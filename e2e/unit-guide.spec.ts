// 政府信息公开指南 and 公开目录: the unit's staff keep the guide; everyone reads it, without
// JavaScript, with the unit's channels and the way to apply online.
import { seriousViolations } from "./axe";
import { E2E_CONTEXT } from "./environment";
import { expect, test } from "./helpers";

const run = Date.now().toString(36);
const OFFICE = `测试镇人民政府党政办公室${run}`;
const CHANNEL = `测试镇人民政府网站${run}`;
const CHANNEL_URL = `https://e2e-town.example.gov.cn/${run}/`;

test("the unit's staff fill the guide; the public page shows it without JavaScript, with the 公开目录 and the 网上申请 link", async ({ pageAs, browser, visitor: scanned }) => {
  const staff = await pageAs("staff");
  await staff.goto("/unit-guide");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("测试镇政府信息公开指南");
  const form = staff.getByRole("form", { name: "编辑政府信息公开指南" });
  // The law's wording is offered where the unit has written nothing.
  await expect(form.getByLabel("收费")).toHaveValue(/不收取费用/);
  expect(await seriousViolations(staff)).toEqual([]);

  await form.getByLabel("政府信息公开工作机构").fill(OFFICE);
  await form.getByLabel("办公地址（可选）").fill("测试镇人民路1号");
  await form.getByLabel("邮政编码（可选）").fill("755000");
  await form.getByLabel("办公时间（可选）").fill("工作日 8:30—12:00，14:30—18:00");
  await form.getByLabel("联系电话（可选）").fill("12-34");
  await form.getByLabel("电子邮箱（可选）").fill("gongkai@e2e-town.example.gov.cn");
  await form.getByRole("button", { name: "保存公开指南" }).click();
  await expect(form.getByText("联系电话格式不正确：如 0951-1234567 或 13912345678，多个号码用“、”分隔").first()).toBeVisible();
  // nothing typed is lost
  await expect(form.getByLabel("政府信息公开工作机构")).toHaveValue(OFFICE);
  await expect(form.getByLabel("联系电话（可选）")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("联系电话（可选）").fill("0955-7012345、13912345678");
  await form.getByRole("button", { name: "保存公开指南" }).click();
  await expect(form.getByText("已保存公开指南，公开页面已同时更新。")).toBeVisible();
  await expect(staff.getByText(/最后保存：.*（第 \d+ 版）/)).toBeVisible();

  // 公开目录: the unit's 公开渠道, kept on their own page.
  await staff.getByRole("link", { name: /管理公开渠道/ }).click();
  const newChannel = staff.getByRole("form", { name: "添加公开渠道" });
  await newChannel.getByLabel("渠道名称").fill(CHANNEL);
  await newChannel.getByLabel("网址或地址").fill(CHANNEL_URL);
  await newChannel.getByRole("button", { name: "添加渠道" }).click();
  await expect(staff.getByText(`已添加公开渠道“${CHANNEL}”。`)).toBeVisible();

  const context = await browser.newContext({ ...E2E_CONTEXT, javaScriptEnabled: false });
  const visitor = await context.newPage();
  const response = await visitor.goto("/guide/e2e-town");
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("测试镇政府信息公开指南");
  await expect(visitor.getByText(/^最后更新：\d{4}年\d{1,2}月\d{1,2}日$/)).toBeVisible();
  const office = visitor.getByRole("region", { name: "一、政府信息公开工作机构" });
  await expect(office.locator("dd")).toHaveText([OFFICE, "测试镇人民路1号", "755000", "工作日 8:30—12:00，14:30—18:00", "0955-7012345、13912345678", "未填写", "gongkai@e2e-town.example.gov.cn"]);
  const request = visitor.getByRole("region", { name: "三、依申请公开" });
  await expect(request.getByRole("link", { name: "网上申请" })).toHaveAttribute("href", "/apply/e2e-town");
  await expect(request.getByRole("link", { name: "办理进度查询" })).toHaveAttribute("href", "/apply/status");
  await expect(request.getByText("自收到申请之日起20个工作日内予以答复", { exact: false })).toBeVisible();
  const catalogue = visitor.getByRole("region", { name: "政府信息公开目录" }).getByRole("table");
  const row = catalogue.getByRole("row").filter({ has: visitor.getByRole("rowheader", { name: CHANNEL, exact: true }) });
  await expect(row.getByRole("cell")).toHaveText(["政府网站", CHANNEL_URL]);
  await expect(row.getByRole("link", { name: CHANNEL_URL })).toHaveAttribute("href", CHANNEL_URL);
  // axe runs as a script: on the same page, in a browser with JavaScript
  await scanned.goto("/guide/e2e-town");
  expect(await seriousViolations(scanned)).toEqual([]);

  // Found from the index of units and in the sitemap.
  await visitor.goto(`/reports?q=${encodeURIComponent("测试镇")}`);
  await expect(visitor.getByRole("link", { name: "测试镇政府信息公开指南", exact: true })).toHaveAttribute("href", "/guide/e2e-town");
  expect(await (await visitor.request.get("/sitemap.xml")).text()).toContain("/guide/e2e-town</loc>");
  await context.close();
});

test("a unit that has written no guide shows the law's wording, said to be such, and no contacts", async ({ visitor }) => {
  await visitor.goto("/guide/e2e-other");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("测试乡政府信息公开指南");
  await expect(visitor.getByRole("note")).toContainText("本单位尚未填写政府信息公开指南。");
  await expect(visitor.getByRole("region", { name: "五、监督和救济" })).toContainText("以下为依据《中华人民共和国政府信息公开条例》的通用内容");
  await expect(visitor.getByRole("region", { name: "五、监督和救济" })).toContainText("投诉、举报，也可以依法申请行政复议或者提起行政诉讼");
  await expect(visitor.getByRole("region", { name: "一、政府信息公开工作机构" })).toHaveText(/尚未公布/);
  expect((await visitor.goto("/guide/no-such-unit"))?.status()).toBe(404);
});

test("another unit's staff keep their own guide and never get this unit's form", async ({ pageAs }) => {
  const other = await pageAs("otherStaff");
  await other.goto("/unit-guide?org=e2e-town");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("测试乡政府信息公开指南");
  await expect(other.getByText(OFFICE)).toHaveCount(0);
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/unit-guide?org=e2e-town");
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("测试镇政府信息公开指南");
  await expect(reviewer.getByRole("form", { name: "编辑政府信息公开指南" })).toHaveCount(0);
  await expect(reviewer.getByText("公开指南由本单位填报人员填写；您可以查看公开页面，不能修改。")).toBeVisible();
});
