// The roll-up of a parent and year as its workbook (lib/export/units-workbook.ts), streamed.
import type { Writable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import { computeRollup, eachRollupUnit, type Rollup, type RollupOptions } from "@/lib/data/rollups";
import { writeUnitsWorkbook } from "@/lib/export/units-workbook";

/** Checks the caller's rights and the formats (computeRollup) before the first byte is written. */
export async function prepareRollupWorkbook(options: { actor: Actor; parentId: string; year: number } & RollupOptions) {
  const rollup = await computeRollup(options);
  return { rollup, write: (stream: Writable) => writeRollupWorkbook(rollup, stream) };
}

export async function writeRollupWorkbook(rollup: Rollup, stream: Writable): Promise<Rollup> {
  await writeUnitsWorkbook(
    {
      ...rollup,
      parentName: rollup.parent.name,
      pages: () => eachRollupUnit(rollup),
    },
    stream,
  );
  return rollup;
}
