// The roll-up (汇总) of a parent unit for a year: cell by cell, the sum of the 本级 reports of
// every unit below it (its whole subtree, each unit once, so a city never counts a county
// twice). Published reports count with their latest revision; with `includeSubmitted`, a
// submitted report counts with its working copy. A blank is not 0: the sums are of the known
// values, each cell says how many counted units left it blank, and a cell every unit left
// blank stays blank. The sums are taken in SQL, in exact decimals, on either database.
import { db, getDatabase } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { FORMAT_IDS, formatForYear, getFormat, isFormatId } from "@/lib/formats";
import { computeTotals, listCells, sumValues } from "@/lib/formats/engine";
import type { Cells, FormatId } from "@/lib/formats/types";
import { canBuildRollupOf, canSeeOrg, visibleOrgIds } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { writeReportCells } from "@/lib/data/reports";
import type { RollupProvenance } from "@/lib/data/report-shape";
import { formatOfStored, storedFormat } from "@/lib/data/report-format";

export interface RollupOptions {
  /** count submitted (not yet published) reports with their working copy */
  includeSubmitted?: boolean;
  /** count the parent's own 本级 report too */
  includeOwn?: boolean;
}

export interface Rollup extends RollupProvenance {
  parent: { id: string; slug: string; name: string };
  year: number;
  format: FormatId;
  cells: Cells;
  /**
   * What was summed for each of `units`, in the same order: the id of the revision, or of the
   * report whose working copy counted. Not part of the provenance: eachRollupUnit reads these,
   * so that a workbook's unit pages are exactly what its sums were taken over.
   */
  sourceIds: string[];
}

interface UnitRow {
  slug: string;
  name: string;
  reportId: string | null;
  status: string | null;
  format: string | null;
  revisionId: string | null;
  revision: number | null;
  revisionFormat: string | null;
}

// The units of the roll-up ($1 parent, $3 with the parent itself), each with its 本级 report of
// the year ($2) and that report's latest revision: its id and number, never its contents, so
// that listing ten thousand units reads no snapshot.
const LIST_UNITS = `
WITH RECURSIVE below(id) AS (
  SELECT id FROM "Org" WHERE "parentId" = $1
  UNION ALL
  SELECT o.id FROM "Org" o JOIN below b ON o."parentId" = b.id
),
units(id) AS (
  SELECT id FROM below
  UNION ALL
  SELECT $1::text WHERE $3::boolean
)
SELECT o.slug, o.name, r.id AS "reportId", r.status::text AS status, r.format::text AS format,
       lr.id AS "revisionId", lr.number AS revision, lr.format::text AS "revisionFormat"
FROM units u
JOIN "Org" o ON o.id = u.id
LEFT JOIN "Report" r ON r."orgId" = o.id AND r.year = $2 AND r.scope = 'own'
LEFT JOIN LATERAL (
  SELECT rv.id, rv.number, rv.format
  FROM "ReportRevision" rv WHERE rv."reportId" = r.id ORDER BY rv.number DESC LIMIT 1
) lr ON true`;

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The sums of the format's cells over the revisions $1 and the working copies of the reports
 * $2: per cell the exact sum of the known values and how many there are. A revision's cells
 * are read in one pass into the format's columns (jsonb_to_record) and summed column by
 * column, instead of one row per unit and cell grouped by key (jsonb_each … GROUP BY key):
 * for a province of 10,000 units that is a third of the work on the embedded database and
 * half on PostgreSQL (bench/rollup). A blank (JSON null) or missing cell reads as NULL, which
 * sum and count skip; a snapshot's cells are numbers or null (RevisionSnapshot).
 */
function sumCellsSql(format: FormatId): string {
  const keys = listCells(getFormat(format)).map((c) => c.key);
  return `
SELECT key, sum(sum)::text AS sum, sum(known)::int AS known FROM (
  SELECT v.key, v.sum, v.known
  FROM (
    SELECT ${keys.map((k, i) => `sum(x.${identifier(k)}) AS s${i}, count(x.${identifier(k)}) AS n${i}`).join(", ")}
    FROM "ReportRevision" rv, jsonb_to_record(rv.snapshot -> 'cells') AS x(${keys.map((k) => `${identifier(k)} numeric`).join(", ")})
    WHERE rv.id = ANY($1::text[])
  ) s
  CROSS JOIN LATERAL (VALUES ${keys.map((k, i) => `(${literal(k)}, s.s${i}, s.n${i})`).join(", ")}) v(key, sum, known)
  UNION ALL
  SELECT cell.key, sum(cell.value), count(cell.value)
  FROM "Cell" cell WHERE cell."reportId" = ANY($2::text[])
  GROUP BY cell.key
) parts
GROUP BY key`;
}

const SUM_CELLS = new Map(FORMAT_IDS.map((id) => [id, sumCellsSql(id)]));

// The cells of a page of counted units: published revisions $1, working copies of reports $2.
const PAGE_CELLS = `
SELECT rv.id, false AS "fromWorkingCopy", rv.snapshot -> 'cells' AS cells
FROM "ReportRevision" rv WHERE rv.id = ANY($1::text[])
UNION ALL
SELECT cell."reportId", true, jsonb_object_agg(cell.key, cell.value)
FROM "Cell" cell WHERE cell."reportId" = ANY($2::text[])
GROUP BY cell."reportId"`;

// The stored cells of working copies $1, one row per report.
const WORKING_CELLS = `
SELECT cell."reportId" AS id, jsonb_object_agg(cell.key, cell.value) AS cells
FROM "Cell" cell WHERE cell."reportId" = ANY($1::text[])
GROUP BY cell."reportId"`;

type StoredCells = Record<string, number | string | null> | null;

function numbersOf(cells: StoredCells): Cells {
  return Object.fromEntries(Object.entries(cells ?? {}).map(([key, value]) => [key, value === null ? null : Number(value)]));
}

/**
 * A working copy stores only what was typed: the totals it derives are computed here, as its
 * revision would hold them. Per cell, the values the stored sums lack (a total the copy left
 * to the system).
 */
async function derivedTotalsOf(format: FormatId, reportIds: string[]): Promise<Map<string, number[]>> {
  const extra = new Map<string, number[]>();
  if (reportIds.length === 0) return extra;
  const rows = await getDatabase().sql.query<{ id: string; cells: StoredCells }>(WORKING_CELLS, [reportIds]);
  for (const row of rows) {
    const stored = numbersOf(row.cells);
    for (const [key, value] of Object.entries(computeTotals(getFormat(format), stored))) {
      if (value === null || (stored[key] ?? null) !== null) continue;
      const values = extra.get(key);
      if (values) values.push(value);
      else extra.set(key, [value]);
    }
  }
  return extra;
}

type ReportStatusName = RollupProvenance["missing"][number]["status"];

function isCounted(row: UnitRow, includeSubmitted: boolean): boolean {
  return (includeSubmitted && row.status === "submitted") || (row.status !== null && row.revision !== null);
}

/** Refuses a roll-up over units on different formats, naming them. */
function commonFormat(rows: (UnitRow & { counted: FormatId })[], year: number): FormatId {
  const byFormat = new Map<FormatId, string[]>();
  for (const row of rows) {
    const names = byFormat.get(row.counted);
    if (names) names.push(row.name);
    else byFormat.set(row.counted, [row.name]);
  }
  if (byFormat.size > 1) {
    const parts = FORMAT_IDS.filter((id) => byFormat.has(id)).map((format) => [format, byFormat.get(format) ?? []] as const).map(([format, names]) => `${getFormat(format).source}：${names.join("、")}`);
    throw new AppError("INVALID_INPUT", `下级单位的报告格式不一致，不能汇总：${parts.join("；")}。请统一为同一格式后再汇总。`);
  }
  return rows[0]?.counted ?? formatForYear(year).id;
}

// Names in the order a Chinese reader expects, the same on both databases whatever their collation.
const byName = new Intl.Collator("zh-CN");
/** Slugs by code point (they are ASCII: the order of COLLATE "C"). */
const bySlug = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sums of the units below `parentId` for `year`, and what they sum. */
export async function computeRollup(options: { actor: Actor; parentId: string; year: number } & RollupOptions): Promise<Rollup> {
  const { actor, parentId, year } = options;
  const includeSubmitted = options.includeSubmitted ?? false;
  const includeOwn = options.includeOwn ?? false;
  const ids = await visibleOrgIds(actor);
  const parent = await db().org.findUnique({ where: { id: parentId }, select: { id: true, slug: true, name: true } });
  if (!parent || !canSeeOrg(ids, parent.id) || !canBuildRollupOf(actor, ids, parent.id)) throw new AppError("NOT_FOUND");
  const sql = getDatabase().sql;
  const rows = (await sql.query<UnitRow>(LIST_UNITS, [parent.id, year, includeOwn])).sort(
    (a, b) => byName.compare(a.name, b.name) || bySlug(a.slug, b.slug),
  );

  const counted = rows
    .filter((row) => isCounted(row, includeSubmitted))
    .map((row) => {
      const fromWorkingCopy = includeSubmitted && row.status === "submitted";
      const format = fromWorkingCopy ? row.format : row.revisionFormat;
      if (!isFormatId(format)) throw new AppError("INVALID_INPUT", `单位“${row.name}”的报告格式“${format}”未知。`);
      return { ...row, counted: format, fromWorkingCopy, sourceId: (fromWorkingCopy ? row.reportId : row.revisionId) ?? "" };
    });
  const format = commonFormat(counted, year);
  // Exactly the revisions and working copies listed: the sums, the blanks and the unit list
  // agree even when a report is published while the roll-up is taken.
  const revisionIds = counted.filter((row) => !row.fromWorkingCopy).map((row) => row.sourceId);
  const reportIds = counted.filter((row) => row.fromWorkingCopy).map((row) => row.sourceId);
  const sums = new Map(
    (await sql.query<{ key: string; sum: string | null; known: number }>(SUM_CELLS.get(format) ?? "", [revisionIds, reportIds])).map((r) => [r.key, r]),
  );

  const derived = await derivedTotalsOf(format, reportIds);

  const cells: Cells = {};
  const blanks: Record<string, number> = {};
  for (const cell of listCells(getFormat(format))) {
    const sum = sums.get(cell.key);
    const extra = derived.get(cell.key) ?? [];
    const known = (sum?.known ?? 0) + extra.length;
    const summed = sum && sum.sum !== null && (sum.known ?? 0) > 0 ? Number(sum.sum) : null;
    cells[cell.key] = known === 0 ? null : extra.length === 0 ? summed : sumValues([...(summed === null ? [] : [summed]), ...extra]);
    blanks[cell.key] = counted.length - known;
  }
  return {
    parent,
    year,
    format,
    cells,
    blanks,
    units: counted.map((row) => ({
      slug: row.slug,
      name: row.name,
      source: row.fromWorkingCopy ? "submitted" : "published",
      revision: row.fromWorkingCopy ? null : row.revision,
    })),
    sourceIds: counted.map((row) => row.sourceId),
    missing: rows
      .filter((row) => !isCounted(row, includeSubmitted))
      .map((row) => ({ slug: row.slug, name: row.name, status: (row.status ?? "none") as ReportStatusName })),
    includeSubmitted,
    includeOwn,
    builtAt: new Date().toISOString(),
  };
}

export interface RollupUnitCells {
  slug: string;
  name: string;
  source: "published" | "submitted";
  cells: Cells;
}

/**
 * The counted units of a roll-up with their cells, in slug order, a page at a time, so that a
 * workbook of every unit × every cell of a province is written without holding it all in
 * memory. Each page reads only its own units' revisions (or working copies), those the sums
 * were taken over. Call computeRollup first: it checks the caller's rights and the common format.
 */
export async function* eachRollupUnit(rollup: Rollup, pageSize = 500): AsyncGenerator<RollupUnitCells[]> {
  const sql = getDatabase().sql;
  const order = rollup.units.map((_, i) => i).sort((a, b) => bySlug(rollup.units[a].slug, rollup.units[b].slug));
  for (let from = 0; from < order.length; from += pageSize) {
    const page = order.slice(from, from + pageSize).map((i) => ({ unit: rollup.units[i], id: rollup.sourceIds[i] }));
    const ids = (source: RollupUnitCells["source"]) => page.filter((p) => p.unit.source === source).map((p) => p.id);
    const rows = await sql.query<{ id: string; fromWorkingCopy: boolean; cells: StoredCells }>(PAGE_CELLS, [
      ids("published"),
      ids("submitted"),
    ]);
    const found = new Map(rows.map((row) => [`${row.fromWorkingCopy}:${row.id}`, row.cells]));
    yield page.map(({ unit, id }) => ({
      slug: unit.slug,
      name: unit.name,
      source: unit.source,
      // A working copy's derived totals are computed, as its revision would hold them.
      cells:
        unit.source === "submitted"
          ? computeTotals(getFormat(rollup.format), numbersOf(found.get(`true:${id}`) ?? null))
          : numbersOf(found.get(`false:${id}`) ?? null),
    }));
  }
}

/** The units of a roll-up as the JSON of `rollup --as json`: interchange + blanks + units. */
export function rollupDocument(rollup: Rollup) {
  return {
    format: rollup.format,
    year: rollup.year,
    organization: rollup.parent.name,
    cells: rollup.cells,
    blanks: rollup.blanks,
    units: rollup.units.map((u) => u.slug),
  };
}

function provenanceOf(rollup: Rollup): RollupProvenance {
  const { units, missing, blanks, includeSubmitted, includeOwn, builtAt } = rollup;
  return { units, missing, blanks, includeSubmitted, includeOwn, builtAt };
}

/**
 * Takes the sums again and writes them as the parent's roll-up report for the year: created
 * when missing, its numbers replaced while it is a draft or returned (a published roll-up is
 * corrected first, like any report). The narrative typed so far is kept.
 */
export async function buildRollupReport(options: { actor: Actor; parentId: string; year: number } & RollupOptions): Promise<{
  reportId: string;
  created: boolean;
  rollup: Rollup;
}> {
  const rollup = await computeRollup(options);
  const { actor } = options;
  const provenance = provenanceOf(rollup);
  return db().$transaction(async (tx) => {
    const where = { orgId_year_scope: { orgId: rollup.parent.id, year: rollup.year, scope: "rollup" as const } };
    let report = await tx.report.findUnique({ where });
    const created = !report;
    if (!report) {
      report = await tx.report.create({
        data: { orgId: rollup.parent.id, year: rollup.year, scope: "rollup", format: storedFormat(rollup.format), rollup: provenance },
      });
      await writeAudit(tx, actor, [
        { entity: "report", entityId: report.id, reportId: report.id, action: "create", after: { year: rollup.year, format: rollup.format, scope: "rollup" } },
      ]);
    } else {
      if (report.status !== "draft" && report.status !== "returned") throw new AppError("REPORT_LOCKED");
      if (formatOfStored(report.format) !== rollup.format) {
        await tx.cell.deleteMany({ where: { reportId: report.id } });
        await writeAudit(tx, actor, [
          { entity: "report", entityId: report.id, reportId: report.id, action: "format", before: { format: formatOfStored(report.format) }, after: { format: rollup.format } },
        ]);
      }
      await tx.report.update({
        where: { id: report.id },
        data: { format: storedFormat(rollup.format), rollup: provenance, version: { increment: 1 } },
      });
    }
    await writeReportCells(tx, actor, report.id, rollup.cells, "rollup");
    await writeAudit(tx, actor, [
      {
        entity: "report",
        entityId: report.id,
        reportId: report.id,
        action: "rollup",
        after: { units: rollup.units.length, missing: rollup.missing.length, includeSubmitted: rollup.includeSubmitted, includeOwn: rollup.includeOwn },
      },
    ]);
    return { reportId: report.id, created, rollup };
  });
}

/** The parent's roll-up report of the year, if one was built (scoped like any report). */
export async function findRollupReport(options: { actor: Actor; parentId: string; year: number }) {
  const ids = await visibleOrgIds(options.actor);
  if (!canSeeOrg(ids, options.parentId)) return null;
  return db().report.findUnique({
    where: { orgId_year_scope: { orgId: options.parentId, year: options.year, scope: "rollup" } },
    select: { id: true, status: true, updatedAt: true, revisions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
  });
}
