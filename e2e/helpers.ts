// Logging in, and the factories that make reports through the UI the way a person does.
import fs from "node:fs";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import type { CellDef } from "../lib/formats/types";
import { CREDENTIALS_FILE, E2E_ACCOUNTS, E2E_BASE_URL, type Who } from "./environment";

let passwords: Record<Who, string> | undefined;

function passwordOf(who: Who): string {
  passwords ??= JSON.parse(fs.readFileSync(CREDENTIALS_FILE, "utf8")) as Record<Who, string>;
  return passwords[who];
}

/** Signs in through the real /login form and waits until the application lets the user in. */
export async function loginAs(page: Page, who: Who): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(E2E_ACCOUNTS[who].username);
  await page.getByLabel("密码").fill(passwordOf(who));
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A page of its own (own cookies) for one person, already signed in. */
export async function pageFor(browser: Browser, who: Who): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await loginAs(page, who);
  return page;
}

/** A page of its own for a visitor who is not signed in. */
export async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  return context.newPage();
}

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

export async function fillCells(page: Page, cells: readonly CellDef[], values: Record<string, number>): Promise<void> {
  for (const cell of cells) {
    await cellInput(page, cell).fill(String(values[cell.key]));
  }
}

export function saveButton(page: Page): Locator {
  return page.getByRole("button", { name: "保存", exact: true });
}

/** Clicks 保存 and waits until the editor says that every change is saved. */
export async function save(page: Page): Promise<void> {
  await saveButton(page).click();
  await expect(page.getByText("所有修改均已保存")).toBeVisible();
}
