// A database of its own on a PostgreSQL server for one benchmark run: created before, dropped
// after (the application's connection closed first), whatever happens in between.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDatabase } from "@/lib/db";

export async function withScratchPostgres<T>(serverUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `nianbao_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await closeDatabase();
    process.env.DATABASE_URL = serverUrl;
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
