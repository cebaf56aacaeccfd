// Logging in, and the factories that make reports through the UI the way a person does.
import fs from "node:fs";
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import type { CellDef } from "../lib/formats/types";
import { CREDENTIALS_FILE, E2E_ACCOUNTS, E2E_CONTEXT, type Who } from "./environment";

let passwords: Record<Who, string> | undefined;

/** The random password of a prepared account (written at start-up). */
export function passwordOf(who: Who): string {
  passwords ??= JSON.parse(fs.readFileSync(CREDENTIALS_FILE, "utf8")) as Record<Who, string>;
  return passwords[who];
}

/** Fills and sends the real /login form (at `from`); where it leads is the caller's to check. */
export async function submitLogin(page: Page, username: string, password: string, from = "/login"): Promise<void> {
  await page.goto(from);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in through the real /login form and waits until the application lets the user in. */
export async function loginAs(page: Page, who: Who): Promise<void> {
  await submitLogin(page, E2E_ACCOUNTS[who].username, passwordOf(who));
  await expect(page).not.toHaveURL(/\/login/);
}

/** A browser context of its own (own cookies) with the project's settings. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(E2E_CONTEXT);
}

/**
 * `pageAs(who)`: a signed-in page for each person a test needs, each in its own context,
 * closed when the test ends. `visitor`: a page for someone who is not signed in.
 */
export const test = base.extend<{ pageAs: (who: Who) => Promise<Page>; visitor: Page }>({
  pageAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (who) => {
      const context = await newContext(browser);
      contexts.push(context);
      const page = await context.newPage();
      await loginAs(page, who);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  visitor: async ({ browser }, use) => {
    const context = await newContext(browser);
    await use(await context.newPage());
    await context.close();
  },
});

export { expect };

/**
 * Staff creates the unit's report for `year` on the dashboard and lands in its editor;
 * returns the editor's URL. A report that exists already (a retried test) is opened instead.
 */
export async function createDraftReport(page: Page, year: number): Promise<string> {
  await page.goto("/dashboard");
  const existing = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `${year}年`, exact: true }) });
  if ((await existing.count()) > 0) {
    await existing.getByRole("link").first().click();
  } else {
    await page.getByLabel("年度", { exact: true }).fill(String(year));
    await page.getByRole("button", { name: "新建年度报告" }).click();
  }
  await page.waitForURL(/\/work\/[^/]+$/);
  await expect(saveButton(page)).toBeVisible();
  return page.url();
}

/**
 * The table input of one official cell: its accessible name contains the official row
 * label and column label (design.md §8); a money cell may add its unit.
 */
export function cellInput(page: Page, cell: CellDef): Locator {
  return page.getByLabel(`${cell.rowLabel} ${cell.columnLabel}`);
}

/** Types each value; a total the system derives (shown, not typed) is left to the system. */
export async function fillCells(page: Page, cells: readonly CellDef[], values: Record<string, number>): Promise<void> {
  for (const cell of cells) {
    const input = cellInput(page, cell);
    if ((await input.getAttribute("data-derived")) !== null) continue;
    await input.fill(String(values[cell.key]));
  }
}

export function saveButton(page: Page): Locator {
  return page.getByRole("button", { name: "保存", exact: true });
}

/** The editor's save status line when everything is saved (已保存 14:32). */
export function savedStatus(page: Page): Locator {
  return page.getByRole("status").filter({ hasText: /^已保存/ });
}

/** Clicks 保存 and waits until the editor says that every change is saved. */
export async function save(page: Page): Promise<void> {
  await saveButton(page).click();
  await expect(savedStatus(page)).toBeVisible();
}

/** Clicks 提交审核 and waits until the editor confirms it. */
export async function submitForReview(staff: Page): Promise<void> {
  await staff.getByRole("button", { name: "提交审核" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已提交审核" })).toBeVisible();
}
