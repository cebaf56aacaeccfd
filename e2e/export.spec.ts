import fs from "node:fs";
import type { Download, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { getFormat } from "../lib/formats";
import type { CellDef } from "../lib/formats/types";
import { ownRowLabel, requireCell } from "./factories";
import { cellInput, createDraftReport, expect, save, test } from "./helpers";

const format = getFormat("gov-2021");
const fixture = JSON.parse(fs.readFileSync("../shared/fixtures/reports/pingtan-2021/expected.json", "utf8")) as { cells: Record<string, number | null> };

async function downloadBy(page: Page, link: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const file = await download.path();
  return { download, bytes: fs.readFileSync(file) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an older Buffer type than Node's; the bytes are the same.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The numbers (and blanks) right of a row label, left to right, as a reader of the sheet finds them. */
function valuesRightOf(workbook: ExcelJS.Workbook, cell: CellDef): (number | null)[] {
  const table = format.tables.find((t) => t.id === cell.table);
  const sheet = table && workbook.getWorksheet(table.title);
  if (!sheet) throw new Error(`no sheet for ${cell.table}`);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1));
    const at = cells.findIndex((c) => c.master === c && c.value === ownRowLabel(cell));
    if (at < 0) continue;
    return cells.slice(at + 1).filter((c) => c.master === c && typeof c.value !== "string").map((c) => (typeof c.value === "number" ? c.value : null));
  }
  throw new Error(`no row ${ownRowLabel(cell)}`);
}

/** The fixture's values of the cells of one row, in the template's column order. */
function rowOf(cell: CellDef, cells: Record<string, number | null>): (number | null)[] {
  return format.tables.flatMap((t) => t.cells).filter((c) => c.table === cell.table && c.row === cell.row).map((c) => cells[c.key] ?? null);
}

test.describe("the public downloads the published tables", () => {
  test.use({ javaScriptEnabled: false });

  test("data.xlsx of 平潭 2021 from the report page holds the page's numbers at their labels", async ({ visitor }) => {
    await visitor.goto("/reports/pingtan/2021");
    const { download, bytes } = await downloadBy(visitor, "XLSX（官方格式统计表）");
    expect(download.suggestedFilename()).toBe("平潭综合实验区2021年政府信息公开工作年度报告.xlsx");
    const workbook = await workbookOf(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(format.tables.map((t) => t.title));
    for (const key of ["t2.normative.issued", "t2.fees.amount", "t3.new.natural", "t3.unable_not_held.natural", "t3.carried_out.natural"]) {
      const cell = requireCell(format, key);
      expect(valuesRightOf(workbook, cell), key).toEqual(rowOf(cell, fixture.cells));
    }
    expect(valuesRightOf(workbook, requireCell(format, "t2.fees.amount"))).toEqual([24252.311082]);
    expect(valuesRightOf(workbook, requireCell(format, "t3.new.natural"))).toEqual([64, 0, 0, 2, 0, 4, 70]);
  });

  test("report.docx is the whole report as Word", async ({ visitor }) => {
    await visitor.goto("/reports/pingtan/2021");
    const { download, bytes } = await downloadBy(visitor, "DOCX（报告全文）");
    expect(download.suggestedFilename()).toBe("平潭综合实验区2021年政府信息公开工作年度报告.docx");
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
    for (const text of ["平潭综合实验区2021年", "24252.311082", ...format.sections.filter((s) => !s.untitled).map((s) => s.heading)]) {
      expect(xml).toContain(`>${text}<`);
    }
  });
});

test("staff downloads the XLSX and DOCX of a draft; another unit and a visitor cannot", async ({ pageAs, visitor }) => {
  const staff = await pageAs("staff");
  const editor = await createDraftReport(staff, 2027);
  const typed = { "t3.new.natural": 5, "t2.fees.amount": 12.345 } as const;
  for (const [key, value] of Object.entries(typed)) await cellInput(staff, requireCell(format, key)).fill(String(value));
  await save(staff);

  const xlsx = await downloadBy(staff, "统计表（XLSX）");
  expect(xlsx.download.suggestedFilename()).toBe("测试镇2027年政府信息公开工作年度报告.xlsx");
  const workbook = await workbookOf(xlsx.bytes);
  expect(valuesRightOf(workbook, requireCell(format, "t3.new.natural"))).toEqual([5, null, null, null, null, null, null]);
  expect(valuesRightOf(workbook, requireCell(format, "t2.fees.amount"))).toEqual([12.345]);
  expect(workbook.worksheets[0].getCell("A3").value).toBe("工作稿，尚未发布。空白单元格为未填报。");

  const docx = await downloadBy(staff, "全文（DOCX");
  const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")?.async("string");
  expect(xml).toContain(">测试镇2027年政府信息公开工作年度报告<");
  expect(xml).toContain(">12.345<");

  const files = [`${editor}/export.xlsx`, `${editor}/export.docx`];
  const other = await pageAs("otherStaff");
  for (const url of files) {
    expect((await other.request.get(url)).status(), url).toBe(404);
    // A download, not a page: signed out, it answers 401 with a short message instead of the login page.
    const anonymous = await visitor.request.get(url, { maxRedirects: 0 });
    expect([anonymous.status(), await anonymous.text()], url).toEqual([401, "请先登录，再下载报告。\n"]);
  }
});
