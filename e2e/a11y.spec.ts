import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createDraftReport, expect, test } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const violation of serious) {
    console.log(
      `[axe] ${page.url()} ${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}  ${node.failureSummary ?? ""}`).join("\n"),
    );
  }
  return serious.map((v) => `${v.id} (${v.nodes.length})`);
}

for (const path of ["/reports/pingtan/2021", "/reports", "/login"]) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the report editor has no serious or critical accessibility violation", async ({ pageAs }) => {
  const page = await pageAs("staff");
  await createDraftReport(page, 2027);
  expect(await seriousViolations(page)).toEqual([]);
});

test("单位管理, 账号管理 and 修改密码 have no serious or critical accessibility violation", async ({ pageAs }) => {
  const page = await pageAs("admin");
  for (const path of ["/admin/units", "/admin/users", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
