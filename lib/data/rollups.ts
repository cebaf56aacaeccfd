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
import { listCells } from "@/lib/formats/engine";
import type { Cells, FormatId } from "@/lib/formats/types";
import { canBuildRollupOf, canSeeOrg, visibleOrgIds } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { writeReportCells } from "@/lib/data/reports";
import type { RollupProvenance } from "@/lib/data/report-shape";

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
}

interface UnitRow {
  slug: string;
  name: string;
  status: string | null;
  format: string | null;
  revision: number | null;
  revisionFormat: string | null;
}

// The units of the roll-up ($1 parent, $3 with the parent itself), each with its 本级 report of
// the year ($2) and that report's latest revision. Shared by the list and the sums below.
const UNITS = `
WITH RECURSIVE below(id) AS (
  SELECT id FROM "Org" WHERE "parentId" = $1
  UNION ALL
  SELECT o.id FROM "Org" o JOIN below b ON o."parentId" = b.id
),
units(id) AS (
  SELECT id FROM below
  UNION ALL
  SELECT $1::text WHERE $3::boolean
),
reports AS (
  SELECT o.slug, o.name, r.id AS "reportId", r.status::text AS status, r.format,
         lr.number AS revision, lr.format AS "revisionFormat", lr.cells AS "revisionCells"
  FROM units u
  JOIN "Org" o ON o.id = u.id
  LEFT JOIN "Report" r ON r."orgId" = o.id AND r.year = $2 AND r.scope = 'own'
  LEFT JOIN LATERAL (
    SELECT rv.number, rv.format, rv.snapshot -> 'cells' AS cells
    FROM "ReportRevision" rv WHERE rv."reportId" = r.id ORDER BY rv.number DESC LIMIT 1
  ) lr ON true
),
counted AS (
  SELECT *, ($4::boolean AND status = 'submitted') AS "fromWorkingCopy" FROM reports
  WHERE "reportId" IS NOT NULL AND (($4::boolean AND status = 'submitted') OR revision IS NOT NULL)
)`;

const LIST_UNITS = `${UNITS}
SELECT slug, name, status, format, revision, "revisionFormat" FROM reports`;

// Known values only: a JSON null, a missing key and a NULL cell are all blank.
const SUM_CELLS = `${UNITS},
known(key, value) AS (
  SELECT e.key, (e.value)::numeric
  FROM counted c, jsonb_each(c."revisionCells") e
  WHERE NOT c."fromWorkingCopy" AND jsonb_typeof(e.value) = 'number'
  UNION ALL
  SELECT cell.key, cell.value
  FROM counted c JOIN "Cell" cell ON cell."reportId" = c."reportId"
  WHERE c."fromWorkingCopy" AND cell.value IS NOT NULL
)
SELECT key, sum(value)::text AS sum, count(*)::int AS known FROM known GROUP BY key`;

// One page of the counted units with their cells, in slug order after $5 (keyset paging).
const UNIT_CELLS = `${UNITS}
SELECT c.slug, c.name, c."fromWorkingCopy",
  CASE WHEN c."fromWorkingCopy"
    THEN (SELECT jsonb_object_agg(cell.key, cell.value) FROM "Cell" cell WHERE cell."reportId" = c."reportId")
    ELSE c."revisionCells" END AS cells
FROM counted c
WHERE c.slug COLLATE "C" > $5
ORDER BY c.slug COLLATE "C"
LIMIT $6`;

type ReportStatusName = RollupProvenance["missing"][number]["status"];

function isCounted(row: UnitRow, includeSubmitted: boolean): boolean {
  return (includeSubmitted && row.status === "submitted") || (row.status !== null && row.revision !== null);
}

/** Refuses a roll-up over units on different formats, naming them. */
function commonFormat(rows: (UnitRow & { counted: FormatId })[], year: number): FormatId {
  const byFormat = new Map<FormatId, string[]>();
  for (const row of rows) byFormat.set(row.counted, [...(byFormat.get(row.counted) ?? []), row.name]);
  if (byFormat.size > 1) {
    const parts = FORMAT_IDS.filter((id) => byFormat.has(id)).map((format) => [format, byFormat.get(format) ?? []] as const).map(([format, names]) => `${getFormat(format).source}：${names.join("、")}`);
    throw new AppError("INVALID_INPUT", `下级单位的报告格式不一致，不能汇总：${parts.join("；")}。请统一为同一格式后再汇总。`);
  }
  return rows[0]?.counted ?? formatForYear(year).id;
}

/** The sums of the units below `parentId` for `year`, and what they sum. */
export async function computeRollup(options: { actor: Actor; parentId: string; year: number } & RollupOptions): Promise<Rollup> {
  const { actor, parentId, year } = options;
  const includeSubmitted = options.includeSubmitted ?? false;
  const includeOwn = options.includeOwn ?? false;
  const ids = await visibleOrgIds(actor);
  const parent = await db().org.findUnique({ where: { id: parentId }, select: { id: true, slug: true, name: true } });
  if (!parent || !canSeeOrg(ids, parent.id) || !canBuildRollupOf(actor, ids, parent.id)) throw new AppError("NOT_FOUND");
  const sql = getDatabase().sql;
  const params = [parent.id, year, includeOwn, includeSubmitted];
  // Names in the order a Chinese reader expects, the same on both databases whatever their collation.
  const rows = (await sql.query<UnitRow>(LIST_UNITS, params)).sort(
    (a, b) => a.name.localeCompare(b.name, "zh-CN") || a.slug.localeCompare(b.slug),
  );

  const counted = rows
    .filter((row) => isCounted(row, includeSubmitted))
    .map((row) => {
      const format = includeSubmitted && row.status === "submitted" ? row.format : row.revisionFormat;
      if (!isFormatId(format)) throw new AppError("INVALID_INPUT", `单位“${row.name}”的报告格式“${format}”未知。`);
      return { ...row, counted: format };
    });
  const format = commonFormat(counted, year);
  const sums = new Map(
    (await sql.query<{ key: string; sum: string; known: number }>(SUM_CELLS, params)).map((r) => [r.key, r]),
  );

  const cells: Cells = {};
  const blanks: Record<string, number> = {};
  for (const cell of listCells(getFormat(format))) {
    const sum = sums.get(cell.key);
    cells[cell.key] = sum ? Number(sum.sum) : null;
    blanks[cell.key] = counted.length - (sum?.known ?? 0);
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
      source: includeSubmitted && row.status === "submitted" ? "submitted" : "published",
      revision: includeSubmitted && row.status === "submitted" ? null : row.revision,
    })),
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
 * The counted units of a roll-up with their cells, a page at a time, so that a workbook of
 * every unit × every cell of a province is written without holding it all in memory.
 * Call computeRollup first: it checks the caller's rights and the common format.
 */
export async function* eachRollupUnit(rollup: Rollup, pageSize = 500): AsyncGenerator<RollupUnitCells[]> {
  const sql = getDatabase().sql;
  const params = [rollup.parent.id, rollup.year, rollup.includeOwn, rollup.includeSubmitted];
  let after = "";
  for (;;) {
    const rows = await sql.query<{ slug: string; name: string; fromWorkingCopy: boolean; cells: Record<string, number | string | null> | null }>(
      UNIT_CELLS,
      [...params, after, pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      source: row.fromWorkingCopy ? "submitted" : "published",
      cells: Object.fromEntries(Object.entries(row.cells ?? {}).map(([key, value]) => [key, value === null ? null : Number(value)])),
    }));
    after = rows[rows.length - 1].slug;
    if (rows.length < pageSize) return;
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
        data: { orgId: rollup.parent.id, year: rollup.year, scope: "rollup", format: rollup.format, rollup: provenance },
      });
      await writeAudit(tx, actor, [
        { entity: "report", entityId: report.id, reportId: report.id, action: "create", after: { year: rollup.year, format: rollup.format, scope: "rollup" } },
      ]);
    } else {
      if (report.status !== "draft" && report.status !== "returned") throw new AppError("REPORT_LOCKED");
      if (report.format !== rollup.format) {
        await tx.cell.deleteMany({ where: { reportId: report.id } });
        await writeAudit(tx, actor, [
          { entity: "report", entityId: report.id, reportId: report.id, action: "format", before: { format: report.format }, after: { format: rollup.format } },
        ]);
      }
      await tx.report.update({
        where: { id: report.id },
        data: { format: rollup.format, rollup: provenance, version: { increment: 1 } },
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

/** The units a caller may roll up: those they see that have units below them. */
export async function listRollupParents(options: { actor: Actor }) {
  const ids = await visibleOrgIds(options.actor);
  const orgs = await db().org.findMany({
    where: { id: ids === "all" ? undefined : { in: ids }, children: { some: {} } },
    select: { id: true, slug: true, name: true },
  });
  return orgs
    .filter((org) => canBuildRollupOf(options.actor, ids, org.id))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}
