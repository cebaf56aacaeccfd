import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { emptyCells } from "@/lib/formats/engine";
import { FORMATS } from "@/lib/formats";
import { writeUnitsWorkbook } from "./units-workbook";

const FORMULA = '=HYPERLINK("http://evil","x")';

async function writtenWorkbook(): Promise<ExcelJS.Workbook> {
  const cells = emptyCells(FORMATS["gov-2021"]);
  const unit = { slug: "town", name: FORMULA, source: "published" as const, cells };
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeUnitsWorkbook(
    {
      parentName: "+county",
      year: 2024,
      format: "gov-2021",
      cells,
      pages: async function* () {
        yield [unit];
      },
      units: [{ slug: unit.slug, name: unit.name, source: "published", revision: 1 }],
      missing: [{ slug: "late", name: "@late", status: "draft" }],
      blanks: {},
      includeSubmitted: false,
      includeOwn: false,
      builtAt: "2025-02-01T00:00:00.000Z",
    },
    stream,
  );
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an older Buffer type than Node's; the bytes are the same.
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("writeUnitsWorkbook", () => {
  it("stores unit names that look like formulas as text, never as formulas", async () => {
    const workbook = await writtenWorkbook();
    const text = (sheet: string, row: number, column: number) => {
      const cell = workbook.getWorksheet(sheet)?.getCell(row, column);
      return { type: cell?.type, value: cell?.value };
    };
    const string = ExcelJS.ValueType.String;
    expect(text("逐单位明细", 2, 2)).toEqual({ type: string, value: FORMULA });
    expect(text("逐单位宽表", 3, 2)).toEqual({ type: string, value: FORMULA });
    expect(text("逐单位宽表", 4, 2)).toEqual({ type: string, value: "+county" });
    expect(text("未计入单位", 2, 2)).toEqual({ type: string, value: "@late" });
  });
});
