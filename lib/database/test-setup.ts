// Gives each integration test file a database of its own: an in-memory PGlite, or, when
// DATABASE_URL points at a PostgreSQL server, a new database on it that is dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, getDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/prepare";

const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
let created: string | undefined;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (serverUrl) {
    created = `nianbao_test_${randomBytes(6).toString("hex")}`;
    await admin((c) => c.query(`CREATE DATABASE "${created}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${created}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    process.env.DATABASE_URL = "memory://";
  }
  await prepareDatabase(getDatabase());
});

afterAll(async () => {
  await closeDatabase();
  if (serverUrl && created) {
    process.env.DATABASE_URL = serverUrl;
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${created}" WITH (FORCE)`));
  }
});
