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

/** Returns the names of the migrations it applied. */
export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  await runner.exec(
    `CREATE TABLE IF NOT EXISTS "_nianbao_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
  const done = new Set(
    (await runner.query<{ name: string }>(`SELECT "name" FROM "_nianbao_migrations"`)).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const migration of listMigrations(dir)) {
    if (done.has(migration.name)) continue;
    await runner.exec(`BEGIN;\n${migration.sql}\n;INSERT INTO "_nianbao_migrations" ("name") VALUES ('${migration.name.replace(/'/g, "''")}');\nCOMMIT;`);
    applied.push(migration.name);
  }
  return applied;
}
