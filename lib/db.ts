// The one module that opens the database. Everyone else calls db() (Prisma) or
// getDatabase().sql (raw SQL for migrations and bulk work). Opened lazily, so that
// building the application never touches the database, and once per process.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseConfig, type DatabaseConfig } from "@/lib/database/config";
import { acquireDatabaseLock, releaseDatabaseLock } from "@/lib/database/lock";
import type { SqlRunner } from "@/lib/database/migrate";

export interface Database {
  config: DatabaseConfig;
  prisma: PrismaClient;
  sql: SqlRunner;
  /**
   * Runs `work` on one connection inside BEGIN … COMMIT (ROLLBACK when it throws), for raw SQL
   * that needs a session of its own: cursors, SET TRANSACTION, a restore that is all or nothing.
   */
  transaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function openPglite(config: DatabaseConfig & { kind: "pglite" | "memory" }): Database {
  let dataDir: string | undefined;
  if (config.kind === "pglite") {
    dataDir = config.dataDir;
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    acquireDatabaseLock(dataDir);
  }
  const pglite = new PGlite(dataDir ?? "memory://");
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    config,
    prisma,
    sql: {
      async exec(sql) {
        await pglite.exec(sql);
      },
      async query<T>(sql: string, params: unknown[] = []) {
        return (await pglite.query<T>(sql, params)).rows;
      },
    },
    transaction(work) {
      return pglite.transaction((tx) =>
        work({
          async exec(sql) {
            await tx.exec(sql);
          },
          async query<T>(sql: string, params: unknown[] = []) {
            return (await tx.query<T>(sql, params)).rows;
          },
        }),
      );
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      if (dataDir) releaseDatabaseLock(dataDir);
    },
  };
}

function openPostgres(config: DatabaseConfig & { kind: "postgres" }): Database {
  const pool = new pg.Pool({ connectionString: config.url, allowExitOnIdle: true, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    config,
    prisma,
    sql: {
      async exec(sql) {
        await pool.query(sql);
      },
      async query<T>(sql: string, params: unknown[] = []) {
        return (await pool.query(sql, params)).rows as T[];
      },
    },
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await work({
          async exec(sql) {
            await client.query(sql);
          },
          async query<T>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as T[];
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // a connection whose ROLLBACK failed may be broken: do not give it back to the pool
        client.release(broken);
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** A database of its own, not the process's: for copying between databases (backup tests). */
export function openDatabaseAt(config: DatabaseConfig): Database {
  return config.kind === "postgres" ? openPostgres(config) : openPglite(config);
}

const holder = globalThis as unknown as { nianbaoDatabase?: Database };

export function getDatabase(): Database {
  if (!holder.nianbaoDatabase) {
    const config = databaseConfig();
    holder.nianbaoDatabase = openDatabaseAt(config);
    if (config.kind === "pglite") {
      // PGlite must be closed to flush its folder; then exit as the signal would have.
      for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
        process.once(signal, () => {
          void closeDatabase().finally(() => process.exit(code));
        });
      }
    }
  }
  return holder.nianbaoDatabase;
}

export function db(): PrismaClient {
  return getDatabase().prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.nianbaoDatabase;
  holder.nianbaoDatabase = undefined;
  if (current) await current.close();
}
