// PGlite lets only one process open a data folder; two processes on one folder corrupt it.
// The server and every command line process take this lock before opening the folder.
import fs from "node:fs";

export class DatabaseInUseError extends Error {
  readonly code = "DATABASE_IN_USE";
  constructor(readonly pid: number) {
    super(
      `内置数据库正被另一个进程（PID ${pid}，通常是正在运行的服务器）使用：请先停止它，或通过 DATABASE_URL 改用 PostgreSQL。`,
    );
  }
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

const held = new Set<string>();

/** Takes the lock for this process, or throws DatabaseInUseError. Re-entrant within a process. */
export function acquireDatabaseLock(dataDir: string): void {
  const file = lockPath(dataDir);
  if (held.has(file)) return;
  fs.mkdirSync(`${dataDir}/..`, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      held.add(file);
      process.once("exit", () => releaseDatabaseLock(dataDir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (owner === process.pid) {
        held.add(file);
        return;
      }
      if (Number.isFinite(owner) && isAlive(owner)) throw new DatabaseInUseError(owner);
      // The owner died without cleaning up: the lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`无法获取数据库锁 ${file}`);
}

export function releaseDatabaseLock(dataDir: string): void {
  const file = lockPath(dataDir);
  if (!held.delete(file)) return;
  try {
    if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.rmSync(file, { force: true });
  } catch {
    // already gone
  }
}
