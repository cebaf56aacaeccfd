// The county's roll-up (汇总): a reviewer sums the published reports of the units below the
// county, publishes the roll-up as the county's report, and downloads the workbook.
import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers";

const YEAR = 2018;

test("a reviewer builds the county's roll-up, publishes it, the public reads it, and the workbook has every unit", async ({ pageAs, visitor }) => {
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/review/rollup");
  await reviewer.getByLabel("上级单位", { exact: true }).selectOption({ label: "中卫市沙坡头区" });
  await reviewer.getByLabel("年度", { exact: true }).fill(String(YEAR));
  await reviewer.getByRole("button", { name: "查看汇总" }).click();
  await expect(reviewer.getByRole("heading", { name: `中卫市沙坡头区${YEAR}年政府信息公开工作年度报告（汇总）` })).toBeVisible();
  // 文昌镇 published its 2018 report (186 items, 223 on the website); the other units did not.
  await expect(reviewer.getByText("计入汇总的单位（1）")).toBeVisible();
  await expect(reviewer.getByText("滨河镇：未建立报告")).toBeVisible();

  const axe = await new AxeBuilder({ page: reviewer }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The workbook: the roll-up, every unit × every cell, the units left out.
  const download = reviewer.waitForEvent("download");
  await reviewer.getByRole("link", { name: "下载逐单位明细和汇总（XLSX）" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总", "逐单位明细", "逐单位宽表", "未计入单位"]));
  const summary = workbook.getWorksheet("汇总")!;
  const proactive = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(4).value === "t1.proactive_total.value");
  expect(proactive?.getCell(5).value).toBe(186);
  const wide = workbook.getWorksheet("逐单位宽表")!;
  expect(wide.getRow(3).getCell(2).value).toBe("文昌镇");

  await reviewer.getByRole("button", { name: "生成汇总报告" }).click();
  await reviewer.waitForURL(/\/work\//);
  await reviewer.getByLabel(/报告开头/).fill("本报告为全区各乡镇年度报告的汇总。");
  await reviewer.getByRole("button", { name: "提交审核" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "已提交审核" })).toBeVisible();

  await reviewer.goto(reviewer.url().replace("/work/", "/review/"));
  await reviewer.getByRole("form", { name: "发布报告" }).getByRole("button", { name: "发布" }).click();
  await expect(reviewer.getByText("状态：")).toContainText("已发布");

  const response = await visitor.goto(`/reports/shapotou/${YEAR}/rollup`);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`中卫市沙坡头区${YEAR}年政府信息公开工作年度报告（汇总）`);
  await expect(visitor.getByText("本报告为全区各乡镇年度报告的汇总。")).toBeVisible();
  await expect(visitor.getByRole("cell", { name: "223", exact: true })).toBeVisible();
  const json = await visitor.request.get(`/reports/shapotou/${YEAR}/rollup/data.json`);
  expect((await json.json()).cells["t1.proactive_total.value"]).toBe(186);
  await visitor.goto(`/reports?year=${YEAR}`);
  await expect(visitor.getByRole("link", { name: `中卫市沙坡头区${YEAR}年度报告汇总` })).toBeVisible();
});

test("staff cannot open the roll-up page or the workbook", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  expect((await staff.goto("/review/rollup"))?.status()).toBe(404);
  expect((await staff.request.get(`/review/rollup/workbook.xlsx?parent=shapotou&year=${YEAR}`)).status()).toBe(404);
});
