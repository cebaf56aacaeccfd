// What the browser tests and the server they run against agree on: the port, the data
// folder of the embedded database, and the units and accounts prepared before start-up.
import path from "node:path";

/** 3100 unless E2E_PORT says otherwise (.ci/run picks a free one). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** How every browser context of the tests presents itself. */
export const E2E_CONTEXT = { baseURL: E2E_BASE_URL, locale: "zh-CN", timezoneId: "Asia/Shanghai" };

/** A PGlite folder of its own, so that the tests never touch the developer's data. */
export const E2E_DATA_DIR = ".data/e2e-pglite";
export const E2E_DATABASE_URL = `file:${E2E_DATA_DIR}`;

/** Random passwords of the accounts below, written at start-up (under .data/, not committed). */
export const CREDENTIALS_FILE = path.join(".data", "e2e-credentials.json");

export interface E2eUnit {
  slug: string;
  name: string;
  parent?: string;
}

/** Two units under the sample county, so that one unit's staff can try to read the other's. */
export const E2E_UNITS: E2eUnit[] = [
  { slug: "e2e-town", name: "测试镇", parent: "shapotou" },
  { slug: "e2e-other", name: "测试乡", parent: "shapotou" },
];

export type Role = "staff" | "reviewer" | "admin";

export interface E2eAccount {
  username: string;
  role: Role;
  /** an admin belongs to no unit */
  org?: string;
}

export const E2E_ACCOUNTS = {
  staff: { username: "e2e-staff", role: "staff", org: "e2e-town" },
  otherStaff: { username: "e2e-other-staff", role: "staff", org: "e2e-other" },
  reviewer: { username: "e2e-reviewer", role: "reviewer", org: "shapotou" },
  admin: { username: "e2e-admin", role: "admin" },
} as const satisfies Record<string, E2eAccount>;

export type Who = keyof typeof E2E_ACCOUNTS;
