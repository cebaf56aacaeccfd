import { seriousViolations } from "./axe";
import { createDraftReport, expect, test } from "./helpers";

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
