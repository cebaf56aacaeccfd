// 导入报告 (/import): a unit's staff read a published report's text, see the source beside the
// table as read (an unreadable cell highlighted, the findings) and save it as their draft; an
// admin brings a report in as it was published, defect and real 发布日期 included; the option
// to publish is only offered over the units one reviews; bad files get one line, the form kept.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import { reportDocx } from "../lib/export/docx";
import { getFormat } from "../lib/formats";
import { requireCell } from "../lib/rules/labels";
import { REPORT_LIMITS } from "../lib/uploads/limits";
import { deflatedEntry, repeatedEntry } from "../lib/uploads/testing";
import { zipArchive, type ZipEntry } from "../lib/uploads/zip";
import { unpackEntry, zipDirectory } from "../lib/uploads/zip-read";
import { seriousViolations } from "./axe";
import { E2E_CONTEXT, E2E_DATABASE_URL } from "./environment";
import { cellInput, expect, submitLogin, test } from "./helpers";

test.describe.configure({ mode: "serial" });

const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const COUNTY: { slug: string; name: string; kind: string; parent?: string } = { slug: "upl-county", name: "导入测试县", kind: "county" };
const TOWN = { slug: "upl-town", name: "导入测试镇", kind: "township", parent: COUNTY.slug };
const VILLAGE = { slug: "upl-village", name: "导入测试乡", kind: "township", parent: COUNTY.slug };
const STAFF = { username: "upl-staff", role: "staff", org: TOWN.slug, password: "Upload-staff-2026" };
const REVIEWER = { username: "upl-reviewer", role: "reviewer", org: COUNTY.slug, password: "Upload-review-2026" };

const SEED = fs.readFileSync(path.resolve("../shared/seeds/000_8522b7fa46d6f532.txt"), "utf8");
/** The seed as an OCR might give it: 政务微博公开政府信息数 printed "约34". */
const SEED_UNCERTAIN = SEED.replace(/^(3\. 政务微博公开政府信息数\t条\t)34$/m, "$1约34");
const format = getFormat("legacy-2014");
const website = requireCell(format, "t1.ch_website.value");

/** The command line on the server's database (it reaches a running server's embedded database through its socket). */
function nianbao(args: string[], input?: string): { status: number | null; output: string } {
  const result = spawnSync("npm", ["run", "--silent", "nianbao", "--", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
    input,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test.beforeAll(() => {
  expect(SEED_UNCERTAIN).not.toBe(SEED);
  // A retry finds the units and accounts there.
  for (const unit of [COUNTY, TOWN, VILLAGE]) {
    const parent = unit.parent ? ["--parent", unit.parent] : [];
    const { status, output } = nianbao(["org", "add", "--slug", unit.slug, "--name", unit.name, "--kind", unit.kind, ...parent]);
    if (status !== 0 && !/已存在/.test(output)) throw new Error(output);
  }
  for (const user of [STAFF, REVIEWER]) {
    const { status, output } = nianbao(["user", "add", "--username", user.username, "--role", user.role, "--org", user.org], `${user.password}\n`);
    if (status !== 0 && !/已存在/.test(output)) throw new Error(output);
  }
});

async function signedIn(browser: Browser, user: { username: string; password: string }, width = 1280): Promise<Page> {
  const context = await browser.newContext({ ...E2E_CONTEXT, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await submitLogin(page, user.username, user.password);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

function fileField(page: Page) {
  return page.getByLabel("报告文件（.txt、.html、.htm 或 .docx）");
}

async function read(page: Page, name: string, content: string | Buffer): Promise<void> {
  await fileField(page).setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "读取", exact: true }).click();
}

/** The page as it is, at 1280 and at 390 px wide (SCREENSHOT_DIR); at 390 nothing is wider than the screen. */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: size.height });
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOTS}/import-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

test("staff read a report's text, see the source beside the table with the unreadable cell and the findings, and save it as their draft", async ({ browser }) => {
  const staff = await signedIn(browser, STAFF);
  await staff.goto("/dashboard");
  await staff.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "导入报告" }).click();
  await expect(staff).toHaveURL(/\/import$/);
  await expect(staff.getByText(`单位：${TOWN.name}`)).toBeVisible();
  await shoot(staff, "empty");

  await read(staff, "文昌镇2018年报告.txt", SEED_UNCERTAIN);
  await expect(staff.getByRole("heading", { name: "读取结果（尚未保存）" })).toBeVisible();
  await expect(staff.getByText(/按《.+》（legacy-2014）读取：读出 \d+ 个单元格，1 个未能确定而留空/)).toBeVisible();
  // the source as read, its table as a table
  const source = staff.getByRole("region", { name: "原文内容" });
  await expect(source.getByRole("cell", { name: "约34", exact: true })).toBeVisible();
  // the cell that could not be read: listed with what was printed and why, and highlighted in the table
  const uncertain = staff.getByRole("region", { name: /未能确定、已留空的单元格/ });
  await expect(uncertain.getByRole("row").filter({ hasText: "约34" })).toContainText("不是数字");
  const parsed = staff.locator(".reading-parsed");
  const weibo = parsed.getByRole("row", { name: /^3\.政务微博公开政府信息数/ }).locator("td.cell-flag-warning");
  await expect(weibo).toHaveText("（警告）");
  await expect(parsed.getByRole("row", { name: /^2\.政府网站公开政府信息数/ })).toContainText("223");
  // the findings: the narrative against the table (412 vs 186) and the unreadable cell
  const findings = parsed.locator(".findings-list");
  await expect(findings.getByText("N1").first()).toBeVisible();
  await expect(findings).toContainText("412");
  await expect(findings).toContainText("未能读出：原文印作“约34”");
  // a unit's staff may save a draft, not publish a past report
  await expect(staff.getByRole("button", { name: "保存为草稿" })).toBeVisible();
  await expect(staff.getByRole("button", { name: "作为往年已发布的报告导入" })).toHaveCount(0);
  await expect(staff.getByText("将新建该单位 2018 年度的报告，读取的内容保存为草稿。")).toBeVisible();
  expect(await seriousViolations(staff)).toEqual([]);
  await shoot(staff, "read");

  await staff.getByRole("button", { name: "保存为草稿" }).click();
  await staff.waitForURL(/\/work\/[^/]+$/);
  await expect(cellInput(staff, website)).toHaveValue("223");

  // read again: the page says what saving would do to the draft that now exists
  await staff.goto("/import");
  await read(staff, "文昌镇2018年报告.txt", SEED_UNCERTAIN);
  await expect(staff.getByText(/该单位 2018 年度已有报告（草稿）：保存后其工作稿的全部单元格和文字被读取的内容替换。/)).toBeVisible();
});

test("the page on a phone: the source and the result one above the other, nothing wider than the screen", async ({ browser }) => {
  const staff = await signedIn(browser, STAFF, 390);
  await staff.goto("/import");
  await read(staff, "文昌镇2018年报告.txt", SEED_UNCERTAIN);
  await expect(staff.getByRole("heading", { name: "读取结果（尚未保存）" })).toBeVisible();
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const sourceBox = await staff.locator(".reading-source").boundingBox();
  const parsedBox = await staff.locator(".reading-parsed").boundingBox();
  expect(parsedBox!.y).toBeGreaterThan(sourceBox!.y + sourceBox!.height - 1);
});

test("bad files: one line saying what is wrong, the form as it was, nothing saved", async ({ browser }) => {
  const staff = await signedIn(browser, STAFF);
  await staff.goto("/import");
  await staff.getByLabel("格式（选填）").selectOption("legacy-2014");
  const alert = staff.getByRole("alert").filter({ hasText: "无法读取" });

  const random = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
  await read(staff, "随机.txt", random);
  await expect(alert).toHaveText(/^无法读取“随机\.txt”：[^\n]+。$/);
  await expect(staff.getByLabel("格式（选填）")).toHaveValue("legacy-2014");
  expect(await fileField(staff).evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("随机.txt");
  expect(await seriousViolations(staff)).toEqual([]);
  await shoot(staff, "bad-file");

  await read(staff, "note.txt", "今天天气很好。\n明天见。\n");
  await expect(alert).toHaveText(/^无法读取“note\.txt”：未能识别为政府信息公开工作年度报告/);

  // a .docx that unpacks to far more than any report: refused on its size, not unpacked
  const unit = "<w:p><w:r><w:t>数</w:t></w:r></w:p>";
  const bomb = zipArchive([
    deflatedEntry("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    await repeatedEntry("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>', unit, 3_000_000, "</w:body></w:document>"),
  ]);
  await read(staff, "报告.docx", bomb);
  await expect(alert).toHaveText(/^无法读取“报告\.docx”：.*(解压后超过|倍)/);

  // 20 MB: refused before it is sent
  await fileField(staff).setInputFiles({ name: "大文件.txt", mimeType: "text/plain", buffer: Buffer.alloc(20 * 1024 * 1024, 0x41) });
  await staff.getByRole("button", { name: "读取", exact: true }).click();
  await expect(staff.getByText(`无法读取：文件超过 ${REPORT_LIMITS.fileBytes / 1024 / 1024} MB（20 MB），不是一份年度报告。`)).toBeVisible();
  await expect(staff.getByRole("heading", { name: "读取结果（尚未保存）" })).toHaveCount(0);
  await shoot(staff, "too-large");
});

test("a Word file of 12 MB, most of it a photo, is read whole (over the 10 MB at which a request body used to be cut)", async ({ browser }) => {
  const docx = await reportDocx({ format: "legacy-2014", year: 2016, orgName: TOWN.name, scope: "own", cells: { [website.key]: 418 }, sections: {}, publishedAt: null, revision: null });
  const entries: ZipEntry[] = zipDirectory(docx).map((entry) => {
    const { data } = unpackEntry(docx, entry);
    return { name: entry.name, method: 8, stored: zlib.deflateRawSync(data), size: data.length, crc32: zlib.crc32(data) };
  });
  const photo = crypto.randomBytes(12 * 1024 * 1024);
  entries.push({ name: "word/media/image1.jpeg", method: 0, stored: photo, size: photo.length, crc32: zlib.crc32(photo) });
  const large = zipArchive(entries);
  expect(large.length).toBeGreaterThan(12 * 1024 * 1024);
  expect(large.length).toBeLessThan(REPORT_LIMITS.fileBytes);

  const staff = await signedIn(browser, STAFF);
  await staff.goto("/import");
  await read(staff, "带照片的报告.docx", large);
  await expect(staff.getByRole("heading", { name: "读取结果（尚未保存）" })).toBeVisible({ timeout: 30_000 });
  await expect(staff.locator(".reading-parsed").getByRole("row", { name: /^2\.政府网站公开政府信息数/ })).toContainText("418");

  // a body larger than the page takes is refused before it is read
  const oversized = await staff.request.post("/dashboard", { data: Buffer.alloc(5 * 1024 * 1024, 0x61), headers: { "content-type": "text/plain" } });
  expect(oversized.status()).toBe(413);
  expect(await oversized.text()).toBe("提交的内容过大（5 MB），此处最多 4 MB。");
  await staff.context().close();
});

test("an admin brings in a report as it was published: its real 发布日期 and its defect's note on the public page", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/import");
  await admin.getByLabel("单位", { exact: true }).selectOption(VILLAGE.slug);
  await read(admin, "文昌镇2018年度政府信息公开工作年度报告.txt", SEED);
  await expect(admin.getByText("将新建该单位 2018 年度的报告，并按原样发布为第 1 版，公开页面显示原发布日期和检查发现的问题。")).toBeVisible();
  await expect(admin.getByRole("button", { name: "保存为草稿" })).toBeVisible();
  // a date the report cannot have been published on is refused, the reading and the form kept
  await admin.getByLabel("发布日期（必填，原报告发布的日期）").fill("2018-12-31");
  await admin.getByRole("button", { name: "作为往年已发布的报告导入" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "发布日期 2018-12-31 早于 2018 年度结束" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "读取结果（尚未保存）" })).toBeVisible();
  await expect(admin.getByLabel("来源")).toHaveValue("文昌镇2018年度政府信息公开工作年度报告.txt");
  await admin.getByLabel("发布日期（必填，原报告发布的日期）").fill("2019-01-30");
  await shoot(admin, "historical");
  await admin.getByRole("button", { name: "作为往年已发布的报告导入" }).click();
  await admin.waitForURL(new RegExp(`/reports/${VILLAGE.slug}/2018$`));
  await expect(admin.locator('time[datetime="2019-01-30"]').first()).toBeVisible();
  // the published numbers as printed: 186 in the table where the text says 412, and the note that says so
  await expect(admin.getByRole("cell", { name: /^186/ }).first()).toBeVisible();
  await expect(admin.getByText("依据原发布文本导入。")).toBeVisible();
  await expect(admin.getByText(/原报告文字与表格不一致：.*412/).first()).toBeVisible();
  await shoot(admin, "published");

  // bringing it in again says a new revision will be published
  await admin.goto("/import");
  await admin.getByLabel("单位", { exact: true }).selectOption(VILLAGE.slug);
  await read(admin, "文昌镇2018年度政府信息公开工作年度报告.txt", SEED);
  await expect(admin.getByText(/该单位 2018 年度的报告已发布第 1 版：将按原样发布为新的第 2 版/)).toBeVisible();
});

test("the option to publish a past report: a reviewer over the unit gets it (and no draft); a reviewer elsewhere cannot choose the unit", async ({ browser, pageAs }) => {
  const reviewer = await signedIn(browser, REVIEWER);
  await reviewer.goto("/import");
  await reviewer.getByLabel("单位", { exact: true }).selectOption(TOWN.slug);
  await read(reviewer, "报告.txt", SEED);
  await expect(reviewer.getByRole("button", { name: "作为往年已发布的报告导入" })).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "保存为草稿" })).toHaveCount(0);
  // the draft staff saved: the reviewer is told what bringing the report in does to it
  await expect(reviewer.getByText(/该单位 2018 年度已有报告（草稿，尚未发布）：其工作稿被读取的内容替换，并按原样发布为第 1 版。/)).toBeVisible();

  const elsewhere = await pageAs("reviewer");
  await elsewhere.goto("/import");
  const units = elsewhere.getByLabel("单位", { exact: true });
  await expect(units.locator(`option[value="${TOWN.slug}"]`)).toHaveCount(0);
  await expect(units.locator(`option[value="${VILLAGE.slug}"]`)).toHaveCount(0);
});
