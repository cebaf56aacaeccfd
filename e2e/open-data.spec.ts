import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { getFormat } from "../lib/formats";
import { listCells } from "../lib/formats/engine";
import { cellsByLabels, htmlLabelGrid, type HtmlTableCell } from "../lib/formats/label-grid.testutil";
import type { Cells, FormatDef } from "../lib/formats/types";
import { dataCsvCells, yearCsvReports, yearJsonlRecords } from "../lib/export/open-data.testutil";
import { readWorkbook, xlsxCells } from "../lib/export/xlsx-cells.testutil";
import { seriousViolations } from "./axe";

// What the files say equals what the page says: for every published sample report, the numbers
// read off the public page's tables (by their row and column labels, JavaScript off, as a
// reader without script sees them) equal those of data.json, data.csv and data.xlsx at the
// latest address and at revision 1's own, and those of the year's CSV and JSON-lines files.
test.use({ javaScriptEnabled: false });

// The day each was published on, as the sample data carries it (文昌镇's source names none).
const REPORTS = [
  { org: "pingtan", year: 2019, format: "gov-2019", publishedOn: "2020-01-20" },
  { org: "pingtan", year: 2021, format: "gov-2021", publishedOn: "2022-02-08" },
  { org: "pingtan", year: 2022, format: "gov-2021", publishedOn: "2023-02-20" },
  { org: "wenchang", year: 2018, format: "legacy-2014", publishedOn: null },
] as const;

/** Every number of the page's official tables, each found by its labels in the table whose caption is the table's title. */
async function pageCells(page: Page, format: FormatDef): Promise<Cells> {
  const cells: Cells = {};
  for (const table of format.tables) {
    const element = page.locator("table").filter({ has: page.locator("caption", { hasText: table.title }) });
    await expect(element).toHaveCount(1);
    // One read of the table's rows: each cell's kind, spans and text. A label is a th, or a td
    // of label text; a number's own text is the cell's first text, a note for screen readers may follow.
    const rows: HtmlTableCell[][] = await element.locator("tr").evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll<HTMLTableCellElement>(":scope > th, :scope > td")).map((cell) => {
          const label = cell.tagName === "TH" || cell.classList.contains("report-td-label");
          const first = cell.firstChild;
          const text = label ? (cell.textContent ?? "").trim() : first?.nodeType === Node.TEXT_NODE ? (first.textContent ?? "") : "";
          return { text, label, rowSpan: cell.rowSpan, colSpan: cell.colSpan };
        }),
      ),
    );
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
    if (report.publishedOn) expect(inJsonl?.publishedAt).toBe(`${report.publishedOn}T00:00:00+08:00`);
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
  const response = await page.request.get("/data/2059.csv");
  expect(response.status()).toBe(404);
});

test.describe("the open-data page to axe", () => {
  // axe runs as a script in the page; the page itself has none.
  test.use({ javaScriptEnabled: true });
  test("has no serious or critical violation", async ({ page }) => {
    await page.goto("/data");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
