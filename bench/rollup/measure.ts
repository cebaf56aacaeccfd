// The bare SQL roll-up the application is measured against, the check that both (and the
// generator's own sums) agree cell by cell before anything is timed, and the timing itself.
import { performance } from "node:perf_hooks";
import type { SqlRunner } from "@/lib/database/migrate";
import type { Rollup } from "@/lib/data/rollups";
import type { Cells } from "@/lib/formats/types";
import { summarize, type Timing } from "../register/measure";

/**
 * What a person would write by hand: the units below the parent (recursive), their own reports
 * of the year, each report's latest revision (DISTINCT ON), one row per unit and cell
 * (jsonb_each), the numbers summed and counted per cell. No rights, no unit list, no formats.
 */
export const BARE_SQL = `
WITH RECURSIVE below(id) AS (
  SELECT id FROM "Org" WHERE "parentId" = $1
  UNION ALL
  SELECT o.id FROM "Org" o JOIN below b ON o."parentId" = b.id
),
latest AS (
  SELECT DISTINCT ON (rv."reportId") rv.snapshot -> 'cells' AS cells
  FROM "ReportRevision" rv JOIN "Report" r ON r.id = rv."reportId"
  WHERE r.year = $2 AND r.scope = 'own' AND r."orgId" IN (SELECT id FROM below)
  ORDER BY rv."reportId", rv.number DESC
)
SELECT e.key, sum(e.value::numeric)::text AS sum, count(*)::int AS known
FROM latest, jsonb_each(latest.cells) e
WHERE jsonb_typeof(e.value) = 'number'
GROUP BY e.key`;

export interface BareRow {
  key: string;
  sum: string;
  known: number;
}

export function bareRollup(sql: SqlRunner, parentId: string, year: number): Promise<BareRow[]> {
  return sql.query<BareRow>(BARE_SQL, [parentId, year]);
}

/**
 * Where the application's roll-up, the bare SQL's and the generator's sums differ, cell by
 * cell (sums and blanks); empty when they agree.
 */
export function differences(rollup: Rollup, bare: BareRow[], expected: { units: number; cells: Cells; blanks: Record<string, number> }): string[] {
  const byKey = new Map(bare.map((r) => [r.key, r]));
  const problems: string[] = [];
  if (rollup.units.length !== expected.units) problems.push(`units: app ${rollup.units.length}, generated ${expected.units}`);
  const keys = new Set([...Object.keys(rollup.cells), ...byKey.keys(), ...Object.keys(expected.cells)]);
  for (const key of keys) {
    const row = byKey.get(key);
    const bareSum = row ? Number(row.sum) : null;
    const bareBlanks = rollup.units.length - (row?.known ?? 0);
    const app = [rollup.cells[key], rollup.blanks[key]];
    if (app[0] !== bareSum || app[1] !== bareBlanks) problems.push(`${key}: app ${app.join("/")}, bare SQL ${bareSum}/${bareBlanks}`);
    if (app[0] !== expected.cells[key] || app[1] !== expected.blanks[key]) problems.push(`${key}: app ${app.join("/")}, generated ${expected.cells[key]}/${expected.blanks[key]}`);
  }
  return problems;
}

/**
 * Times the functions in turn, round after round after `warmup` rounds, so that a change in
 * the machine's load (it may be shared) falls on all of them alike.
 */
export async function timeInTurn(runs: number, warmup: number, fns: readonly (() => Promise<unknown>)[]): Promise<Timing[]> {
  const samples = fns.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      if (round >= warmup) samples[i].push(performance.now() - start);
    }
  }
  return samples.map(summarize);
}
