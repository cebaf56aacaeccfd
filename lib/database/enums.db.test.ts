// The enums of the schema against the lists the code keeps, and a database of the schema
// before them (migration 0004) brought up to date with its rows intact: on the embedded
// database and, with DATABASE_URL set, on PostgreSQL (in a schema of its own).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db";
import { formatOfStored, storedFormat } from "@/lib/data/report-format";
import { ORG_KINDS } from "@/lib/data/org-kinds";
import { applyMigrations, listMigrations, MIGRATIONS_DIR, type SqlRunner } from "@/lib/database/migrate";
import { FORMAT_IDS } from "@/lib/formats";
import { ReportFormat } from "@/lib/generated/prisma/enums";
import { EVENT_KIND_KEYS } from "@/lib/register/vocabulary";

async function enumLabels(runner: SqlRunner, type: string): Promise<string[]> {
  const rows = await runner.query<{ label: string }>(
    `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
     WHERE t.typname = $1 AND t.typnamespace = to_regnamespace(current_schema())::oid ORDER BY e.enumsortorder`,
    [type],
  );
  return rows.map((r) => r.label);
}

describe("the schema's enums", () => {
  it("stores the report formats under the ids of the format registry, in its order", async () => {
    expect(await enumLabels(getDatabase().sql, "ReportFormat")).toEqual([...FORMAT_IDS]);
  });

  it("maps every format id to a Prisma value and back", () => {
    expect(FORMAT_IDS.map((id) => formatOfStored(storedFormat(id)))).toEqual([...FORMAT_IDS]);
    expect(Object.values(ReportFormat).map(formatOfStored)).toEqual([...FORMAT_IDS]);
  });

  it("holds the unit kinds, register event kinds, notice kinds and day kinds the code knows", async () => {
    const sql = getDatabase().sql;
    expect(await enumLabels(sql, "OrgKind")).toEqual([...ORG_KINDS]);
    expect(await enumLabels(sql, "RequestEventKind")).toEqual([...EVENT_KIND_KEYS]);
    expect(await enumLabels(sql, "NoticeKind")).toEqual(["annual", "amendment"]);
    expect(await enumLabels(sql, "CalendarDayKind")).toEqual(["holiday", "makeup"]);
  });

  it("reads a report's format through Prisma as the registry's id", async () => {
    const prisma = getDatabase().prisma;
    const org = await prisma.org.create({ data: { slug: "enum-probe", name: "格式测试镇" } });
    const report = await prisma.report.create({ data: { orgId: org.id, year: 2020, format: storedFormat("gov-2019") } });
    const [raw] = await getDatabase().sql.query<{ format: string }>(`SELECT format::text AS format FROM "Report" WHERE id = $1`, [report.id]);
    expect(raw.format).toBe("gov-2019");
    expect(formatOfStored((await prisma.report.findUniqueOrThrow({ where: { id: report.id } })).format)).toBe("gov-2019");
    expect(org.kind).toBe("other");
  });
});

/** A database of its own for the upgrade: an in-memory PGlite, or a fresh schema on the PostgreSQL server. */
let schemas = 0;

async function emptyDatabase(): Promise<{ runner: SqlRunner; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url?.startsWith("postgres")) {
    const schema = `upgrade_${++schemas}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    return {
      runner: {
        exec: async (sql) => void (await client.query(sql)),
        query: async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
      },
      close: async () => {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  }
  const pglite = new PGlite();
  return {
    runner: {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async <T,>(sql: string, params: unknown[] = []) => (await pglite.query<T>(sql, params)).rows,
    },
    close: () => pglite.close(),
  };
}

/** The migrations up to and including `last`, in a folder of their own. */
function migrationsUpTo(last: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  for (const { name, sql } of listMigrations().filter((m) => m.name <= last)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migration 0005_enums", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A database with the schema of migration 0004, before the enums. */
  async function databaseAt0004(): Promise<SqlRunner> {
    const before = migrationsUpTo("0004_rollup_parallel");
    cleanups.push(() => fs.rmSync(before, { recursive: true, force: true }));
    const database = await emptyDatabase();
    cleanups.push(() => database.close());
    expect(await applyMigrations(database.runner, before)).toEqual(["0001_init", "0002_register", "0003_county", "0004_rollup_parallel"]);
    return database.runner;
  }

  it("turns the stored strings of a database at 0004 into enum values without losing a row", async () => {
    const runner = await databaseAt0004();
    await runner.exec(`
      INSERT INTO "Org" (id, slug, name, kind) VALUES ('o1', 'wenchang', '文昌镇', 'township'), ('o2', 'county', '沙坡头区', 'county');
      INSERT INTO "Org" (id, slug, name) VALUES ('o3', 'other', '其他单位');
      INSERT INTO "Report" (id, "orgId", year, format, "updatedAt") VALUES
        ('r1', 'o1', 2018, 'legacy-2014', now()), ('r2', 'o1', 2019, 'gov-2019', now()), ('r3', 'o2', 2021, 'gov-2021', now());
      INSERT INTO "ReportRevision" (id, "reportId", number, format, year, "orgName", snapshot) VALUES
        ('v1', 'r1', 1, 'legacy-2014', 2018, '文昌镇', '{}'), ('v2', 'r3', 1, 'gov-2021', 2021, '沙坡头区', '{}');
      INSERT INTO "InfoRequest" (id, "orgId", "trackingNumber", channel, "receivedOn", "applicantType", "updatedAt") VALUES
        ('q1', 'o1', '2025-1', 'post', '2025-03-03', 'natural', now());
      INSERT INTO "RequestEvent" (id, "requestId", kind, date) VALUES
        ('e1', 'q1', 'correction_requested', '2025-03-04'), ('e2', 'q1', 'answered', '2025-03-20');
      INSERT INTO "HolidayNotice" (id, key, year, kind, title, "issuedOn") VALUES
        ('n1', '2025', 2025, 'annual', '2025年部分节假日安排', '2024-11-12'), ('n2', '2025-a', 2025, 'amendment', '调整通知', '2025-01-02');
      INSERT INTO "CalendarDay" ("noticeId", date, kind, festival) VALUES
        ('n1', '2025-01-01', 'holiday', '元旦'), ('n1', '2025-01-26', 'makeup', '春节');
    `);

    expect(await applyMigrations(runner, MIGRATIONS_DIR, { until: "0005_enums" })).toEqual(["0005_enums"]);

    const rows = async (sql: string) => (await runner.query<Record<string, string>>(sql)).map((r) => Object.values(r).join(" "));
    expect(await rows(`SELECT id, kind::text FROM "Org" ORDER BY id`)).toEqual(["o1 township", "o2 county", "o3 other"]);
    expect(await rows(`SELECT id, format::text FROM "Report" ORDER BY id`)).toEqual(["r1 legacy-2014", "r2 gov-2019", "r3 gov-2021"]);
    expect(await rows(`SELECT id, format::text FROM "ReportRevision" ORDER BY id`)).toEqual(["v1 legacy-2014", "v2 gov-2021"]);
    expect(await rows(`SELECT id, kind::text FROM "RequestEvent" ORDER BY id`)).toEqual(["e1 correction_requested", "e2 answered"]);
    expect(await rows(`SELECT id, kind::text FROM "HolidayNotice" ORDER BY id`)).toEqual(["n1 annual", "n2 amendment"]);
    expect(await rows(`SELECT date, kind::text FROM "CalendarDay" ORDER BY date`)).toEqual(["2025-01-01 holiday", "2025-01-26 makeup"]);
    expect(await rows(`SELECT pg_typeof(format)::text FROM "Report" LIMIT 1`)).toEqual(['"ReportFormat"']);

    // The default of Org.kind survives the change of type, and a value outside a set is refused.
    await runner.exec(`INSERT INTO "Org" (id, slug, name) VALUES ('o4', 'new', '新单位')`);
    expect(await rows(`SELECT kind::text FROM "Org" WHERE id = 'o4'`)).toEqual(["other"]);
    await expect(runner.exec(`INSERT INTO "Report" (id, "orgId", year, format, "updatedAt") VALUES ('r4', 'o2', 2022, 'gov-2022', now())`)).rejects.toThrow(
      /invalid input value for enum "?ReportFormat"?/,
    );
  });

  it("stops, changing nothing, when a stored value is outside its set", async () => {
    const runner = await databaseAt0004();
    await runner.exec(`INSERT INTO "Org" (id, slug, name, kind) VALUES ('o1', 'odd', '某单位', 'province')`);

    await expect(applyMigrations(runner, MIGRATIONS_DIR)).rejects.toThrow(/invalid input value for enum "?OrgKind"?: "province"/);
    await runner.exec("ROLLBACK");
    expect(await runner.query(`SELECT name FROM "_nianbao_migrations" WHERE name = '0005_enums'`)).toEqual([]);
    expect(await runner.query(`SELECT kind, pg_typeof(kind)::text AS type FROM "Org"`)).toEqual([{ kind: "province", type: "text" }]);
  });
});
