// A historical published report (往年报告) on the public page, read without JavaScript: it says
// that it was brought in from the published text, with the source and the real 发布日期, keeps
// the published numbers (a wrong （七）总计 included) and notes what is wrong beside the table
// and in the notes at the end. The staff view shows the same notes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { requireCell } from "../lib/rules/labels";
import { E2E_CONTEXT, E2E_DATABASE_URL } from "./environment";
import { seriousViolations } from "./axe";
import { expect, test } from "./helpers";

const SLUG = "hist-town";
const NAME = "往年测试镇";
const YEAR = 2021;
const PAGE = `/reports/${SLUG}/${YEAR}`;
const SOURCE = "往年测试镇2021年度政府信息公开工作年度报告（政府网站）";
const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const format = getFormat("gov-2021");
const total = requireCell(format, "t3.total.total");
const requests = format.tables.find((t) => t.id === total.table)!;

test.describe.configure({ mode: "serial" });

function nianbao(args: string[]): { status: number | null; output: string } {
  const result = spawnSync("npm", ["run", "--silent", "nianbao", "--", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * pingtan-2021 as printed with （七）总计 70 instead of 69 (I1, I2, I3), and a text that says 75
 * requests where the table has 70 (N1), brought in as published on 2022-02-08.
 */
test.beforeAll(() => {
  const { status, output } = nianbao(["org", "add", "--slug", SLUG, "--name", NAME, "--kind", "township", "--parent", "shapotou"]);
  // A retry finds the unit and its report there.
  if (status !== 0) {
    if (/已存在/.test(output)) return;
    throw new Error(output);
  }
  const fixture = JSON.parse(fs.readFileSync(path.resolve("../shared/fixtures/reports/pingtan-2021/expected.json"), "utf8")) as { cells: Record<string, number> };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hist-")), "report.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: "gov-2021",
      year: YEAR,
      organization: NAME,
      cells: { ...fixture.cells, [total.key]: 70 },
      sections: {
        overview: "2021年，全镇共收到政府信息公开申请75件，办结69件，1件结转下年度继续办理。",
        other: "2021年，无收取信息处理费情况。",
      },
    }),
  );
  const imported = nianbao(["import", file, "--org", SLUG, "--historical", "--published-at", "2022-02-08", "--source", SOURCE]);
  if (imported.status !== 0) throw new Error(imported.output);
  expect(imported.output).toContain("检查发现 5 个问题（其中 3 个错误），未作修改，照原样发布");
});

async function reader(browser: Browser, width: number, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ ...E2E_CONTEXT, javaScriptEnabled, viewport: { width, height: 900 } });
  return context.newPage();
}

test("the public page says the report was imported from its published text, and notes what is wrong where it is", async ({ browser }) => {
  const page = await reader(browser, 1280);
  expect((await page.goto(PAGE))?.status()).toBe(200);
  await expect(page.getByText("第1版，发布于")).toContainText("2022年2月8日");
  const notice = page.locator(".historical-notice");
  await expect(notice).toContainText("依据原发布文本导入");
  await expect(notice).toContainText(`本版依据原报告“${SOURCE}”导入，原报告发布日期为2022年2月8日`);
  await expect(notice).toContainText("原报告有 5 处问题");

  // The wrong total as printed, marked, with the number of its note linking to the note beside the table.
  const table = page.getByRole("table", { name: requests.title });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: total.rowPath!.at(-1), exact: true }) });
  const cell = row.getByRole("cell").last();
  await expect(cell).toContainText("70");
  await expect(cell).toHaveClass(/cell-note/);
  const ref = cell.getByRole("link", { name: "注2", exact: true });
  await expect(ref).toHaveAttribute("href", "#note-2");

  const beside = page.getByRole("complementary", { name: `${requests.title}的注释` });
  await expect(beside.locator("#note-2")).toContainText("注2 原报告此处合计有误：表三「总计」列：（七）总计 70，不等于 （一）予以公开 30");
  await expect(beside.getByText(/^注4 原报告文字与表格不一致：「一、总体情况」写/)).toBeVisible();

  // The sentence the text-against-table notes quote is marked where it stands.
  await expect(page.locator("mark.narrative-flag")).toHaveText("2021年，全镇共收到政府信息公开申请75件，办结69件，1件结转下年度继续办理。");

  const notes = page.getByRole("region", { name: "注释" });
  await expect(notes.getByRole("listitem")).toHaveCount(5);
  await expect(notes.getByRole("listitem").first()).toContainText("注1 原报告此处合计有误：表三「总计」列：一、本年新收政府信息公开申请数量 70");

  // The numbers as published, in the download too.
  const data = await page.request.get(`${PAGE}/data.json`);
  expect(((await data.json()) as { cells: Record<string, number> }).cells[total.key]).toBe(70);

  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/historical-1280.png`, fullPage: true });
  const phone = await reader(browser, 390);
  await phone.goto(PAGE);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (SCREENSHOTS) await phone.screenshot({ path: `${SCREENSHOTS}/historical-390.png`, fullPage: true });
});

test("the page has no serious or critical accessibility violation", async ({ browser }) => {
  // axe runs as a script in the page; the page itself has none.
  const page = await reader(browser, 1280, true);
  await page.goto(PAGE);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the staff view of the report shows the same notes", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/dashboard");
  await admin.getByRole("link", { name: new RegExp(`查看\\s*${NAME}\\s*${YEAR}年度报告`) }).click();
  await expect(admin.locator(".historical-notice")).toContainText(`本版依据原报告“${SOURCE}”导入`);
  await expect(admin.locator("#note-2")).toContainText("注2 原报告此处合计有误：");
  await expect(admin.getByRole("region", { name: "注释" }).getByRole("listitem")).toHaveCount(5);
});
