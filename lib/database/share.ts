// The process that holds the embedded database (the server) shares it with the command line
// over a Unix socket that speaks the PostgreSQL protocol, so that commands run while the site
// runs. Only the same OS user can connect: the socket's folder is 0700 and the socket 0600.
//
// PGlite is one session. A client's messages must never land inside a transaction the
// server's own queries have open, nor the server's queries inside the client's transaction
// or between the Parse and Sync of one of its queries. So a client takes PGlite's
// transaction lock (the one PGlite's query() and transaction() take) at its first message
// and gives it back only when the database reports it idle (ReadyForQuery 'I'). A client
// that goes away, or stalls while it holds the lock, is rolled back and cut off.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

/** The socket file is `.s.PGSQL.<port>` in its folder, as PostgreSQL clients look for it. */
export const SHARED_SOCKET_PORT = 5432;
const SOCKET_NAME = `.s.PGSQL.${SHARED_SOCKET_PORT}`;
/** The longest socket path every platform accepts (sun_path is 104 bytes on some). */
const MAX_SOCKET_PATH = 100;
/** How long a client may hold the database without sending anything before it is cut off. */
export const DEFAULT_IDLE_LIMIT_MS = 15_000;

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const MAX_MESSAGE = 1 << 30;

const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = query("ROLLBACK");

function query(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message[0] = 0x51; // 'Q'
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/** The transaction status of the last ReadyForQuery in a reply, if the reply ends with one. */
function readyStatus(reply: Uint8Array): number | undefined {
  const view = Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength);
  let offset = 0;
  let status: number | undefined;
  while (offset + 5 <= view.length) {
    const next = offset + 1 + view.readInt32BE(offset + 1);
    status = view[offset] === READY_FOR_QUERY && next <= view.length ? view[offset + 5] : undefined;
    offset = next;
  }
  return status;
}

/** Waits for PGlite's transaction lock and returns the function that gives it back. */
function takeDatabase(pglite: PGlite): Promise<() => void> {
  return new Promise((granted) => {
    void pglite._runExclusiveTransaction(() => new Promise<void>((giveBack) => granted(giveBack)));
  });
}

class Session {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;
  private closed = false;
  private work: Promise<void> = Promise.resolve();
  private giveBack: (() => void) | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pglite: PGlite,
    private readonly socket: net.Socket,
    private readonly idleLimitMs: number,
    private readonly onEnd: (session: Session) => void,
  ) {
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => void this.end());
    socket.on("close", () => void this.end());
  }

  private receive(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    // What arrived together (a query's Parse … Sync) is run together and answered in one write.
    const batch: Buffer[] = [];
    for (;;) {
      // Before start-up a message is length + code; after it, type byte + length.
      const header = this.started ? 5 : 8;
      if (this.pending.length < header) break;
      const length = this.started ? 1 + this.pending.readInt32BE(1) : this.pending.readInt32BE(0);
      if (length < header || length > MAX_MESSAGE) return void this.end();
      if (this.pending.length < length) break;
      const message = this.pending.subarray(0, length);
      this.pending = this.pending.subarray(length);
      if (!this.started) {
        const code = message.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write("N");
          continue;
        }
        if (code === CANCEL_REQUEST) return void this.end();
        this.started = true;
      } else if (message[0] === TERMINATE) {
        return void this.end();
      }
      batch.push(message);
    }
    if (batch.length > 0) this.work = this.work.then(() => this.run(batch));
  }

  private async run(batch: readonly Buffer[]): Promise<void> {
    if (this.closed) return;
    clearTimeout(this.idleTimer);
    this.giveBack ??= await takeDatabase(this.pglite);
    if (this.closed) return;
    try {
      const replies: Uint8Array[] = [];
      for (const message of batch) replies.push(await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(message)));
      const reply = Buffer.concat(replies);
      if (reply.length > 0) this.socket.write(reply);
      if (readyStatus(reply) === IDLE) this.release();
      else this.idleTimer = setTimeout(() => void this.end(), this.idleLimitMs);
    } catch {
      void this.end();
    }
  }

  private release(): void {
    const giveBack = this.giveBack;
    this.giveBack = undefined;
    giveBack?.();
  }

  /** Cuts the client off; what it left open is rolled back before the database is given back. */
  end(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      clearTimeout(this.idleTimer);
      this.socket.destroy();
      this.work = this.work.then(async () => {
        if (!this.giveBack) return;
        try {
          const status = readyStatus(await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(SYNC)));
          if (status !== IDLE) await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(ROLLBACK));
        } finally {
          this.release();
          this.onEnd(this);
        }
      });
      if (!this.giveBack) this.onEnd(this);
    }
    return this.work;
  }
}

export interface SharedDatabase {
  socketDir: string;
  close(): Promise<void>;
}

/** The folder for the socket of the database in dataDir: beside it, or a private temporary one when that path is too long. */
function makeSocketDir(dataDir: string): string {
  const beside = `${dataDir}.socket`;
  if (path.join(beside, SOCKET_NAME).length <= MAX_SOCKET_PATH) {
    // Only the process holding the lock gets here: whatever is there is left from before.
    fs.rmSync(beside, { recursive: true, force: true });
    fs.mkdirSync(beside, { mode: 0o700 });
    fs.chmodSync(beside, 0o700);
    return beside;
  }
  return fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-")); // created 0700
}

/** Starts sharing an open PGlite over a socket in a new folder for dataDir. */
export async function shareDatabase(
  pglite: PGlite,
  dataDir: string,
  options: { idleLimitMs?: number } = {},
): Promise<SharedDatabase> {
  const socketDir = makeSocketDir(dataDir);
  const socketPath = path.join(socketDir, SOCKET_NAME);
  const sessions = new Set<Session>();
  const server = net.createServer((socket) => {
    sessions.add(new Session(pglite, socket, options.idleLimitMs ?? DEFAULT_IDLE_LIMIT_MS, (s) => sessions.delete(s)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve();
    });
  });
  fs.chmodSync(socketPath, 0o600);
  server.unref();
  return {
    socketDir,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...sessions].map((session) => session.end()));
      await closed;
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
