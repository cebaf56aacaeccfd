// The embedded database shared over a socket, with the in-process client busy at the same
// time: what one side does never lands inside the other's transaction.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { shareDatabase, SHARED_SOCKET_PORT, type SharedDatabase } from "@/lib/database/share";

let tmp: string;
let pglite: PGlite;
let shared: SharedDatabase | undefined;
const clients: pg.Client[] = [];

// Booting PGlite takes seconds: one database for the file, emptied before each test.
beforeAll(async () => {
  pglite = await PGlite.create("memory://");
  await pglite.exec("CREATE TABLE entry (who TEXT NOT NULL, n INTEGER NOT NULL)");
}, 60_000);

afterAll(async () => {
  await pglite.close();
});

beforeEach(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-share-"));
  await pglite.exec("TRUNCATE entry");
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.end().catch(() => undefined)));
  await shared?.close();
  shared = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function share(options: { idleLimitMs?: number } = {}): Promise<SharedDatabase> {
  shared = await shareDatabase(pglite, path.join(tmp, "pglite"), options);
  return shared;
}

/** A client as the command line connects; `socket` is its connection, to cut it as a crash would. */
async function connect(socketDir: string): Promise<{ client: pg.Client; socket: net.Socket }> {
  const socket = new net.Socket();
  const client = new pg.Client({ host: socketDir, port: SHARED_SOCKET_PORT, user: "postgres", database: "template1", stream: () => socket });
  client.on("error", () => undefined);
  await client.connect();
  clients.push(client);
  return { client, socket };
}

async function entries(): Promise<string[]> {
  return (await pglite.query<{ who: string; n: number }>("SELECT who, n FROM entry ORDER BY who, n")).rows.map((r) => `${r.who}${r.n}`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the embedded database shared over a socket", { timeout: 30_000 }, () => {
  it("runs a client's statement after the server's open transaction, not inside it, so the server's rollback keeps it", async () => {
    const { client } = await connect((await share()).socketDir);
    const serverTransaction = pglite.transaction(async (tx) => {
      await tx.query("INSERT INTO entry VALUES ('server', 1)");
      await pause(200);
      await tx.rollback();
    });
    await pause(50);
    await client.query("INSERT INTO entry VALUES ('cli', 1)");
    await serverTransaction;
    expect(await entries()).toEqual(["cli1"]);
    expect(pglite.isInTransaction()).toBe(false);
  });

  it("runs the server's queries after a client's transaction, so the client's rollback keeps the server's write", async () => {
    const { client } = await connect((await share()).socketDir);
    await client.query("BEGIN");
    await client.query("INSERT INTO entry VALUES ($1, $2)", ["cli", 1]);
    const serverWrite = pglite.query("INSERT INTO entry VALUES ('server', 1)");
    await pause(100);
    const seenByClient = await client.query<{ who: string }>("SELECT who FROM entry");
    await client.query("ROLLBACK");
    await serverWrite;
    expect(seenByClient.rows).toEqual([{ who: "cli" }]);
    expect(await entries()).toEqual(["server1"]);
  });

  it("keeps every write of a client's transactions and the server's when both write at once", async () => {
    const { client } = await connect((await share()).socketDir);
    const server = (async () => {
      for (let n = 1; n <= 40; n++) {
        await pglite.transaction(async (tx) => {
          await tx.query("INSERT INTO entry VALUES ('server', $1)", [n]);
          await tx.query("SELECT count(*) FROM entry");
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let n = 1; n <= 20; n++) {
      await client.query("BEGIN");
      await client.query("INSERT INTO entry VALUES ($1, $2)", ["cli", n]);
      await client.query("INSERT INTO entry VALUES ($1, $2)", ["cli", n + 100]);
      await client.query("COMMIT");
    }
    await server;
    const rows = await entries();
    expect(rows.filter((row) => row.startsWith("server"))).toHaveLength(40);
    expect(rows.filter((row) => row.startsWith("cli"))).toHaveLength(40);
  });

  it("rolls back a client that disconnects inside its transaction and gives the database back to the server", async () => {
    const { client, socket } = await connect((await share()).socketDir);
    await client.query("BEGIN");
    await client.query("INSERT INTO entry VALUES ('cli', 1)");
    socket.destroy();
    await pglite.query("INSERT INTO entry VALUES ('server', 1)");
    expect(await entries()).toEqual(["server1"]);
    expect(pglite.isInTransaction()).toBe(false);
  });

  it("cuts off a client that stalls inside its transaction after the idle limit, and rolls it back", async () => {
    const { client } = await connect((await share({ idleLimitMs: 200 })).socketDir);
    await client.query("BEGIN");
    await client.query("INSERT INTO entry VALUES ('cli', 1)");
    const started = Date.now();
    await pglite.query("INSERT INTO entry VALUES ('server', 1)");
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await expect(client.query("COMMIT")).rejects.toThrow();
    expect(await entries()).toEqual(["server1"]);
  });

  it("serves a second client after the first, each with its own transaction", async () => {
    const { socketDir } = await share();
    const [first, second] = [await connect(socketDir), await connect(socketDir)];
    await first.client.query("BEGIN");
    await first.client.query("INSERT INTO entry VALUES ('first', 1)");
    const secondWrite = second.client.query("INSERT INTO entry VALUES ('second', 1)");
    await pause(50);
    await first.client.query("ROLLBACK");
    await secondWrite;
    expect(await entries()).toEqual(["second1"]);
  });

  it("lets only its owner in: the socket's folder is 0700 and the socket 0600", async () => {
    const { socketDir } = await share();
    expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
    const socket = fs.statSync(path.join(socketDir, `.s.PGSQL.${SHARED_SOCKET_PORT}`));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
  });

  it("replaces a socket left by a server that was killed, and removes its folder when it closes", async () => {
    const stale = path.join(tmp, "pglite.socket");
    fs.mkdirSync(stale, { mode: 0o755 });
    fs.writeFileSync(path.join(stale, `.s.PGSQL.${SHARED_SOCKET_PORT}`), "");
    const sharing = await share();
    expect(sharing.socketDir).toBe(stale);
    expect(fs.statSync(stale).mode & 0o777).toBe(0o700);
    const { client } = await connect(sharing.socketDir);
    expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await sharing.close();
    shared = undefined;
    expect(fs.existsSync(stale)).toBe(false);
  });
});
