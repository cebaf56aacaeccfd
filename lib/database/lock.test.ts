import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDatabaseLock, DatabaseInUseError, releaseDatabaseLock } from "@/lib/database/lock";

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded database lock", () => {
  it("refuses a folder held by another live process, naming its PID", () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => acquireDatabaseLock(dataDir)).toThrow(DatabaseInUseError);
    expect(() => acquireDatabaseLock(dataDir)).toThrow(`PID ${process.ppid}`);
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(`${dataDir}.lock`, "2147483646");
    acquireDatabaseLock(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    releaseDatabaseLock(dataDir);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("is re-entrant within one process", () => {
    const dataDir = tempDataDir();
    acquireDatabaseLock(dataDir);
    acquireDatabaseLock(dataDir);
    releaseDatabaseLock(dataDir);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
