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
import { gatePglite, isWriteFirst } from "@/lib/database/gate";

export interface Database {
  config: DatabaseConfig;
  prisma: PrismaClient;
  sql: SqlRunner;
  /**
   * Runs fn while no other process (and no other caller in this process) runs an exclusive
   * step on the same database: migrations and the first load of data, when several
   * application instances start at once. PostgreSQL: a session advisory lock on a connection
   * of its own; PGlite: its folder is already one process's alone.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection inside BEGIN … COMMIT (ROLLBACK when it throws), for raw SQL
   * that needs a session of its own: cursors, SET TRANSACTION, a restore that is all or nothing.
   */
  transaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /** Shares the embedded database this process opened (see lib/database/share.ts); a no-op otherwise. */
  share(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How long an interactive transaction may wait to start and may run, for every transaction
 * of the application (one place; the register's bulk import asks for more). A save's
 * transaction is a handful of statements; under load what it waits for is the server's event
 * loop, shared with every reader's request. bench:load (200 readers, 10 writers, machine load
 * 6–16 on 2 cores; bench/README.md) measured saves at p99 8.7 s (PGlite) and 20 s (PostgreSQL)
 * end to end with no transaction failing at these limits, where Prisma's defaults (2 s to
 * start, 5 s to run) failed 9 of 20 saves on PostgreSQL. A transaction that is really stuck
 * still fails within seconds.
 */
export const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * Through another process's socket every statement of a transaction is a round trip between
 * two processes, and the wait for the database includes the server's own transactions: a
 * command's transaction may wait and run longer than the site's own.
 */
const SHARED_TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 60_000 } as const;

/**
 * PostgreSQL connections per instance: plain reads share READ_CONNECTIONS; transactions (and
 * the reads of a write in progress, writeFirst) have WRITE_CONNECTIONS of their own, so that a
 * save never queues behind readers for a connection. 15 per instance leaves room for several
 * instances within PostgreSQL's default max_connections (100).
 */
const READ_CONNECTIONS = 10;
const WRITE_CONNECTIONS = 5;

/** The advisory lock key of the exclusive steps ("nianbao" as a number). */
export const EXCLUSIVE_LOCK_KEY = 0x6e69616e62616f;

/** One exclusive step at a time within this process. */
function inTurn(): <T>(fn: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const run = last.then(fn, fn);
    last = run.catch(() => undefined);
    return run;
  };
}

/** How long a process waits for another that holds the embedded database's folder without sharing it. */
const LOCK_WAIT_MS = 10_000;

/** The embedded database's folder: opened here, or reached through the process that shares it. */
function openEmbedded(config: DatabaseConfig & { kind: "pglite" }): Database {
  fs.mkdirSync(path.dirname(config.dataDir), { recursive: true });
  let holder = tryDatabaseLock(config.dataDir);
  // A process that holds the folder without sharing it is another command: commands started
  // together (a script's) take turns rather than fail at once.
  const givesUpAt = Date.now() + LOCK_WAIT_MS;
  while (holder && !holder.socketDir && Date.now() < givesUpAt) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    holder = tryDatabaseLock(config.dataDir);
  }
  if (!holder) return openPglite(config, config.dataDir);
  if (!holder.socketDir) throw new DatabaseInUseError(holder.pid);
  // PGlite is one session: one connection, as the in-process client has. The sharing process
  // already ran its migrations, and its folder is its own: exclusive steps take turns here only.
  const pool = new pg.Pool({
    host: holder.socketDir,
    port: SHARED_SOCKET_PORT,
    user: "postgres",
    database: "template1",
    max: 1,
    allowExitOnIdle: true,
  });
  return poolDatabase(config, pool, SHARED_TRANSACTION_LIMITS, inTurn(), () => pool.end());
}

function openPglite(config: DatabaseConfig & { kind: "pglite" | "memory" }, dataDir?: string): Database {
  const pglite = new PGlite(dataDir ?? "memory://");
  // Everyone in this process goes through the gate (transactions first); close() and the
  // socket shared with the command line go straight to PGlite, whose own lock orders them.
  const gated = gatePglite(pglite);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(gated), transactionOptions: TRANSACTION_LIMITS });
  let shared: Promise<SharedDatabase> | undefined;
  return {
    config,
    prisma,
    exclusive: inTurn(),
    sql: {
      async exec(sql) {
        await gated.exec(sql);
      },
      async query<T>(sql: string, params: unknown[] = []) {
        return (await gated.query<T>(sql, params)).rows;
      },
    },
    transaction(work) {
      return gated.transaction((tx) =>
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

function openPostgres(config: DatabaseConfig & { kind: "postgres" }): Database {
  // The adapter starts transactions with pool.connect() and sends plain queries with
  // pool.query(): the pool it is given is the writers'; its query() hands plain reads over.
  const pool = new pg.Pool({ connectionString: config.url, allowExitOnIdle: true, max: WRITE_CONNECTIONS });
  const readers = new pg.Pool({ connectionString: config.url, allowExitOnIdle: true, max: READ_CONNECTIONS });
  // An idle connection that breaks is dropped by the pool (the next query opens another).
  readers.on("error", () => undefined);
  const ownQuery = pool.query.bind(pool);
  const readQuery = readers.query.bind(readers);
  pool.query = ((...args: Parameters<typeof ownQuery>) => (isWriteFirst() ? ownQuery : readQuery)(...args)) as typeof pool.query;
  const turn = inTurn();
  const exclusive = <T>(fn: () => Promise<T>) =>
    turn(async () => {
      const client = new pg.Client({ connectionString: config.url });
      await client.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [EXCLUSIVE_LOCK_KEY]);
        return await fn();
      } finally {
        // Ending the session releases its advisory lock.
        await client.end();
      }
    });
  return poolDatabase(config, pool, TRANSACTION_LIMITS, exclusive, async () => {
    await Promise.all([pool.end(), readers.end()]);
  });
}

/** A database reached through a pg pool: a PostgreSQL server, or the socket of a sharing process. */
function poolDatabase(
  config: DatabaseConfig,
  pool: pg.Pool,
  transactionOptions: { maxWait: number; timeout: number },
  exclusive: Database["exclusive"],
  endPools: () => Promise<void>,
): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
  return {
    config,
    prisma,
    exclusive,
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
      await endPools();
    },
  };
}

/** A database of its own, not the process's: for copying between databases (backup tests). */
export function openDatabaseAt(config: DatabaseConfig): Database {
  if (config.kind === "postgres") return openPostgres(config);
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
