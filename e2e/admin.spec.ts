// 单位管理 and 账号管理 in the browser while the server runs: a new unit and account, the
// forced change of the 初始密码, 停用 ending an open session, 启用, and 重置密码's one-time password.
import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { E2E_ACCOUNTS } from "./environment";
import { expect, newContext, submitLogin, test } from "./helpers";

test.describe.configure({ mode: "serial" });

// New names on every run: a retried run (a new worker) does not meet the unit and account of the failed one.
const run = Date.now().toString(36);
const UNIT = { slug: `e2e-new-${run}`, name: `新建镇${run}` };
const USER = { username: `e2e-new-${run}`, displayName: "新同事", initial: "Initial-pass-2026" };
/** The password the new user chooses; each test that changes it sets the next one here. */
let currentPassword = "";

function accountRow(page: Page, username: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: username, exact: true }) });
}

/** At /account: the password the user has, and a new one twice. */
async function changePassword(page: Page, from: string, to: string): Promise<void> {
  await expect(page).toHaveURL(/\/account$/);
  await page.getByLabel("当前密码").fill(from);
  await page.getByLabel("新密码", { exact: true }).fill(to);
  await page.getByLabel("确认新密码").fill(to);
  await page.getByRole("button", { name: "修改密码" }).click();
}

async function expectOwnDashboard(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${UNIT.name}年度报告`);
}

test("an admin creates a unit and an account; the new user must change the 初始密码 before reaching their dashboard", async ({ pageAs, visitor }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/units");
  await admin.getByLabel("单位名称").fill(UNIT.name);
  await admin.getByLabel("标识").fill(UNIT.slug);
  await admin.getByLabel("上级单位").selectOption("shapotou");
  await admin.getByLabel("单位类型").selectOption({ label: "乡镇" });
  await admin.getByRole("button", { name: "新建单位" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `已新建单位“${UNIT.name}”` })).toBeVisible();
  const unitRow = admin.getByRole("row").filter({ hasText: UNIT.slug });
  await expect(unitRow.getByRole("cell")).toHaveText([UNIT.slug, "乡镇", "中卫市沙坡头区", "0"]);

  // A slug in use is refused and what was typed stays in the form.
  await admin.getByLabel("单位名称").fill("重复镇");
  await admin.getByLabel("标识").fill(UNIT.slug);
  await admin.getByLabel("单位类型").selectOption({ label: "乡镇" });
  await admin.getByRole("button", { name: "新建单位" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: `单位标识“${UNIT.slug}”已存在。` })).toBeVisible();
  await expect(admin.getByLabel("单位名称")).toHaveValue("重复镇");

  await admin.goto("/admin/users");
  await admin.getByLabel("用户名").fill(USER.username);
  await admin.getByLabel("姓名").fill(USER.displayName);
  await admin.getByLabel("角色").selectOption({ label: "填报人员" });
  await admin.getByLabel("单位", { exact: true }).selectOption(UNIT.slug);
  await admin.getByLabel("初始密码").fill(USER.initial);
  await admin.getByRole("button", { name: "新建用户" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `已新建账号 ${USER.username}` })).toBeVisible();
  await expect(accountRow(admin, USER.username).getByRole("cell").first()).toHaveText(USER.displayName);
  await expect(accountRow(admin, USER.username)).toContainText("正常");
  await expect(accountRow(admin, USER.username)).toContainText("从未登录");

  await submitLogin(visitor, USER.username, USER.initial);
  await expect(visitor).toHaveURL(/\/account$/);
  // Every other signed-in page sends the user back until the password is changed.
  await visitor.goto("/dashboard");
  await expect(visitor).toHaveURL(/\/account$/);
  await changePassword(visitor, USER.initial, USER.initial);
  await expect(visitor.getByRole("alert").filter({ hasText: "新密码不能与当前密码相同" })).toBeVisible();
  currentPassword = "Own-choice-2026";
  await changePassword(visitor, USER.initial, currentPassword);
  await expectOwnDashboard(visitor);

  await admin.reload();
  await expect(accountRow(admin, USER.username)).not.toContainText("从未登录");
});

test("停用 ends the user's open session at their next request; 启用 lets them in again; 重置密码's one-time password logs in once", async ({ pageAs, browser }) => {
  const admin = await pageAs("admin");
  const userContext = await newContext(browser);
  const user = await userContext.newPage();
  await submitLogin(user, USER.username, currentPassword);
  await expectOwnDashboard(user);

  await admin.goto("/admin/users");
  await accountRow(admin, USER.username).getByRole("button", { name: "停用" }).click();
  await expect(accountRow(admin, USER.username)).toContainText("已停用");

  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await submitLogin(user, USER.username, currentPassword);
  await expect(user.getByRole("alert").filter({ hasText: "账号已停用，请联系系统管理员。" })).toBeVisible();

  await accountRow(admin, USER.username).getByRole("button", { name: "启用" }).click();
  await expect(accountRow(admin, USER.username)).toContainText("正常");
  await submitLogin(user, USER.username, currentPassword);
  await expectOwnDashboard(user);

  await accountRow(admin, USER.username).getByRole("button", { name: "重置密码" }).click();
  const shown = accountRow(admin, USER.username).getByText(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
  await expect(shown).toBeVisible();
  const oneTime = (await shown.textContent()) ?? "";
  expect(await seriousViolations(admin)).toEqual([]);

  // The reset ended the open session too; the old password no longer works.
  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await submitLogin(user, USER.username, currentPassword);
  await expect(user.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await submitLogin(user, USER.username, oneTime);
  const next = "After-reset-2026";
  await changePassword(user, oneTime, next);
  currentPassword = next;
  await expectOwnDashboard(user);

  // Shown once: the page reloaded no longer has it.
  await admin.reload();
  await expect(admin.getByText(oneTime)).toHaveCount(0);
  await userContext.close();
});

test("a reviewer manages only the staff accounts of the units below; staff get 404 on /admin", async ({ pageAs }) => {
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/admin/users");
  await expect(accountRow(reviewer, E2E_ACCOUNTS.staff.username)).toHaveCount(1);
  await expect(accountRow(reviewer, USER.username)).toHaveCount(1);
  for (const other of [E2E_ACCOUNTS.reviewer, E2E_ACCOUNTS.admin]) await expect(accountRow(reviewer, other.username)).toHaveCount(0);
  await expect(reviewer.getByLabel("角色").locator("option")).toHaveText(["填报人员"]);
  await expect(reviewer.getByRole("link", { name: "单位管理" })).toHaveCount(0);
  expect((await reviewer.goto("/admin/units"))?.status()).toBe(404);

  const staff = await pageAs("staff");
  await expect(staff.getByRole("link", { name: "账号管理" })).toHaveCount(0);
  await expect(staff.getByRole("link", { name: "修改密码" })).toBeVisible();
  for (const path of ["/admin/units", "/admin/users", `/admin/units/${UNIT.slug}`]) {
    expect((await staff.goto(path))?.status(), path).toBe(404);
  }
});
