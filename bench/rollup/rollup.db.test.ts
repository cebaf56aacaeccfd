// A small province generated as bench:rollup generates ten thousand units: its reports hold
// the format's identities, the application's roll-up is the bare SQL's and the generator's
// own sums, and the all-units workbook pages through every unit.
import { PassThrough, Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDatabase } from "@/lib/db";
import { computeRollup, eachRollupUnit } from "@/lib/data/rollups";
import { writeRollupWorkbook } from "@/lib/export/rollup-workbook";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";
import { validateCells } from "@/lib/rules";
import { FORMAT, generate, type RollupSpec } from "./generate";
import { bareRollup, differences } from "./measure";

const SPEC: RollupSpec = { units: 20, perCounty: 5, year: 2024, seed: 7, blankShare: 0.03, correctedShare: 0.2 };
const ADMIN: Actor = { kind: "user", id: "bench-admin", username: "bench-admin", role: "admin", orgId: null };

async function workbookSheets(write: (stream: PassThrough) => Promise<unknown>): Promise<Map<string, number>> {
  const stream = new PassThrough();
  // Read until the stream ends, not until the writer's promise settles: the last chunks (the
  // workbook part that names the sheets) can arrive after it on a loaded machine.
  const [bytes] = await Promise.all([buffer(stream), write(stream)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { worksheets: "emit" });
  const rows = new Map<string, number>();
  for await (const sheet of reader) {
    let count = 0;
    for await (const _row of sheet) count += 1;
    rows.set((sheet as { name?: string }).name ?? "", count);
  }
  return rows;
}

describe("bench:rollup's generated province", () => {
  it("holds the format's identities, rolls up to the bare SQL's and the generator's sums, and pages every unit into the workbook", async () => {
    const sql = getDatabase().sql;
    const { parentId, expected } = await generate(sql, SPEC, () => {});
    const format = getFormat(FORMAT);

    const revisions = await sql.query<{ id: string; cells: Cells; kind: string }>(
      `SELECT rv.id, rv.snapshot -> 'cells' AS cells, o.kind FROM "ReportRevision" rv JOIN "Report" r ON r.id = rv."reportId" JOIN "Org" o ON o.id = r."orgId"`,
    );
    expect(revisions).toHaveLength(expected.revisions);
    expect(expected.revisions).toBeGreaterThan(SPEC.units);
    const errors = revisions.flatMap((r) => validateCells({ format, cells: r.cells, orgKind: r.kind }).filter((f) => f.severity === "error"));
    expect(errors).toEqual([]);
    expect(Object.values(expected.blanks).some((n) => n > 0)).toBe(true);

    const rollup = await computeRollup({ actor: ADMIN, parentId, year: SPEC.year });
    expect(differences(rollup, await bareRollup(sql, parentId, SPEC.year), expected)).toEqual([]);

    const paged: string[] = [];
    for await (const page of eachRollupUnit(rollup, 7)) {
      for (const unit of page) {
        paged.push(unit.slug);
        expect(Object.keys(unit.cells)).toHaveLength(listCells(format).length);
      }
    }
    expect(paged).toEqual(rollup.units.map((u) => u.slug).sort());

    const sheets = await workbookSheets((stream) => writeRollupWorkbook(rollup, stream));
    expect(sheets.get("逐单位明细")).toBe(1 + SPEC.units * listCells(format).length);
    expect(sheets.get("逐单位宽表")).toBe(2 + SPEC.units + 1);
  });
});
