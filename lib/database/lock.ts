// PGlite lets only one process open a data folder; two processes on one folder corrupt it.
// The server and every command line process take this lock before opening the folder. The
// lock file names the holder's PID and, when the holder shares the database over a local
// socket (lib/database/share.ts), the folder of that socket on a second line.
import fs from "node:fs";

export class DatabaseInUseError extends Error {
  readonly code = "DATABASE_IN_USE";
  constructor(readonly pid: number) {
    super(
      `内置数据库正被另一个进程（PID ${pid}）使用，且该进程没有共享数据库：请等它结束或停止它后再试，或通过 DATABASE_URL 改用 PostgreSQL。`,
    );
  }
}

export interface DatabaseHolder {
  pid: number;
  /** the folder of the holder's socket (lib/database/share.ts), when it shares the database */
  socketDir?: string;
}

function lockPath(dataDir: string): string {
  return `${dataDir}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): DatabaseHolder | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const [pidLine = "", socketDir] = text.split("\n");
  const pid = Number.parseInt(pidLine, 10);
  return { pid: Number.isFinite(pid) ? pid : 0, ...(socketDir ? { socketDir } : {}) };
}

const held = new Set<string>();

/**
 * Takes the lock for this process and returns undefined, or returns the live process that
 * holds it. A lock left by a process that died is taken over, and the socket folder it
 * names is removed. Re-entrant within a process.
 */
export function tryDatabaseLock(dataDir: string): DatabaseHolder | undefined {
  const file = lockPath(dataDir);
  if (held.has(file)) return undefined;
  fs.mkdirSync(`${dataDir}/..`, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      held.add(file);
      process.once("exit", () => releaseDatabaseLock(dataDir));
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readLock(file);
      if (!owner) continue;
      if (owner.pid === process.pid) {
        held.add(file);
        return undefined;
      }
      if (owner.pid > 0 && isAlive(owner.pid)) return owner;
      // The owner died without cleaning up: the lock and its socket are stale.
      if (owner.socketDir) fs.rmSync(owner.socketDir, { recursive: true, force: true });
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`无法获取数据库锁 ${file}`);
}

/** Takes the lock for this process, or throws DatabaseInUseError. */
export function acquireDatabaseLock(dataDir: string): void {
  const owner = tryDatabaseLock(dataDir);
  if (owner) throw new DatabaseInUseError(owner.pid);
}

/** Records in the lock this process holds where it shares the database (undefined: no longer). */
export function recordSharedSocket(dataDir: string, socketDir: string | undefined): void {
  const file = lockPath(dataDir);
  if (!held.has(file)) throw new Error(`本进程没有持有数据库锁 ${file}`);
  const next = `${file}.${process.pid}`;
  fs.writeFileSync(next, socketDir ? `${process.pid}\n${socketDir}` : String(process.pid));
  fs.renameSync(next, file);
}

export function releaseDatabaseLock(dataDir: string): void {
  const file = lockPath(dataDir);
  if (!held.delete(file)) return;
  try {
    if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // already gone
  }
}
