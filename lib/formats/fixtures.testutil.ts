// Test-only: the real reports of ../shared/fixtures/reports (formats.md §6), read at test time.
import fs from "node:fs";
import path from "node:path";
import type { InterchangeDocument } from "./types";

export const SHARED_DIR = path.resolve(process.cwd(), "../shared");
export const FIXTURES_DIR = path.join(SHARED_DIR, "fixtures/reports");

export interface Fixture {
  name: string;
  /** expected.json as parsed JSON, untouched */
  raw: InterchangeDocument;
}

export function loadFixtures(): Fixture[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((name) => fs.existsSync(path.join(FIXTURES_DIR, name, "expected.json")))
    .sort()
    .map((name) => ({
      name,
      raw: JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, name, "expected.json"), "utf8")) as InterchangeDocument,
    }));
}

export function readShared(relative: string): string {
  return fs.readFileSync(path.join(SHARED_DIR, relative), "utf8");
}
