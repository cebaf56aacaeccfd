import crypto from "node:crypto";
import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_CONTEXT, E2E_DATABASE_URL, E2E_PORT } from "./e2e/environment";

const inCi = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  // One server on one embedded database: tests run one after another.
  workers: 1,
  fullyParallel: false,
  retries: inCi ? 1 : 0,
  forbidOnly: inCi,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    ...E2E_CONTEXT,
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's chromium; Playwright's own browser download is never used.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Prepare a fresh embedded database with the CLI first: the CLI may not open the
    // folder once the server holds it (see e2e/prepare-server.ts).
    command: `npx tsx e2e/prepare-server.ts && exec node_modules/.bin/next start -p ${E2E_PORT} -H 127.0.0.1`,
    url: `${E2E_BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(E2E_PORT),
      DATABASE_URL: E2E_DATABASE_URL,
      // No NEXTAUTH_URL: everything must work without it (redirects stay on the browser's origin).
      // The session cookie is Secure as in any production start: Chromium keeps Secure cookies
      // from http://127.0.0.1, which counts as a secure context.
      // A secret for this test server only, new on every run.
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    },
  },
});
