// The one module that opens the database. Everyone else calls db() (Prisma) or
// getDatabase().sql (raw SQL for migrations and bulk work). Opened lazily, so that
// building the application never touches the database, and once per process. The embedded
// database's folder is opened by one process at a time: the server shares it
// (shareEmbeddedDatabase), and a process that finds it held by a sharing process connects
// to that process's socket instead.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseConfig, type DatabaseConfig } from "@/lib/database/config";
import { DatabaseInUseError, recordSharedSocket, releaseDatabaseLock, tryDatabaseLock } from "@/lib/database/lock";
import type { SqlRunner } from "@/lib/database/migrate";
import { shareDatabase, SHARED_SOCKET_PORT, type SharedDatabase } from "@/lib/database/share";

export interface Database {
  config: DatabaseConfig;
  prisma: PrismaClient;
  sql: SqlRunner;
  /**
   * Runs `work` on one connection inside BEGIN … COMMIT (ROLLBACK when it throws), for raw SQL
   * that needs a session of its own: cursors, SET TRANSACTION, a restore that is all or nothing.
   */
  transaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /** Shares the embedded database this process opened (see lib/database/share.ts); a no-op otherwise. */
  share(): Promise<void>;
  close(): Promise<void>;
}

function openEmbedded(config: DatabaseConfig & { kind: "pglite" }): Database {
  fs.mkdirSync(path.dirname(config.dataDir), { recursive: true });
  const holder = tryDatabaseLock(config.dataDir);
  if (!holder) return openPglite(config, config.dataDir);
  if (!holder.socketDir) throw new DatabaseInUseError(holder.pid);
  return openPool(config, {
    host: holder.socketDir,
    port: SHARED_SOCKET_PORT,
    user: "postgres",
    database: "template1",
    // PGlite is one session: one connection, as the in-process client has.
    max: 1,
  }, SHARED_TRANSACTIONS);
}

function openPglite(config: DatabaseConfig & { kind: "pglite" | "memory" }, dataDir?: string): Database {
  const pglite = new PGlite(dataDir ?? "memory://");
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  let shared: Promise<SharedDatabase> | undefined;
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
    async share() {
      if (!dataDir || process.platform === "win32") return;
      shared ??= shareDatabase(pglite, dataDir).then((sharing) => {
        recordSharedSocket(dataDir, sharing.socketDir);
        return sharing;
      });
      await shared;
    },
    async close() {
      if (shared && dataDir) {
        // New clients stop finding the socket before the connected ones are ended.
        recordSharedSocket(dataDir, undefined);
        await (await shared).close();
      }
      await prisma.$disconnect();
      await pglite.close();
      if (dataDir) releaseDatabaseLock(dataDir);
    },
  };
}

/**
 * Through another process's socket every statement of a transaction is a round trip between
 * two processes, and the wait for the database includes the server's own transactions: on a
 * busy machine a command's transaction needs more than Prisma's default 2 s and 5 s.
 */
const SHARED_TRANSACTIONS = { maxWait: 15_000, timeout: 60_000 };

function openPool(config: DatabaseConfig, options: pg.PoolConfig, transactionOptions?: typeof SHARED_TRANSACTIONS): Database {
  const pool = new pg.Pool({ allowExitOnIdle: true, ...options });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
  return {
    config,
    prisma,
    async share() {},
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
  if (config.kind === "postgres") return openPool(config, { connectionString: config.url, max: 10 });
  return config.kind === "pglite" ? openEmbedded(config) : openPglite(config);
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

/** Opens the database and, when it is the embedded one, shares it: what a serving process does. */
export async function shareEmbeddedDatabase(): Promise<void> {
  await getDatabase().share();
}

export function db(): PrismaClient {
  return getDatabase().prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.nianbaoDatabase;
  holder.nianbaoDatabase = undefined;
  if (current) await current.close();
}
