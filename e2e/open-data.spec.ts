import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { cellsByLabels, htmlLabelGrid, type HtmlTableCell } from "../lib/formats/label-grid.testutil";
import type { Cells, FormatDef } from "../lib/formats/types";
import { dataCsvCells, yearCsvReports, yearJsonlRecords } from "../lib/export/open-data.testutil";
import { readWorkbook, xlsxCells } from "../lib/export/xlsx-cells.testutil";

// What the files say equals what the page says: for every published sample report, the numbers
// read off the public page's tables (by their row and column labels, JavaScript off, as a
// reader without script sees them) equal those of data.json, data.csv and data.xlsx at the
// latest address and at revision 1's own, and those of the year's CSV and JSON-lines files.
test.use({ javaScriptEnabled: false });

const REPORTS = [
  { org: "pingtan", year: 2019, format: "gov-2019" },
  { org: "pingtan", year: 2021, format: "gov-2021" },
  { org: "pingtan", year: 2022, format: "gov-2021" },
  { org: "wenchang", year: 2018, format: "legacy-2014" },
] as const;

/** Every number of the page's official tables, each found by its labels in the table whose caption is the table's title. */
async function pageCells(page: Page, format: FormatDef): Promise<Cells> {
  const cells: Cells = {};
  for (const table of format.tables) {
    const element = page.locator("table").filter({ has: page.locator("caption", { hasText: table.title }) });
    await expect(element).toHaveCount(1);
    const rows: HtmlTableCell[][] = [];
    for (const row of await element.locator("tr").all()) {
      const read: HtmlTableCell[] = [];
      for (const cell of await row.locator("th, td").all()) {
        const [tag, className, rowSpan, colSpan] = await Promise.all([
          cell.evaluate((node) => node.tagName),
          cell.getAttribute("class"),
          cell.getAttribute("rowspan"),
          cell.getAttribute("colspan"),
        ]);
        const label = tag === "TH" || (className ?? "").split(" ").includes("report-td-label");
        // A number's own text is the cell's first text; a note for screen readers may follow it.
        const text = label ? (await cell.textContent())?.trim() ?? "" : await cell.evaluate((node) => node.firstChild?.nodeType === 3 ? node.firstChild.textContent ?? "" : "");
        read.push({ text, label, rowSpan: Number(rowSpan ?? 1), colSpan: Number(colSpan ?? 1) });
      }
      rows.push(read);
    }
    const grid = htmlLabelGrid(rows);
    Object.assign(
      cells,
      cellsByLabels(grid, table, (position) => {
        const text = grid.cell(position)?.text.trim() ?? "";
        return text === "" ? null : Number(text);
      }),
    );
  }
  return cells;
}

async function fileCells(request: APIRequestContext, base: string, format: FormatDef) {
  const json = await request.get(`${base}/data.json`);
  expect(json.status(), `${base}/data.json`).toBe(200);
  const csv = await request.get(`${base}/data.csv`);
  expect(csv.status(), `${base}/data.csv`).toBe(200);
  const xlsx = await request.get(`${base}/data.xlsx`);
  expect(xlsx.status(), `${base}/data.xlsx`).toBe(200);
  return {
    json: (JSON.parse(await json.text()) as { cells: Cells }).cells,
    csv: dataCsvCells(await csv.text()).cells,
    xlsx: xlsxCells(await readWorkbook(await xlsx.body()), format),
  };
}

for (const report of REPORTS) {
  test(`${report.org} ${report.year}: data.json, data.csv and data.xlsx (latest and /r/1/) say what the page says`, async ({ page, request }) => {
    const format = getFormat(report.format);
    const base = `/reports/${report.org}/${report.year}`;
    expect((await page.goto(base))?.status()).toBe(200);
    const shown = await pageCells(page, format);
    expect(Object.keys(shown)).toHaveLength(listCells(format).length);

    for (const address of [base, `${base}/r/1`]) {
      const files = await fileCells(request, address, format);
      expect(files.json, `${address}/data.json`).toEqual(shown);
      expect(files.csv, `${address}/data.csv`).toEqual(shown);
      expect(files.xlsx, `${address}/data.xlsx`).toEqual(shown);
    }

    const yearCsv = await request.get(`/data/${report.year}.csv`);
    expect(yearCsv.status()).toBe(200);
    const inCsv = yearCsvReports(await yearCsv.text()).reports.find((r) => r.unit === report.org);
    expect(inCsv?.cells).toEqual(shown);

    const yearJsonl = await request.get(`/data/${report.year}.jsonl`);
    expect(yearJsonl.status()).toBe(200);
    const inJsonl = yearJsonlRecords(await yearJsonl.text()).find((r) => r.unit === report.org);
    expect(inJsonl?.cells).toEqual(shown);
  });
}

test("the open-data page lists each year's files, and explains the columns", async ({ page }) => {
  expect((await page.goto("/data"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("开放数据");
  for (const year of [2022, 2021, 2019, 2018]) {
    await expect(page.locator(`a[href="/data/${year}.csv"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="/data/${year}.jsonl"]`)).toHaveCount(1);
  }
  for (const column of ["单位标识", "单位名称", "年度", "版本", "key", "行", "列", "值"]) {
    await expect(page.locator("dt", { hasText: new RegExp(`^${column}$`) })).toHaveCount(1);
  }
  const response = await page.request.get("/data/2061.csv");
  expect(response.status()).toBe(404);
});
