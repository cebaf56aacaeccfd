// The roll-up of a parent and year as its workbook (lib/export/units-workbook.ts), streamed.
import type { Writable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import { computeRollup, eachRollupUnit, type Rollup, type RollupOptions } from "@/lib/data/rollups";
import { writeUnitsWorkbook } from "@/lib/export/units-workbook";
import { addTableSheets } from "@/lib/export/xlsx";
import type { ExportableReport } from "@/lib/export/report";

/** Checks the caller's rights and the formats (computeRollup) before the first byte is written. */
export async function prepareRollupWorkbook(options: { actor: Actor; parentId: string; year: number } & RollupOptions) {
  const rollup = await computeRollup(options);
  return { rollup, write: (stream: Writable) => writeRollupWorkbook(rollup, stream) };
}

export async function writeRollupWorkbook(rollup: Rollup, stream: Writable): Promise<Rollup> {
  const report: ExportableReport = {
    format: rollup.format,
    year: rollup.year,
    orgName: rollup.parent.name,
    scope: "rollup",
    cells: rollup.cells,
    sections: {},
    publishedAt: null,
    revision: null,
  };
  await writeUnitsWorkbook(
    {
      ...rollup,
      parentName: rollup.parent.name,
      pages: () => eachRollupUnit(rollup),
      // The roll-up's tables as the template lays them out, each sheet written before the next.
      addOfficialSheets: async (workbook) => {
        for (const sheet of addTableSheets(workbook, report, "汇总表 ")) await sheet.commit();
      },
    },
    stream,
  );
  return rollup;
}
