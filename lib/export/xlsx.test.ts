import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FORMAT_IDS, FORMATS, getFormat } from "@/lib/formats";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import { itemBoxes } from "@/lib/formats/grid.testutil";
import type { Cells, FormatDef, FormatId, TableDef } from "@/lib/formats/types";
import { findCell } from "@/lib/formats/label-grid.testutil";
import { GRID_TOP, sheetLabelGrid } from "./xlsx-cells.testutil";
import type { ExportableReport } from "./report";
import { reportXlsx, writeReportXlsx } from "./xlsx";

function report(format: FormatId, cells: Cells, overrides: Partial<ExportableReport> = {}): ExportableReport {
  return {
    format,
    year: 2021,
    orgName: "平潭综合实验区",
    scope: "own",
    cells,
    sections: {},
    publishedAt: new Date("2022-02-08T02:00:00Z"),
    revision: 1,
    ...overrides,
  };
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an older Buffer type than Node's; the bytes are the same.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Every cell its own value: distinct counts, negative changes, money with six decimals; every fifth blank. */
function distinctCells(format: FormatDef): Cells {
  const cells: Cells = {};
  format.tables
    .flatMap((t) => t.cells)
    .forEach((def, i) => {
      if (i % 5 === 4) cells[def.key] = null;
      else if (def.kind === "money") cells[def.key] = Number(`${1000 + i}.${String(100001 + i * 7).slice(-6)}`);
      else if (def.kind === "signed-count") cells[def.key] = i % 2 === 0 ? -(i + 1) : i + 1;
      else cells[def.key] = i + 1;
    });
  return cells;
}

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const address = (row: number, column: number) => `${columnName(column)}${row}`;

/** The merged ranges the grid defines (spans of more than one cell), offset to where the grid starts, plus the three title rows. */
function expectedMerges(table: TableDef): string[] {
  const titles = [1, 2, 3].map((row) => `${address(row, 1)}:${address(row, table.width)}`);
  const grid = itemBoxes(table)
    .filter((box) => box.bottom > box.top || box.right > box.left)
    .map((box) => `${address(GRID_TOP + box.top, 1 + box.left)}:${address(GRID_TOP + box.bottom, 1 + box.right)}`);
  return [...titles, ...grid].sort();
}

async function expectSheetsMatch(format: FormatDef, cells: Cells) {
  const workbook = await readBack(await reportXlsx(report(format.id, cells)));
  expect(workbook.worksheets.map((s) => s.name)).toEqual(format.tables.map((t) => t.title));
  for (const table of format.tables) {
    const sheet = workbook.getWorksheet(table.title);
    if (!sheet) throw new Error(`no sheet ${table.title}`);
    expect([...sheet.model.merges].sort()).toEqual(expectedMerges(table));

    // Every official label of the grid, character for character, and nothing else, in the grid's rows.
    const labels: string[] = [];
    for (let row = GRID_TOP; row < GRID_TOP + table.grid.length; row++) {
      for (let column = 1; column <= table.width; column++) {
        const cell = sheet.getCell(row, column);
        if (cell.master === cell && typeof cell.value === "string") labels.push(cell.value);
      }
    }
    const gridLabels = table.grid.flat().flatMap((item) => (item.type === "label" ? [item.text] : []));
    expect(labels.sort()).toEqual(gridLabels.sort());

    const seen = new Set<string>();
    for (const def of table.cells) {
      const positions = findCell(sheetLabelGrid(sheet), table, def);
      expect(positions, `${def.key} at ${def.rowLabel} × ${def.columnLabel}`).toHaveLength(1);
      const [{ row, column }] = positions;
      seen.add(`${row}:${column}`);
      const cell = sheet.getCell(row, column);
      const expected = cells[def.key] ?? null;
      expect(cell.value, def.key).toBe(expected);
      if (expected === null) expect(cell.type).toBe(ExcelJS.ValueType.Null);
    }
    expect(seen.size).toBe(table.cells.length);
  }
}

describe("reportXlsx", () => {
  for (const id of FORMAT_IDS) {
    it(`${id}: one sheet per table, merged as the grid spans, every number at its row and column label, blanks empty`, async () => {
      const format = getFormat(id);
      await expectSheetsMatch(format, distinctCells(format));
    });
  }

  for (const { name, raw } of loadFixtures()) {
    it(`${name}: every number of the real report at its labels`, async () => {
      await expectSheetsMatch(getFormat(raw.format), raw.cells);
    });
  }

  it("keeps money with its decimals as a number format: 24252.311082 万元 of 平潭 2021", async () => {
    const fixture = loadFixtures().find((f) => f.name === "pingtan-2021");
    if (!fixture) throw new Error("fixture pingtan-2021 missing");
    const workbook = await readBack(await reportXlsx(report("gov-2021", fixture.raw.cells)));
    const sheet = workbook.getWorksheet(FORMATS["gov-2021"].tables[0].title);
    const money = sheet?.getCell("B17");
    expect(sheet?.getCell("A17").value).toBe("行政事业性收费");
    expect(money?.value).toBe(24252.311082);
    expect(money?.numFmt).toBe("0.000000");
    expect(sheet?.getCell("B7").value).toBe(69); // 行政规范性文件 本年制发件数
    expect(sheet?.getCell("B7").numFmt).toBe("0");
  });

  it("writes the titles above the grid: 汇总 for a roll-up, 工作稿 and the blank note for a draft", async () => {
    const format = FORMATS["gov-2021"];
    const cells = { ...distinctCells(format), "t4.review.total": null };
    const workbook = await readBack(
      await reportXlsx(report("gov-2021", cells, { orgName: "中卫市沙坡头区", year: 2022, scope: "rollup", publishedAt: null, revision: null })),
    );
    const sheet = workbook.worksheets[2];
    expect([1, 2, 3].map((row) => sheet.getCell(row, 1).value)).toEqual([
      "中卫市沙坡头区2022年政府信息公开工作年度报告（汇总）",
      "四、政府信息公开行政复议、行政诉讼情况",
      "工作稿，尚未发布。空白单元格为未填报。",
    ]);
    const published = await readBack(await reportXlsx(report("gov-2021", format.tables.flatMap((t) => t.cells).reduce<Cells>((all, c) => ({ ...all, [c.key]: 0 }), {}))));
    expect(published.worksheets[0].getCell(3, 1).value).toBe("第1版，发布于2022年2月8日");
  });

  it("prints on A4, one page wide, 表四's fifteen columns across the page and 表三 upright", async () => {
    const format = FORMATS["gov-2021"];
    const workbook = await readBack(await reportXlsx(report("gov-2021", distinctCells(format))));
    const setups = workbook.worksheets.map((s) => s.pageSetup);
    expect(setups.map((p) => p.orientation)).toEqual(["portrait", "portrait", "landscape"]);
    for (const setup of setups) {
      expect(setup.paperSize).toBe(9);
      expect(setup.fitToPage).toBe(true);
      expect(setup.fitToWidth).toBe(1);
      expect(setup.fitToHeight).toBe(0);
    }
    // 表三's three header rows repeat on every printed page.
    expect(workbook.worksheets[1].pageSetup.printTitlesRow).toBe("4:6");
    const font = workbook.worksheets[1].getCell("D9").font;
    expect(font.name).toBe("宋体");
    expect(font.charset).toBe(134);
  });

  it("writes the same workbook to a stream", async () => {
    const format = FORMATS["legacy-2014"];
    const chunks: Buffer[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    await writeReportXlsx(report("legacy-2014", distinctCells(format)), stream);
    const workbook = await readBack(Buffer.concat(chunks));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["政府信息公开情况统计表"]);
    expect(workbook.worksheets[0].getCell("C6").value).toBe(1); // (一)主动公开政府信息数, the first indicator
  });

  it("stores a unit name that looks like a formula as text, never as a formula", async () => {
    const orgName = '=HYPERLINK("http://evil","x")';
    const workbook = await readBack(await reportXlsx(report("gov-2021", distinctCells(FORMATS["gov-2021"]), { orgName })));
    const title = workbook.worksheets[0].getCell(1, 1);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=HYPERLINK("http://evil","x")2021年政府信息公开工作年度报告');
  });
});
