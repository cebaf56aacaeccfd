// Comparing published reports without JavaScript: a unit's years side by side on its page,
// and one year's units under the same county side by side. The units and reports are made
// here with the command line (it works while the server runs), under slugs no other spec uses.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import type { Cells } from "../lib/formats/types";
import { seriousViolations } from "./axe";
import { E2E_CONTEXT, E2E_DATABASE_URL } from "./environment";
import { ownRowLabel, requireCell } from "./factories";

test.use({ javaScriptEnabled: false });

const gov2021 = getFormat("gov-2021");
const COUNTY = { slug: "cmp-county", name: "比较县" };
const TOWNS = [
  { slug: "cmp-a", name: "比较甲镇" },
  { slug: "cmp-b", name: "比较乙镇" },
  { slug: "cmp-c", name: "比较丙镇" },
  { slug: "cmp-d", name: "比较丁镇" },
  { slug: "cmp-e", name: "比较戊镇" },
  { slug: "cmp-f", name: "比较己镇" },
];

function nianbao(args: string[]): string {
  const result = spawnSync("npm", ["run", "--silent", "nianbao", "--", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`nianbao ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

interface Numbers {
  newRequests: number;
  carriedIn?: number;
  carriedOut?: number;
  refused?: number;
  other?: number;
  review?: number;
  suit?: number;
}

/** A gov-2021 table that satisfies every identity: natural persons only, the rest granted. */
function cells(n: Numbers): Cells {
  const values: Cells = Object.fromEntries(listCells(gov2021).map((c) => [c.key, 0]));
  const { newRequests, carriedIn = 0, carriedOut = 0, refused = 0, other = 0, review = 0, suit = 0 } = n;
  const concluded = newRequests + carriedIn - carriedOut;
  const rows = {
    new: newRequests,
    carried_in: carriedIn,
    granted: concluded - refused - other,
    refused_internal: refused,
    other_misc: other,
    total: concluded,
    carried_out: carriedOut,
  };
  for (const [row, value] of Object.entries(rows)) {
    values[`t3.${row}.natural`] = value;
    values[`t3.${row}.total`] = value;
  }
  Object.assign(values, { "t4.review.upheld": review, "t4.review.total": review, "t4.suit_direct.corrected": suit, "t4.suit_direct.total": suit });
  return values;
}

const PUBLISHED: [slug: string, year: number, numbers: Numbers][] = [
  ["cmp-a", 2066, { newRequests: 12, carriedOut: 2, refused: 1 }],
  ["cmp-a", 2067, { newRequests: 20, carriedIn: 2, refused: 4, other: 1, review: 2, suit: 1 }],
  ["cmp-b", 2067, { newRequests: 8, refused: 2 }],
  ["cmp-c", 2067, { newRequests: 3, refused: 1 }],
  ["cmp-d", 2067, { newRequests: 0 }],
  // the county's own report: its compare page sets the units below it side by side
  ["cmp-county", 2067, { newRequests: 50 }],
];

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  const existing = nianbao(["org", "list"]);
  const has = (slug: string) => existing.split("\n").some((line) => line.split("\t")[0] === slug);
  if (!has(COUNTY.slug)) nianbao(["org", "add", "--slug", COUNTY.slug, "--name", COUNTY.name, "--kind", "county"]);
  for (const town of TOWNS) if (!has(town.slug)) nianbao(["org", "add", "--slug", town.slug, "--name", town.name, "--parent", COUNTY.slug, "--kind", "township"]);
  const write = (slug: string, year: number, n: Numbers) => {
    const file = path.join(testInfo.outputDir, `${slug}-${year}.json`);
    fs.mkdirSync(testInfo.outputDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ format: "gov-2021", year, organization: slug, cells: cells(n) }));
    return file;
  };
  for (const [slug, year, n] of PUBLISHED) nianbao(["import", write(slug, year, n), "--org", slug, "--publish"]);
  // 戊镇 has only a draft of 2067: not published
  nianbao(["import", write("cmp-e", 2067, { newRequests: 30 }), "--org", "cmp-e"]);
});

/** The number in a report page's 表三 cell (the 总计 column of a row). */
async function reportCell(page: Page, key: string): Promise<number> {
  const row = page.getByRole("row").filter({ hasText: ownRowLabel(requireCell(gov2021, key)) });
  return Number(await row.getByRole("cell").last().textContent());
}

/** Each chart's value labels, and the values of the table right after it. */
async function chartsAndTables(page: Page) {
  return page.locator("svg[role=img]").evaluateAll((svgs) =>
    svgs.map((svg) => {
      const table = svg.nextElementSibling?.querySelector("table");
      return {
        title: svg.querySelector("title")?.textContent ?? "",
        chart: [...svg.querySelectorAll("text.chart-value")].map((t) => t.textContent),
        table: [...(table?.querySelectorAll("tbody td") ?? [])].map((td) => td.textContent),
        caption: table?.querySelector("caption")?.textContent ?? null,
      };
    }),
  );
}

test("a unit's page shows its years side by side as charts, each followed by a table with the report pages' numbers", async ({ page }) => {
  expect((await page.goto("/reports/cmp-a"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("比较甲镇政府信息公开工作年度报告");
  await expect(page.getByRole("link", { name: "比较甲镇2067年政府信息公开工作年度报告" })).toHaveAttribute("href", "/reports/cmp-a/2067");
  await expect(page.getByRole("link", { name: "比较县" })).toHaveAttribute("href", "/reports/cmp-county");

  const charts = await chartsAndTables(page);
  expect(charts.map((c) => c.title)).toEqual([
    "比较甲镇历年依申请公开：新收和办结",
    "比较甲镇历年办理结果",
    "比较甲镇历年行政复议和行政诉讼",
    "比较甲镇历年主动公开",
  ]);
  for (const chart of charts) {
    expect(chart.caption, chart.title).toBe(chart.title);
    expect(chart.table, chart.title).toEqual(chart.chart);
  }

  // 新收 and 办结 of each year, as the report page of that year prints its cells.
  const requests = page.getByRole("table", { name: "比较甲镇历年依申请公开：新收和办结" });
  const report = await page.context().newPage();
  const read: number[][] = [];
  for (const year of [2066, 2067]) {
    await report.goto(`/reports/cmp-a/${year}`);
    const received = await reportCell(report, "t3.new.total");
    const concluded = (await reportCell(report, "t3.new.total")) + (await reportCell(report, "t3.carried_in.total")) - (await reportCell(report, "t3.carried_out.total"));
    const row = requests.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `${year}年`, exact: true }) });
    await expect(row.getByRole("cell")).toHaveText([`${received}件`, `${concluded}件`]);
    read.push([received, concluded]);
  }
  // By hand: 2066 12 new, 12 − 2 carried out = 10 concluded; 2067 20 new + 2 carried in = 22
  expect(read).toEqual([
    [12, 10],
    [20, 22],
  ]);
  await report.close();

  // Each figure says how it is computed, in the format's words.
  await expect(page.getByText("办结 = 一、本年新收政府信息公开申请数量（总计） + 二、上年结转政府信息公开申请数量（总计） − 四、结转下年度继续办理（总计）")).toBeVisible();
  // 主动公开政府信息数 is a figure of the 2014 table only: no gov-2021 year has it.
  await expect(page.getByRole("columnheader", { name: "主动公开政府信息数" })).toHaveCount(0);
});

test("a year's units under one county side by side: ranked by new requests, fewer than 5 flagged, the unpublished listed", async ({ page }) => {
  expect((await page.goto("/reports/cmp-b/2067/compare"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("比较乙镇2067年度与其他单位比较");
  const table = page.getByRole("table", { name: "比较县所属单位：2067年度各单位比较" });
  const rows = table.locator("tbody tr");
  await expect(rows.locator("th")).toHaveText(["比较甲镇", "比较乙镇（本单位）", "比较丙镇", "比较丁镇", "比较己镇", "比较戊镇"]);
  // 甲镇: 20 new; 4 ÷ 22 办结 = 18.2 %; 1 ÷ 22 = 4.5 %; (2 + 1) ÷ 20 × 100 = 15
  await expect(rows.nth(0).locator("td")).toHaveText(["1", "20件", "18.2%", "4.5%", "15件", ""]);
  await expect(rows.nth(1).locator("td")).toHaveText(["2", "8件", "25%", "0%", "0件", ""]);
  await expect(rows.nth(2).locator("td")).toHaveText(["—", "3件", "33.3%", "0%", "0件", "申请量少于5件，比例不具可比性"]);
  await expect(rows.nth(3).locator("td")).toHaveText(["—", "0件", "—", "—", "—", "申请量少于5件，比例不具可比性"]);
  await expect(rows.nth(4).locator("td").last()).toHaveText("未公开");
  await expect(rows.nth(5).locator("td").last()).toHaveText("未公开");

  // A chart per measure with only the ranked units, and its table with the same numbers.
  const charts = await chartsAndTables(page);
  expect(charts).toHaveLength(4);
  for (const chart of charts) expect(chart.table, chart.title).toEqual(chart.chart);
  expect(charts[0].chart).toEqual(["20件", "8件"]);
  await expect(page.getByText("不予公开占比 = 不予公开 ÷ 办结 × 100%")).toBeVisible();

  // The county's own report of the year is compared with the units below it.
  expect((await page.goto("/reports/cmp-county/2067/compare"))?.status()).toBe(200);
  await expect(page.getByRole("table", { name: "比较县的下级单位：2067年度各单位比较" })).toBeVisible();
  // No unit published 2070: nothing to compare.
  expect((await page.goto("/reports/cmp-b/2070/compare"))?.status()).toBe(404);
});

test("on a 390-pixel phone the charts fit the page: nothing scrolls sideways but the tables' own frames", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ["/reports/cmp-a", "/reports/cmp-a/2067/compare"]) {
    await page.goto(url);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      svgs: [...document.querySelectorAll("svg[role=img]")].map((svg) => svg.getBoundingClientRect().right),
    }));
    expect(widths.page, url).toBeLessThanOrEqual(390);
    expect(widths.svgs.length, url).toBeGreaterThan(0);
    for (const right of widths.svgs) expect(right, url).toBeLessThanOrEqual(390);
  }
});

test("both pages have no serious or critical accessibility violation", async ({ browser }) => {
  // axe runs as a script in the page: a context of its own with JavaScript on (the file's
  // contexts have it off; the pages have no script of their own).
  const context = await browser.newContext({ ...E2E_CONTEXT, javaScriptEnabled: true });
  const page = await context.newPage();
  for (const url of ["/reports/cmp-a", "/reports/cmp-b/2067/compare", "/reports/cmp-county/2067/compare"]) {
    expect((await page.goto(url))?.status(), url).toBe(200);
    expect(await seriousViolations(page), url).toEqual([]);
  }
  await context.close();
});
