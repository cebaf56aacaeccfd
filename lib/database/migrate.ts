// Applies prisma/migrations/*/migration.sql in order, once each, on PGlite or PostgreSQL.
// The same files the Prisma CLI writes; recorded in _nianbao_migrations.
import fs from "node:fs";
import path from "node:path";

export interface SqlRunner {
  /** runs a script of several statements */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** The names of the migrations applied to the database, in order; none on a database never migrated. */
export async function appliedMigrations(runner: SqlRunner): Promise<string[]> {
  const [table] = await runner.query<{ exists: boolean }>(`SELECT to_regclass('"_nianbao_migrations"') IS NOT NULL AS "exists"`);
  if (!table?.exists) return [];
  return (await runner.query<{ name: string }>(`SELECT "name" FROM "_nianbao_migrations" ORDER BY "name"`)).map((r) => r.name);
}

/** Returns the names of the migrations it applied: all of them, or those up to and including `until`. */
export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR, options: { until?: string } = {}): Promise<string[]> {
  await runner.exec(
    `CREATE TABLE IF NOT EXISTS "_nianbao_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
  const done = new Set(await appliedMigrations(runner));
  const applied: string[] = [];
  for (const migration of listMigrations(dir)) {
    if (options.until !== undefined && migration.name > options.until) break;
    if (done.has(migration.name)) continue;
    await runner.exec(`BEGIN;\n${migration.sql}\n;INSERT INTO "_nianbao_migrations" ("name") VALUES ('${migration.name.replace(/'/g, "''")}');\nCOMMIT;`);
    applied.push(migration.name);
  }
  return applied;
}
