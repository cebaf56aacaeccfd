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

function openPglite(config: DatabaseConfig & { kind: "pglite" | "memory" }): Database {
  let dataDir: string | undefined;
  if (config.kind === "pglite") {
    dataDir = config.dataDir;
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    acquireDatabaseLock(dataDir);
  }
  const pglite = new PGlite(dataDir ?? "memory://");
  // Everyone goes through the gate (transactions first); close() goes straight through.
  const gated = gatePglite(pglite);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(gated), transactionOptions: TRANSACTION_LIMITS });
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
    async close() {
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
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_LIMITS });
  const turn = inTurn();
  return {
    config,
    prisma,
    exclusive: (fn) =>
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
      }),
    sql: {
      async exec(sql) {
        await pool.query(sql);
      },
      async query<T>(sql: string, params: unknown[] = []) {
        return (await pool.query(sql, params)).rows as T[];
      },
    },
    async close() {
      await prisma.$disconnect();
      await Promise.all([pool.end(), readers.end()]);
    },
  };
}

const holder = globalThis as unknown as { nianbaoDatabase?: Database };

export function getDatabase(): Database {
  if (!holder.nianbaoDatabase) {
    const config = databaseConfig();
    holder.nianbaoDatabase = config.kind === "postgres" ? openPostgres(config) : openPglite(config);
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
