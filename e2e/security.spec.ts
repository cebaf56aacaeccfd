// The security headers of every kind of response, the pages working under the
// Content-Security-Policy, the session cookie, and logging in and out without JavaScript.
// The test server runs `next start` (production) without NEXTAUTH_URL (playwright.config.ts).
import type { APIResponse, Browser, Page } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_BASE_URL, E2E_CONTEXT } from "./environment";
import { createDraftReport, expect, passwordOf, submitLogin, test } from "./helpers";
import { LOGIN_ERRORS } from "../lib/auth/login-error";
import { servesPublicDocument } from "../lib/http/public-paths";

const PUBLIC_REPORT = "/reports/wenchang/2018";

function expectCommonHeaders(response: APIResponse, what: string): string {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // Served over plain HTTP, without a trusted proxy saying otherwise: no HSTS.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  // The public documents have no script at all and a policy of their own (lib/http/security-headers.ts).
  const directives = servesPublicDocument(new URL(response.url()).pathname)
    ? ["default-src 'none'", "script-src 'none'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]
    : ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];
  for (const directive of directives) expect(policy, what).toContain(directive);
  expect(policy, what).not.toContain("unsafe-inline");
  expect(policy, what).not.toContain("unsafe-eval");
  return policy;
}

function nonceOf(policy: string): string {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce!;
}

test("pages, downloads, route handlers and static files carry the security headers; each page has its own nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/login", "/login?callbackUrl=%2Fdashboard", "/no-such-page", "/account", "/login?error=x"]) {
    const response = await request.get(path);
    const policy = expectCommonHeaders(response, path);
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    const nonce = nonceOf(policy);
    nonces.add(nonce);
    // Next.js puts the request's nonce on every script of the page, and no script goes without it.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(5);

  const html = await (await request.get("/login")).text();
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(stylesheet && script).toBeTruthy();
  for (const path of [`${PUBLIC_REPORT}/data.csv`, `${PUBLIC_REPORT}/data.xlsx`, `${PUBLIC_REPORT}/report.docx`, "/api/auth/session", "/icon.svg", stylesheet!, script!]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectCommonHeaders(response, path);
  }
});

test("the public documents carry no script, the same policy for everyone, and headers that let shared caches keep them", async ({ request }) => {
  const policies = new Set<string>();
  for (const path of ["/reports", PUBLIC_REPORT, `${PUBLIC_REPORT}/data.json`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = expectCommonHeaders(response, path);
    expect(policy, path).not.toContain("nonce-");
    policies.add(policy);
    expect(response.headers()["cache-control"], path).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(response.headers()["etag"], path).toMatch(/^W\/"/);
    expect(response.headers()["last-modified"], path).toBeTruthy();
    expect(response.headers()["set-cookie"], path).toBeUndefined();
    if (path !== `${PUBLIC_REPORT}/data.json`) expect(await response.text(), path).not.toMatch(/<script\b/i);
  }
  expect(policies.size).toBe(1);
  const html = await (await request.get(PUBLIC_REPORT)).text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  const css = await request.get(stylesheet!);
  expect(css.status()).toBe(200);
  expect(css.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expectCommonHeaders(css, stylesheet!);
});

/** Every CSP violation and console error of the page from now on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

async function expectCleanUnderPolicy(page: Page, paths: string[]): Promise<void> {
  const problemsSoFar = await watchPolicy(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    if (servesPublicDocument(new URL(page.url()).pathname)) {
      // A public document: styled by its one stylesheet, and nothing to run.
      expect(response?.headers()["content-security-policy"], path).toContain("script-src 'none'");
      expect(await page.locator("script").count(), path).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).borderBottomStyle), path).toBe("solid");
    } else {
      expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
      // The scripts ran (hydration): the page's buttons are React's, and the router is there.
      await expect.poll(() => page.evaluate(() => "next" in window), { message: path }).toBe(true);
    }
    expect(await problemsSoFar(), path).toEqual([]);
  }
}

test("the public pages and the login work under the policy without a violation", async ({ visitor }) => {
  await expectCleanUnderPolicy(visitor, ["/login", "/reports", PUBLIC_REPORT]);
});

test("staff's editor, a reviewer's pages and the admin pages work under the policy without a violation", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  const editor = new URL(await createDraftReport(staff, 2019)).pathname;
  await expectCleanUnderPolicy(staff, ["/dashboard", editor, "/register", "/account"]);
  await expectCleanUnderPolicy(await pageAs("reviewer"), ["/review", "/review/tracker", "/review/rollup"]);
  await expectCleanUnderPolicy(await pageAs("admin"), ["/admin/units", "/admin/users"]);
});

test("the session cookie is Secure and HttpOnly in production though NEXTAUTH_URL is not set", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  const cookies = await staff.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", secure: true, httpOnly: true, sameSite: "Lax" });
});

test("退出 stays on this site's origin without NEXTAUTH_URL and ends the session", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.goto("/dashboard");
  await staff.getByRole("button", { name: "退出" }).click();
  await expect(staff).toHaveURL(`${E2E_BASE_URL}/reports`);
  await staff.goto("/dashboard");
  await expect(staff).toHaveURL(/\/login/);
});

test("next-auth's own routes (for HTTP clients) log in and out with redirects that stay on this origin", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  try {
    const csrf = async () => ((await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const login = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken: await csrf(), username: E2E_ACCOUNTS.staff.username, password: passwordOf("staff"), callbackUrl: "/dashboard" },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
    expect(login.headers()["location"]).toBe("/dashboard");
    const session = login.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.includes("session-token"));
    expect(session?.value).toMatch(/^__Secure-next-auth\.session-token=.+; Path=\/; .*HttpOnly; Secure; SameSite=Lax/i);

    const logout = await api.post("/api/auth/signout", { form: { csrfToken: await csrf(), callbackUrl: "/reports" }, maxRedirects: 0 });
    expect(logout.status()).toBe(302);
    expect(logout.headers()["location"]).toBe("/reports");
  } finally {
    await api.dispose();
  }
});

// ---------------------------------------------------------------- without JavaScript

/** A page of a browser context of its own with JavaScript off, closed when `use` ends. */
async function withoutJavaScript(browser: Browser, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ ...E2E_CONTEXT, javaScriptEnabled: false });
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}

test.describe("without JavaScript", () => {
  test("a login works, goes to the page asked for, and 退出 ends it on this origin", async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await submitLogin(page, E2E_ACCOUNTS.staff.username, passwordOf("staff"), "/login?callbackUrl=%2Fregister");
      await expect(page).toHaveURL(`${E2E_BASE_URL}/register`);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/dashboard$/);
      await page.getByRole("button", { name: "退出" }).click();
      await expect(page).toHaveURL(`${E2E_BASE_URL}/reports`);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/login/);
    });
  });

  test("a wrong password shows the fixed message and keeps the page asked for", async ({ browser }) => {
    await withoutJavaScript(browser, async (page) => {
      await submitLogin(page, E2E_ACCOUNTS.staff.username, "not-the-password", "/login?callbackUrl=%2Fregister");
      await expect(page).toHaveURL(/\/login\?error=invalid&callbackUrl=%2Fregister$/);
      await expect(page.getByRole("alert")).toHaveText(LOGIN_ERRORS.invalid);
    });
  });

  test("guessing on meets the throttle's growing waits and its message", async ({ browser }) => {
    const ghost = `nojs-ghost-${Date.now().toString(36)}`;
    await withoutJavaScript(browser, async (page) => {
      // Five free failures, then each attempt must wait twice as long as the one before:
      // attempts sent one after another meet the wait within a few more.
      let shown = "";
      for (let attempt = 1; attempt <= 12 && shown !== LOGIN_ERRORS.throttled; attempt++) {
        await submitLogin(page, ghost, "wrong-password");
        await expect(page).toHaveURL(/\/login\?error=/);
        shown = (await page.getByRole("alert").textContent()) ?? "";
        if (attempt <= 5) expect(shown).toBe(LOGIN_ERRORS.invalid);
      }
      expect(shown).toBe(LOGIN_ERRORS.throttled);
      await expect(page).toHaveURL(/\/login\?error=throttled$/);
    });
  });

  test("an account with an 初始密码 is sent to 修改密码 after the login", async ({ browser, pageAs }) => {
    const admin = await pageAs("admin");
    const username = `e2e-nojs-${Date.now().toString(36)}`;
    const initial = "Initial-pass-2026";
    await admin.goto("/admin/users");
    await admin.getByLabel("用户名").fill(username);
    await admin.getByLabel("姓名").fill("无脚本同事");
    await admin.getByLabel("角色").selectOption({ label: "填报人员" });
    await admin.getByLabel("单位", { exact: true }).selectOption(E2E_ACCOUNTS.staff.org);
    await admin.getByLabel("初始密码").fill(initial);
    await admin.getByRole("button", { name: "新建用户" }).click();
    await expect(admin.getByRole("status").filter({ hasText: `已新建账号 ${username}` })).toBeVisible();

    await withoutJavaScript(browser, async (page) => {
      await submitLogin(page, username, initial, "/login?callbackUrl=%2Fdashboard");
      await expect(page).toHaveURL(/\/account$/);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/account$/);
    });
  });
});
