import { expect, test } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { ownRowLabel, requireCell } from "./factories";

// Public pages are complete without JavaScript (design.md §6).
test.use({ javaScriptEnabled: false });

const gov2021 = getFormat("gov-2021");
const legacy2014 = getFormat("legacy-2014");

test("pingtan 2021 is rendered on the server with the template's spans and numbers", async ({ page }) => {
  const response = await page.goto("/reports/pingtan/2021");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("平潭综合实验区");

  // 三、本年度办理结果: the group above every outcome row, printed once over 22 rows.
  const outcomeGroup = requireCell(gov2021, "t3.granted.natural").rowPath?.[0];
  await expect(page.locator('th[rowspan="22"], td[rowspan="22"]')).toHaveText(outcomeGroup ?? "");

  const newTotal = requireCell(gov2021, "t3.new.total");
  const newRow = page.getByRole("row").filter({ hasText: ownRowLabel(newTotal) });
  await expect(newRow.getByRole("cell").last()).toHaveText("70");
});

test("wenchang 2018 (legacy format) shows the table's 186 and 223", async ({ page }) => {
  const response = await page.goto("/reports/wenchang/2018");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("文昌镇");
  for (const [key, value] of [
    ["t1.proactive_total.value", "186"],
    ["t1.ch_website.value", "223"],
  ] as const) {
    const row = page.getByRole("row").filter({ hasText: ownRowLabel(requireCell(legacy2014, key)) });
    await expect(row.getByRole("cell").last(), key).toHaveText(value);
  }
});

test("data.csv starts with a UTF-8 byte order mark", async ({ request }) => {
  const response = await request.get("/reports/pingtan/2021/data.csv");
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});
