import { getFormat } from "../lib/formats";
import { requireCell } from "./factories";
import { cellInput, createDraftReport, expect, loginAs, newContext, save, saveButton, test } from "./helpers";

const granted = requireCell(getFormat("gov-2021"), "t3.granted.natural");

test.describe.configure({ mode: "serial" });

let draftEditorUrl = "";

test.beforeAll(async ({ browser }) => {
  const context = await newContext(browser);
  const staff = await context.newPage();
  await loginAs(staff, "staff");
  draftEditorUrl = await createDraftReport(staff, 2026);
  await context.close();
});

test("another unit's staff gets 404 for the draft's editor, page and downloads", async ({ pageAs }) => {
  const other = await pageAs("otherStaff");
  for (const url of [draftEditorUrl, "/reports/e2e-town/2026", "/reports/e2e-town/2026/data.json", "/reports/e2e-town/2026/data.csv"]) {
    const response = await other.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});

test("an anonymous visitor gets 404 for a draft", async ({ visitor }) => {
  for (const url of ["/reports/e2e-town/2026", "/reports/e2e-town/2026/data.json", "/reports/e2e-town/2026/data.csv"]) {
    const response = await visitor.request.get(url);
    expect(response.status(), url).toBe(404);
  }
});

test("a save over someone else's newer save is not written: the conflict is shown and the first value survives", async ({ pageAs }) => {
  // Two people: each browser keeps its own unsaved edits.
  const first = await pageAs("staff");
  const second = await pageAs("staff");
  await first.goto(draftEditorUrl);
  await second.goto(draftEditorUrl);

  await cellInput(first, granted).fill("11");
  await save(first);

  await cellInput(second, granted).fill("22");
  await saveButton(second).click();
  const conflict = second.getByRole("region", { name: /修改冲突/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("group")).toHaveCount(1);

  await first.reload();
  await expect(cellInput(first, granted)).toHaveValue("11");
});

test("another unit's staff gets 'not found' from the save action aimed at the draft, which stays unchanged", async ({ pageAs }) => {
  const victimId = new URL(draftEditorUrl).pathname.split("/").pop() ?? "";
  const other = await pageAs("otherStaff");
  const ownUrl = await createDraftReport(other, 2026);
  const ownId = new URL(ownUrl).pathname.split("/").pop() ?? "";
  expect(ownId).not.toBe(victimId);

  // The browser can only call the actions of pages it may open; aim the save of its own
  // draft at the other unit's report id instead, as a forged request would.
  let forged = 0;
  await other.route(ownUrl, async (route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() === "POST" && body?.includes(ownId)) {
      forged += 1;
      await route.continue({ postData: body.replaceAll(ownId, victimId) });
    } else {
      await route.continue();
    }
  });
  await cellInput(other, granted).fill("99");
  await saveButton(other).click();
  await expect(other.getByRole("status").filter({ hasText: "未找到该内容" })).toBeVisible();
  // Leaving the cell for the button and the button itself each ask for a save: every one is forged.
  expect(forged).toBeGreaterThanOrEqual(1);

  const owner = await pageAs("staff");
  await owner.goto(draftEditorUrl);
  await expect(cellInput(owner, granted)).not.toHaveValue("99");
});
