// Generated roll-up data: a province (the parent) with counties below it and townships,
// subdistricts and departments below each county; every unit of the subtree has its 本级
// report of one year, published (revision 1, a few corrected as revision 2), with its working
// copy (Cell and Section rows) as publishing leaves it. Rows are written through the database
// driver (getDatabase().sql), a batch per statement as one JSON parameter unpacked by
// jsonb_to_recordset, which works alike on PGlite and PostgreSQL; not Prisma's createMany
// (stack.md: bound by Prisma itself, ≈ 7 s per 99,000 rows).
import type { SqlRunner } from "@/lib/database/migrate";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells, FormatId } from "@/lib/formats/types";
import { mulberry32, pick, type Random } from "@/lib/register/testing";
import { NO_RULEMAKING_KINDS } from "@/lib/rules";
import { completeCells, narrative, withBlanks } from "./report";

export interface RollupSpec {
  /** units in the parent's subtree, counties included; each has a report */
  units: number;
  /** units below one county, the county included */
  perCounty: number;
  year: number;
  seed: number;
  /** share of cells a unit left blank */
  blankShare: number;
  /** share of reports corrected after publication (their latest revision is 2) */
  correctedShare: number;
}

export const FORMAT: FormatId = "gov-2021";
export const PARENT_SLUG = "bench-province";
const UNITS_PER_STATEMENT = 250;

export interface GeneratedUnit {
  id: string;
  slug: string;
  name: string;
  kind: string;
  parentId: string;
}

/** What the roll-up of the parent must come to, summed here independently of the database. */
export interface Expected {
  units: number;
  revisions: number;
  cells: Cells;
  blanks: Record<string, number>;
  snapshotBytes: number;
}

const CHARS = "东西南北青白红石金新安平河山林桥阳兴和丰永宁华清长龙凤鹤松柏泉溪湖塘城川岭峰坪沙柳杨桃李梅兰竹云霞";
const DEPARTMENTS = ["教育局", "民政局", "财政局", "自然资源局", "生态环境分局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康局", "市场监督管理局", "应急管理局", "人力资源和社会保障局"];

function placeName(random: Random): string {
  return pick(random, [...CHARS]) + pick(random, [...CHARS]);
}

/** The tree: counties first (ids …-c…), then the units below each. Deterministic from the seed. */
export function planUnits(spec: RollupSpec, parentId: string, random: Random): GeneratedUnit[] {
  const counties = Math.max(1, Math.ceil(spec.units / spec.perCounty));
  const units: GeneratedUnit[] = [];
  const countyNames: string[] = [];
  for (let c = 0; c < counties; c++) {
    const name = placeName(random) + pick(random, ["县", "县", "区", "市"]);
    countyNames.push(name);
    units.push({ id: `bench-c${String(c).padStart(4, "0")}`, slug: `bench-c${String(c).padStart(4, "0")}`, name: `${name}人民政府`, kind: "county", parentId });
  }
  for (let i = 0; units.length < spec.units; i++) {
    const c = i % counties;
    const county = units[c];
    const draw = random();
    const kind = draw < 0.7 ? "township" : draw < 0.85 ? "subdistrict" : "department";
    const name =
      kind === "department" ? `${countyNames[c]}${pick(random, DEPARTMENTS)}` : `${placeName(random)}${kind === "township" ? pick(random, ["镇", "乡"]) : "街道办事处"}`;
    const id = `bench-u${String(i).padStart(6, "0")}`;
    units.push({ id, slug: id, name: kind === "department" ? name : `${countyNames[c]}${name}`, kind, parentId: county.id });
  }
  return units;
}

const SIZE: Record<string, number> = { county: 25, department: 5, township: 3, subdistrict: 4 };

/** One unit's reports: the cells and narrative of each revision, oldest first. */
export function unitRevisions(spec: RollupSpec, unit: GeneratedUnit, random: Random): { cells: Cells; sections: Record<string, string> }[] {
  const format = getFormat(FORMAT);
  const forbidden = (NO_RULEMAKING_KINDS as readonly string[]).includes(unit.kind) ? (format.townshipForbidden ?? []) : [];
  const count = random() < spec.correctedShare ? 2 : 1;
  return Array.from({ length: count }, () => {
    const cells = withBlanks(format, completeCells(format, random, SIZE[unit.kind] ?? 3, forbidden), random, spec.blankShare);
    return { cells, sections: narrative(format, random, unit.name, spec.year, cells) };
  });
}

const MILLIONTHS = 1_000_000;

/** Writes the parent, its subtree and every unit's report; returns the sums they must roll up to. */
export async function generate(sql: SqlRunner, spec: RollupSpec, onProgress: (done: number) => void): Promise<{ parentId: string; expected: Expected }> {
  const random = mulberry32(spec.seed);
  const format = getFormat(FORMAT);
  const keys = listCells(format).map((c) => c.key);
  const parentId = "bench-province";
  await sql.query(`INSERT INTO "Org" ("id", "slug", "name", "kind") VALUES ($1, $2, $3, 'other')`, [parentId, PARENT_SLUG, "基准测试省人民政府"]);
  const units = planUnits(spec, parentId, random);
  const insert = (table: string, columns: string, types: string, rows: unknown[]) =>
    sql.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS x(${types})`, [JSON.stringify(rows)]);

  const sums = new Map(keys.map((k) => [k, 0n]));
  const known = new Map(keys.map((k) => [k, 0]));
  let revisions = 0;
  let snapshotBytes = 0;
  for (let from = 0; from < units.length; from += UNITS_PER_STATEMENT) {
    const batch = units.slice(from, from + UNITS_PER_STATEMENT);
    const reports: unknown[] = [];
    const revisionRows: unknown[] = [];
    const cellRows: unknown[] = [];
    const sectionRows: unknown[] = [];
    for (const unit of batch) {
      const reportId = `${unit.id}-${spec.year}`;
      const history = unitRevisions(spec, unit, random);
      history.forEach(({ cells, sections }, i) => {
        const snapshot = JSON.stringify({ cells, sections, channels: [] });
        snapshotBytes += Buffer.byteLength(snapshot);
        revisionRows.push({
          id: `${reportId}-r${i + 1}`,
          reportId,
          number: i + 1,
          format: FORMAT,
          year: spec.year,
          orgName: unit.name,
          snapshot: JSON.parse(snapshot) as unknown,
          reason: i === 0 ? null : "更正表三数据",
        });
      });
      revisions += history.length;
      const latest = history[history.length - 1];
      reports.push({ id: reportId, orgId: unit.id, year: spec.year, format: FORMAT, version: 1 + 3 * history.length });
      for (const key of keys) {
        const value = latest.cells[key];
        cellRows.push({ reportId, key, value });
        if (value === null || value === undefined) continue;
        sums.set(key, (sums.get(key) ?? 0n) + BigInt(Math.round(value * MILLIONTHS)));
        known.set(key, (known.get(key) ?? 0) + 1);
      }
      for (const [key, text] of Object.entries(latest.sections)) sectionRows.push({ reportId, key, text });
    }
    await insert("Org", `"id", "slug", "name", "kind", "parentId"`, `"id" text, "slug" text, "name" text, "kind" "OrgKind", "parentId" text`, batch);
    await sql.query(
      `INSERT INTO "Report" ("id", "orgId", "year", "scope", "format", "status", "version", "updatedAt")
       SELECT "id", "orgId", "year", 'own', "format", 'published', "version", now()
       FROM jsonb_to_recordset($1::jsonb) AS x("id" text, "orgId" text, "year" int, "format" "ReportFormat", "version" int)`,
      [JSON.stringify(reports)],
    );
    await insert(
      "ReportRevision",
      `"id", "reportId", "number", "format", "year", "orgName", "snapshot", "reason"`,
      `"id" text, "reportId" text, "number" int, "format" "ReportFormat", "year" int, "orgName" text, "snapshot" jsonb, "reason" text`,
      revisionRows,
    );
    await insert("Cell", `"reportId", "key", "value"`, `"reportId" text, "key" text, "value" numeric`, cellRows);
    await insert("Section", `"reportId", "key", "text"`, `"reportId" text, "key" text, "text" text`, sectionRows);
    onProgress(from + batch.length);
  }
  await sql.exec(`ANALYZE "Org"; ANALYZE "Report"; ANALYZE "ReportRevision"; ANALYZE "Cell"; ANALYZE "Section"`);

  const cells: Cells = {};
  const blanks: Record<string, number> = {};
  for (const key of keys) {
    const count = known.get(key) ?? 0;
    cells[key] = count === 0 ? null : Number(sums.get(key) ?? 0n) / MILLIONTHS;
    blanks[key] = units.length - count;
  }
  return { parentId, expected: { units: units.length, revisions, cells, blanks, snapshotBytes } };
}
