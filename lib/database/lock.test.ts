import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  acquireDatabaseLock,
  DatabaseInUseError,
  recordSharedSocket,
  releaseDatabaseLock,
  tryDatabaseLock,
} from "@/lib/database/lock";

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

  it("names the socket of a live holder that shares the database", () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(`${dataDir}.lock`, `${process.ppid}\n${dataDir}.socket`);
    expect(tryDatabaseLock(dataDir)).toEqual({ pid: process.ppid, socketDir: `${dataDir}.socket` });
  });

  it("takes over a lock left by a killed sharing process and removes its socket folder", () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(`${dataDir}.socket`);
    fs.writeFileSync(`${dataDir}.socket/.s.PGSQL.5432`, "");
    fs.writeFileSync(`${dataDir}.lock`, `2147483646\n${dataDir}.socket`);
    expect(tryDatabaseLock(dataDir)).toBeUndefined();
    expect(fs.existsSync(`${dataDir}.socket`)).toBe(false);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    releaseDatabaseLock(dataDir);
  });

  it("records where this process shares the database, and removes the record", () => {
    const dataDir = tempDataDir();
    acquireDatabaseLock(dataDir);
    recordSharedSocket(dataDir, "/run/shared");
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${process.pid}\n/run/shared`);
    recordSharedSocket(dataDir, undefined);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    releaseDatabaseLock(dataDir);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
