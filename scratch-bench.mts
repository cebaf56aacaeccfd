import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import fs from "node:fs";
import { shareDatabase } from "./lib/database/share.ts";
const dir = fs.mkdtempSync("/tmp/sb-");
const db = await PGlite.create(`${dir}/data`);
await db.exec("CREATE TABLE t (k text primary key, v int)");
const shared = await shareDatabase(db, `${dir}/data`);
const client = new pg.Client({ host: shared.socketDir, port: 5432, user: "postgres", database: "template1" });
await client.connect();
for (const round of [1, 2]) {
  let t0 = performance.now();
  await db.transaction(async (tx) => { for (let i = 0; i < 200; i++) await tx.query("insert into t values ($1,$2) on conflict (k) do update set v = excluded.v", [`k${i}`, i + round]); });
  const inproc = performance.now() - t0;
  t0 = performance.now();
  await client.query("BEGIN");
  for (let i = 0; i < 200; i++) await client.query("insert into t values ($1,$2) on conflict (k) do update set v = excluded.v", [`k${i}`, i + round]);
  await client.query("COMMIT");
  console.log(`200 upserts in a transaction: in-process ${inproc.toFixed(0)} ms, socket ${(performance.now() - t0).toFixed(0)} ms`);
}
await client.end(); await shared.close(); await db.close();
