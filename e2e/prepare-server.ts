// Runs before the server starts (it is the first half of the webServer command in
// playwright.config.ts). Playwright starts webServer before globalSetup, and the command
// line may not open an embedded database that a running server holds, so the units and
// accounts the tests need are created here, on a fresh data folder, with the real CLI.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import {
  CREDENTIALS_FILE,
  E2E_ACCOUNTS,
  E2E_DATA_DIR,
  E2E_DATABASE_URL,
  E2E_UNITS,
  type E2eAccount,
  type Who,
} from "./environment";

const env = { ...process.env, DATABASE_URL: E2E_DATABASE_URL };

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

function run(command: string, args: string[], input?: string): void {
  const started = Date.now();
  const result = spawnSync(command, args, { env, input, encoding: "utf8" });
  const shown = `${command} ${args.join(" ")}`;
  if (result.status !== 0) {
    throw new Error(
      `${shown} exited ${result.status ?? result.signal}\n${result.stdout ?? ""}${result.stderr ?? ""}`,
    );
  }
  log(`${shown} (${Date.now() - started} ms)`);
}

function nianbao(args: string[], input?: string): void {
  run("npm", ["run", "--silent", "nianbao", "--", ...args], input);
}

function newPassword(): string {
  // Mixed classes, in case the application asks for them.
  return `${crypto.randomBytes(18).toString("base64url")}-Aa1`;
}

function main(): void {
  // The folder and the lock file the application keeps next to it.
  fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  fs.rmSync(`${E2E_DATA_DIR}.lock`, { force: true });
  fs.mkdirSync(".data", { recursive: true });

  // Migrations and the sample data (the units and published reports the public pages show).
  run("npm", ["run", "--silent", "setup"]);

  for (const unit of E2E_UNITS) {
    nianbao([
      "org",
      "add",
      "--slug",
      unit.slug,
      "--name",
      unit.name,
      ...(unit.parent ? ["--parent", unit.parent] : []),
    ]);
  }

  const passwords = {} as Record<Who, string>;
  for (const who of Object.keys(E2E_ACCOUNTS) as Who[]) {
    const account: E2eAccount = E2E_ACCOUNTS[who];
    passwords[who] = newPassword();
    nianbao(
      ["user", "add", "--username", account.username, "--role", account.role, ...(account.org ? ["--org", account.org] : [])],
      `${passwords[who]}\n`,
    );
  }
  fs.writeFileSync(CREDENTIALS_FILE, JSON.stringify(passwords, null, 2), { mode: 0o600 });

  if (!fs.existsSync(".next/BUILD_ID")) {
    log("no build found: running next build");
    const build = spawnSync("npx", ["next", "build"], { env, stdio: "inherit" });
    if (build.status !== 0) throw new Error(`next build exited ${build.status}`);
  }
}

try {
  main();
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
