// The 依申请公开 register: a request from receipt to answer with its working-day deadline,
// 表三 generated from it in the report editor, the applicant's privacy, spreadsheet import,
// a 表四 case, and the admin's holiday calendar.
import type { Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { applicantTypes, caseShape, outcomeOptions } from "../lib/register/structure";
import { CHANNELS, EVENT_KIND_LABELS } from "../lib/register/vocabulary";
import { caseVocabulary } from "../components/register/labels";
import { UPLOAD_LIMITS } from "../lib/uploads/limits";
import { gbk } from "../lib/uploads/testing";
import { seriousViolations } from "./axe";
import { requireCell } from "./factories";
import { cellInput, createDraftReport, expect, savedStatus, test } from "./helpers";

test.describe.configure({ mode: "serial" });

const gov2021 = getFormat("gov-2021");
const natural = applicantTypes().find((c) => c.key === "natural");
const online = CHANNELS.find((c) => c.key === "online");
const granted = outcomeOptions(gov2021).find((o) => o.key === "granted");
const newNatural = requireCell(gov2021, "t3.new.natural");
const grantedNatural = requireCell(gov2021, "t3.granted.natural");
const newTotal = requireCell(gov2021, "t3.new.total");
const carriedOutNatural = requireCell(gov2021, "t3.carried_out.natural");

/** Personal data that must never leave the unit's staff pages. */
const APPLICANT_NAME = "申请人甲乙丙7f3a";
const APPLICANT_CONTACT = "13900007f3a";

let requestUrl = "";

/** The request pages, not /register/new or /register/import. */
const isRequestPage = (url: URL) => /^\/register\/(?!new$|import$)[^/]+$/.test(url.pathname);

function eventForm(page: Page, kind: keyof typeof EVENT_KIND_LABELS) {
  return page.getByRole("form", { name: EVENT_KIND_LABELS[kind] });
}

function eventsTable(page: Page) {
  return page.getByRole("table", { name: "办理环节" });
}

function dueLine(page: Page) {
  return page.getByText("答复期满日：");
}

test("staff records a request, asks 补正, receives it, extends and answers; the due date is explained day by day", async ({ pageAs }) => {
  if (!natural || !granted || !online) throw new Error("no 自然人, 予以公开 or 网络");
  const staff = await pageAs("staff");
  await staff.goto("/register");
  await staff.getByRole("link", { name: "登记新申请" }).click();
  await staff.getByLabel("申请渠道").selectOption({ label: online.label });
  await expect(staff.getByText(`条例第三十一条：${online.receipt}。`)).toBeVisible();
  await staff.getByLabel("收到日期").fill("2025-01-20");
  await staff.getByLabel("申请人类型").selectOption({ label: natural.label });
  await staff.getByLabel("申请人姓名或名称").fill(APPLICANT_NAME);
  await staff.getByLabel("联系方式").fill(APPLICANT_CONTACT);
  await staff.getByLabel("申请内容").fill("2024年本镇道路维修资金的使用情况");
  await staff.getByLabel("获取信息的方式").fill("电子邮件");
  await staff.getByRole("button", { name: "登记", exact: true }).click();
  await staff.waitForURL(isRequestPage);
  requestUrl = staff.url();

  // holidays.md §4: received 2025-01-20, 20 working days across the 2025 Spring Festival.
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("依申请公开申请 2025-0001");
  await expect(dueLine(staff)).toContainText("2025-02-21");
  const explanation = staff.getByRole("table", { name: "期满日 2025-02-21 的逐日计算（共 20 个工作日）" });
  await expect(explanation.getByRole("row", { name: /^2025-01-20/ })).toContainText("收到申请当日不计入");
  await expect(explanation.getByRole("row", { name: /^2025-01-26/ })).toContainText("第 5 个");
  await expect(explanation.getByRole("row", { name: /^2025-01-26/ })).toContainText("调休上班日（春节，国办发明电〔2024〕12号");
  await expect(explanation.getByRole("row", { name: /^2025-01-29/ })).toContainText("不计入");
  await expect(explanation.getByRole("row", { name: /^2025-02-21/ })).toContainText("第 20 个");
  await expect(staff.getByText(APPLICANT_NAME)).toBeVisible();

  await eventForm(staff, "correction_requested").getByLabel("告知补正日期").fill("2025-01-22");
  await staff.getByRole("button", { name: "记录告知补正" }).click();
  await expect(staff.getByText("等待申请人补正")).toBeVisible();

  await eventForm(staff, "correction_received").getByLabel("收到补正日期").fill("2025-02-10");
  await staff.getByRole("button", { name: "记录收到补正" }).click();
  await expect(dueLine(staff)).toContainText("2025-03-10");

  // Too late to extend: refused with the reason, and what was typed stays.
  const extension = eventForm(staff, "extended");
  await extension.getByLabel("延长决定日期").fill("2025-03-11");
  await extension.getByLabel("批准人").fill("王主任");
  await staff.getByRole("button", { name: "记录延长" }).click();
  await expect(extension.getByRole("alert")).toHaveText("答复期限已于 2025-03-10 届满，2025-03-11 不能再延长");
  await expect(extension.getByLabel("批准人")).toHaveValue("王主任");
  await extension.getByLabel("延长决定日期").fill("2025-03-05");
  await staff.getByRole("button", { name: "记录延长" }).click();
  await expect(dueLine(staff)).toContainText("2025-04-08");
  await expect(dueLine(staff)).toContainText("含经批准延长的 20 个工作日");
  await expect(eventsTable(staff).getByRole("row", { name: /^2025-03-05/ })).toContainText("批准人：王主任");

  const answer = eventForm(staff, "answered");
  await answer.getByLabel("办结日期").fill("2025-03-20");
  await answer.getByLabel("办理结果").selectOption({ label: granted.label });
  await staff.getByRole("button", { name: "记录办结" }).click();
  await expect(staff.getByText("已于 2025-03-20 办结，在答复期限内。")).toBeVisible();
  await expect(eventsTable(staff).getByRole("row", { name: /^2025-03-20/ })).toContainText(`办理结果：${granted.label}`);

  // 撤销: an answer recorded by mistake is withdrawn, the request is open again, and answered anew.
  await staff.getByRole("button", { name: "撤销这一环节" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已撤销最近记录的办理环节" })).toBeVisible();
  await expect(eventsTable(staff).getByRole("row", { name: /^2025-03-20/ })).toHaveCount(0);
  await expect(dueLine(staff)).toContainText("2025-04-08");
  await answer.getByLabel("办结日期").fill("2025-03-20");
  await answer.getByLabel("办理结果").selectOption({ label: granted.label });
  await staff.getByRole("button", { name: "记录办结" }).click();
  await expect(staff.getByText("已于 2025-03-20 办结，在答复期限内。")).toBeVisible();
});

test("从登记簿生成 previews 表三 from the register, links each number to its requests, and applies it", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  const editorUrl = await createDraftReport(staff, 2025);
  await staff.getByRole("button", { name: "从登记簿生成" }).click();
  const preview = staff.getByRole("region", { name: "从登记簿生成：预览" });
  await expect(preview.getByRole("heading", { name: "从登记簿生成：预览" })).toBeFocused();

  const previewRow = (label: string) => preview.getByRole("row", { name: new RegExp(`^${label.replace(/[()（）.*+?[\]\\^$|{}]/g, "\\$&")}`) });
  for (const [cell, value] of [
    [newNatural, "1"],
    [grantedNatural, "1"],
    [newTotal, "1"],
    [carriedOutNatural, "0"],
  ] as const) {
    await expect(previewRow(`${cell.rowLabel} · ${cell.columnLabel}`).getByRole("cell").last(), cell.key).toHaveText(new RegExp(`^${value}`));
  }
  const source = previewRow(`${grantedNatural.rowLabel} · ${grantedNatural.columnLabel}`).getByRole("link");
  const sourceUrl = await source.getAttribute("href");
  expect(sourceUrl).toContain(`cell=${grantedNatural.key}`);

  await preview.getByRole("button", { name: "应用" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已从登记簿生成并保存" })).toBeVisible();
  await expect(cellInput(staff, newNatural)).toHaveValue("1");
  await expect(cellInput(staff, grantedNatural)).toHaveValue("1");
  await expect(cellInput(staff, newTotal)).toHaveValue("1");
  await expect(savedStatus(staff)).toBeVisible();

  // Stored, not only shown.
  await staff.goto(editorUrl);
  await expect(cellInput(staff, grantedNatural)).toHaveValue("1");

  // The number links to the request behind it.
  await staff.goto(sourceUrl ?? "");
  await expect(staff.getByText("所计的 1 件申请")).toBeVisible();
  await expect(staff.getByRole("rowheader", { name: "2025-0001" })).toBeVisible();
});

test("the applicant's name and contact stay on the unit's staff pages: not for reviewers, other units, the public or the CSV export", async ({ pageAs, visitor }) => {
  const staff = await pageAs("staff");
  const csv = await staff.request.get("/register/export.csv?org=e2e-town");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("2025-0001");
  expect(text).toContain("2025-01-20");
  expect(text).not.toContain(APPLICANT_NAME);
  expect(text).not.toContain(APPLICANT_CONTACT);

  const reviewer = await pageAs("reviewer");
  expect((await reviewer.goto(requestUrl))?.status()).toBe(200);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("依申请公开申请 2025-0001");
  await expect(reviewer.getByText("2025-04-08").first()).toBeVisible();
  expect(await reviewer.content()).not.toContain(APPLICANT_NAME);
  expect(await reviewer.content()).not.toContain(APPLICANT_CONTACT);
  await expect(reviewer.getByRole("button", { name: "记录收费" })).toHaveCount(0);

  const other = await pageAs("otherStaff");
  expect((await other.goto(requestUrl))?.status()).toBe(404);
  expect((await other.request.get("/register/export.csv?org=e2e-town")).status()).toBe(404);

  expect((await visitor.request.get("/register/export.csv?org=e2e-town")).status()).toBe(401);
  for (const path of ["/reports", "/reports/pingtan/2021", "/reports/e2e-town/2025"]) {
    const response = await visitor.request.get(path);
    expect(await response.text(), path).not.toContain(APPLICANT_NAME);
  }
  await visitor.goto(requestUrl);
  await expect(visitor).toHaveURL(/\/login/);
});

test("a spreadsheet with a bad row imports nothing and names the line; the corrected one is imported", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.goto("/register/import");
  const header = "编号,收到日期,渠道,申请人类型,办结日期,办理结果";
  const upload = (rows: string[]) =>
    staff.getByLabel("登记簿文件（CSV 或 XLSX）").setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });

  await upload(["X-2023-1,2023-03-01,当面,自然人,2023-03-10,granted", "X-2023-2,2023-03-02,电话,自然人,2023-03-20,granted"]);
  await staff.getByRole("button", { name: "导入", exact: true }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "未导入任何记录" })).toBeVisible();
  await expect(staff.getByRole("row", { name: /^第 3 行/ })).toContainText("渠道 “电话” 无法识别");

  await upload(["X-2023-1,2023-03-01,当面,自然人,2023-03-10,granted", "X-2023-2,2023-03-02,传真,商业企业,2023-03-20,（一）予以公开"]);
  await staff.getByRole("button", { name: "导入", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "导入 2 件申请（办理中 0 件，已办结 2 件）" })).toBeVisible();
});

test("a register saved in GBK is imported and said to be GBK; a file over the limit is refused before it is sent", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.goto("/register/import");
  const file = staff.getByLabel("登记簿文件（CSV 或 XLSX）");
  const csv = ["编号,收到日期,渠道,申请人类型,办结日期,办理结果", "X-2023-3,2023-03-03,网络,自然人,,"].join("\r\n");
  await file.setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.from(gbk(csv)) });
  await staff.getByRole("button", { name: "导入", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已按 GBK（GB18030）编码读取。已向" })).toContainText("导入 1 件申请（办理中 1 件，已办结 0 件）");

  await file.setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.alloc(UPLOAD_LIMITS.fileBytes + 512 * 1024, 0x2c) });
  await staff.getByRole("button", { name: "导入", exact: true }).click();
  await expect(staff.getByText("文件超过 4 MB（4.5 MB）：请按年度或单位分成几个文件导入。")).toBeVisible();
});

test("staff records a 行政复议 case and its result for 表四", async ({ pageAs }) => {
  const shape = caseShape();
  const { pendingLabel } = caseVocabulary();
  const staff = await pageAs("staff");
  await staff.goto("/cases");
  await staff.getByLabel("案件类型").selectOption({ label: shape.blocks[0].label });
  await staff.getByLabel("案号（可选）").fill("复议〔2023〕7号");
  await staff.getByLabel("立案日期").fill("2023-05-04");
  await staff.getByRole("button", { name: "登记案件" }).click();
  const row = staff.getByRole("row", { name: /^复议〔2023〕7号/ });
  await expect(row).toContainText(pendingLabel);

  await staff.getByLabel(`案件（${pendingLabel}）`).selectOption({ label: `复议〔2023〕7号（${shape.blocks[0].label}，2023-05-04立案）` });
  await staff.getByLabel("审结结果").selectOption({ label: shape.resultColumns[0].label });
  await staff.getByLabel("审结日期").fill("2023-07-01");
  await staff.getByRole("button", { name: "记录审结" }).click();
  await expect(row).toContainText(shape.resultColumns[0].label);
});

for (const page of ["list", "request"] as const) {
  test(`the register's ${page} page has no serious or critical accessibility violation`, async ({ pageAs }) => {
    const staff = await pageAs("staff");
    const response = await staff.goto(page === "list" ? "/register" : requestUrl);
    expect(response?.status()).toBe(200);
    expect(await seriousViolations(staff)).toEqual([]);
  });
}

test("only an admin sees the holiday calendar; a 2027 notice entered by form is previewed, checked and activated", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  expect((await staff.goto("/calendar"))?.status()).toBe(404);

  const admin = await pageAs("admin");
  await admin.goto("/calendar");
  const form = admin.getByRole("form", { name: "按表单录入" });
  await form.getByLabel("年度").fill("2027");
  await form.getByLabel("通知日期").fill("2026-11-05");
  await form.getByLabel("文号（可选）").fill("国办发明电〔2026〕99号");
  await form.getByLabel("节日名称").fill("元旦");
  await form.getByLabel("放假开始日期").fill("2027-01-01");
  await form.getByLabel("放假结束日期").fill("2027-01-01");
  await form.getByRole("button", { name: "保存为草稿并预览" }).click();
  await admin.waitForURL(/\/calendar\/[^/]+$/);

  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("国务院办公厅关于2027年部分节假日安排的通知");
  // One day of rest against the 13 statutory days: a warning to acknowledge, not an error.
  await expect(admin.getByRole("heading", { name: "提示（1）：请核对后确认" })).toBeVisible();
  await expect(admin.getByRole("table", { name: /生效后发生变化的日子/ }).getByRole("row", { name: /^2027-01-01/ })).toContainText("国办发明电〔2026〕99号");
  // Requests received in the last weeks of a year (by other tests, on the day they run) reach
  // into 2027: how many there are depends on the date, not on this notice.

  await admin.getByRole("button", { name: "生效", exact: true }).click();
  await expect(admin.getByLabel(/我已核对以上 1 条提示/)).toBeFocused();
  await admin.getByLabel(/我已核对以上 1 条提示/).check();
  await admin.getByRole("button", { name: "生效", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已生效" })).toContainText(/重新计算了 \d+ 件未办结申请的期满日/);
});

// Last: its request would change the year's counts that the tests above derive.
test("a 延迟答复 (条例第三十五条) recorded in the browser makes the period told the due date", async ({ pageAs }) => {
  if (!natural || !online) throw new Error("no 自然人 or 网络");
  const staff = await pageAs("staff");
  await staff.goto("/register/new");
  await staff.getByLabel("申请渠道").selectOption({ label: online.label });
  await staff.getByLabel("收到日期").fill("2025-03-03");
  await staff.getByLabel("申请人类型").selectOption({ label: natural.label });
  await staff.getByLabel("申请内容").fill("本镇2020年至2024年全部村道建设项目的招标、合同和验收材料");
  await staff.getByRole("button", { name: "登记", exact: true }).click();
  await staff.waitForURL(isRequestPage);
  await expect(dueLine(staff)).toContainText("2025-03-31");

  const delay = eventForm(staff, "delayed_reply");
  await delay.getByLabel("告知日期").fill("2025-03-20");
  await delay.getByLabel("告知申请人的合理期限").fill("2025-05-30");
  await delay.getByLabel("理由").fill("申请数量明显超过合理范围，申请人说明的理由合理");
  await staff.getByRole("button", { name: "记录延迟答复" }).click();
  await expect(dueLine(staff)).toContainText("2025-05-30");
  await expect(staff.getByText("依条例第三十五条确定延迟答复的合理期限并告知申请人：2025-05-30")).toBeVisible();
  await expect(staff.getByRole("table", { name: "延迟答复前的法定期满日 2025-03-31 的逐日计算（共 20 个工作日）" })).toBeVisible();
  await expect(eventsTable(staff).getByRole("row", { name: /^2025-03-20/ })).toContainText("告知的合理期限：2025-05-30");
  // No extension after the period told.
  await expect(eventForm(staff, "extended")).toHaveCount(0);
});
