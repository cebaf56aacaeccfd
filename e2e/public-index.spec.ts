// Finding a report: the index of units (search, hierarchy, who has not published), sitemap.xml,
// robots.txt and the Open Graph tags of a report page, all without JavaScript.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { seriousViolations } from "./axe";
import { E2E_DATABASE_URL } from "./environment";
import { consistentCells } from "./factories";

test.use({ javaScriptEnabled: false });

// Years and units no other spec uses.
const YEAR = 2056;
const UNITS = [
  { slug: "idx-county", name: "索引测试县", kind: "county" },
  { slug: "idx-east", name: "索引东镇", kind: "township", parent: "idx-county" },
  { slug: "idx-west", name: "索引西镇", kind: "township", parent: "idx-county" },
  { slug: "idx-street", name: "索引北街道", kind: "subdistrict", parent: "idx-county" },
  { slug: "idx-bureau", name: "索引县教育局", kind: "department", parent: "idx-county" },
] as const;

/** The command line on the server's database (it reaches a running server's embedded database through its socket). */
function nianbao(args: string[]): { status: number | null; output: string } {
  const result = spawnSync("npm", ["run", "--silent", "nianbao", "--", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function mustRun(args: string[]): void {
  const { status, output } = nianbao(args);
  if (status !== 0) throw new Error(`nianbao ${args.join(" ")}: ${output}`);
}

/** 索引东镇 published YEAR (its first revision); 索引西镇 has a draft of YEAR; the others nothing. */
test.beforeAll(() => {
  // A retry finds the units there, and the reports as they were.
  const created = UNITS.map((unit) => {
    const parent = "parent" in unit ? ["--parent", unit.parent] : [];
    const { status, output } = nianbao(["org", "add", "--slug", unit.slug, "--name", unit.name, "--kind", unit.kind, ...parent]);
    if (status !== 0 && !/已存在/.test(output)) throw new Error(output);
    return status === 0;
  });
  if (!created.every(Boolean)) return;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "idx-")), "report.json");
  const doc = (organization: string) => ({ format: "gov-2021", year: YEAR, organization, cells: consistentCells(getFormat("gov-2021")) });
  fs.writeFileSync(file, JSON.stringify(doc("索引东镇")));
  mustRun(["import", file, "--org", "idx-east", "--publish"]);
  fs.writeFileSync(file, JSON.stringify(doc("索引西镇")));
  mustRun(["import", file, "--org", "idx-west"]);
});

function unitRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

test("a search by part of a unit's name finds it under its county, and no other unit", async ({ page }) => {
  const response = await page.goto("/reports");
  expect(response?.status()).toBe(200);
  await page.getByLabel("单位名称").fill("索引东");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/\/reports\?q=%E7%B4%A2%E5%BC%95%E4%B8%9C$/);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["索引测试县"]);
  await expect(page.getByRole("table")).toHaveCount(1);
  await expect(unitRow(page, "索引东镇")).toHaveCount(1);
  for (const other of ["索引西镇", "索引北街道", "文昌镇"]) await expect(page.getByText(other)).toHaveCount(0);
  await expect(page.getByLabel("单位名称")).toHaveValue("索引东");

  // By the slug, in capitals.
  await page.goto("/reports?q=IDX-WEST");
  await expect(unitRow(page, "索引西镇")).toHaveCount(1);
  await expect(page.getByRole("rowheader")).toHaveCount(1);
});

test("a search that finds nothing says so, and shows the query as text", async ({ page }) => {
  await page.goto(`/reports?q=${encodeURIComponent("<b>无此单位</b>")}`);
  await expect(page.getByText("没有名称或标识包含“<b>无此单位</b>”的单位。")).toBeVisible();
  expect(await page.locator("main b, h2 b").count()).toBe(0);
  await expect(page.getByRole("table")).toHaveCount(0);

  const long = "镇".repeat(80);
  await page.goto(`/reports?q=${encodeURIComponent(long)}`);
  await expect(page.getByLabel("单位名称")).toHaveValue("镇".repeat(50));
});

test("the county's units are grouped by kind, with a unit that has not published marked 未公开 for the year", async ({ page }) => {
  await page.goto(`/reports?year=${YEAR}&q=${encodeURIComponent("索引")}`);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`${YEAR}年度报告：名称包含“索引”的单位（5 个）`);
  const county = page.getByRole("region", { name: "索引测试县" });
  await expect(county.locator("caption")).toHaveText(["乡镇（2）", "街道（1）", "县级部门（1）"]);
  await expect(county.getByText(`本级 ${YEAR} 年度：未公开`)).toBeVisible();

  const east = unitRow(page, "索引东镇");
  await expect(east.getByRole("link", { name: `索引东镇${YEAR}年度报告已公开` })).toHaveAttribute("href", `/reports/idx-east/${YEAR}`);
  await expect(east.getByRole("link", { name: "索引东镇", exact: true })).toHaveAttribute("href", "/reports/idx-east");
  // A draft is not published.
  await expect(unitRow(page, "索引西镇").getByRole("cell").first()).toHaveText("未公开");

  // The year is in the list with its count, and the search keeps it.
  const years = page.getByRole("navigation", { name: "年度" });
  await expect(years.getByRole("link", { name: `${YEAR}年度` })).toHaveAttribute("aria-current", "page");
  await expect(years.getByRole("listitem").filter({ hasText: `${YEAR}年度` })).toContainText(/已公开 1 \/ \d+/);
  await page.getByLabel("单位名称").fill("索引西");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
  await expect(unitRow(page, "索引西镇").getByRole("cell").first()).toHaveText("未公开");
});

test("sitemap.xml lists a published revision's permanent address and no draft; robots.txt points to it", async ({ request, browser }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
  const xml = await response.text();
  // Absolute addresses, all on one origin (NEXTAUTH_URL, or the server's own address without it).
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  expect(new Set(locs.map((url) => url.origin)).size).toBe(1);
  const paths = locs.map((url) => url.pathname);
  expect(paths).toEqual(expect.arrayContaining([`/reports/idx-east/${YEAR}/r/1`, `/reports/idx-east/${YEAR}`, "/reports/idx-east", "/reports"]));
  expect(xml).not.toContain("idx-west");

  // Well-formed XML in the sitemaps.org namespace, as a browser's parser reads it.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const parser = await context.newPage();
  const parsed = await parser.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return { error: doc.getElementsByTagName("parsererror").length, root: doc.documentElement.namespaceURI, urls: doc.getElementsByTagName("url").length };
  }, xml);
  await context.close();
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  expect(parsed.urls).toBeGreaterThanOrEqual(4);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await robots.text();
  for (const line of ["User-agent: *", "Allow: /", "Disallow: /work", "Disallow: /admin", "Disallow: /login", `Sitemap: ${locs[0].origin}/sitemap.xml`]) {
    expect(text.split("\n")).toContain(line);
  }
});

test("a report page carries its title, description and Open Graph tags", async ({ page }) => {
  await page.goto(`/reports/idx-east/${YEAR}`);
  const title = `索引东镇${YEAR}年政府信息公开工作年度报告`;
  await expect(page).toHaveTitle(new RegExp(`^${title}`));
  const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute("content");
  expect(await meta('name="description"')).toMatch(new RegExp(`^${title}，.*发布。本年度新收政府信息公开申请 \\d+ 件，办结 \\d+ 件。`));
  expect(await meta('property="og:title"')).toBe(title);
  expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
  expect(await meta('property="og:type"')).toBe("article");
});

test.describe("accessibility", () => {
  // axe runs as a script in the page; the pages themselves have none.
  test.use({ javaScriptEnabled: true });

  test("the index and a search result pass the accessibility audit", async ({ page }) => {
    await page.goto("/reports");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/reports?year=${YEAR}&q=${encodeURIComponent("索引")}`);
    await expect(page.getByRole("link", { name: `索引东镇${YEAR}年度报告已公开` })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
