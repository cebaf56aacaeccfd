// Test helper: the command line as a user runs it, in a real process from the project folder.
import { spawn } from "node:child_process";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  /** written to stdin, which is then closed; stdin stays open when omitted */
  input?: string;
  /** added to this process's environment (an undefined value removes the variable) */
  env?: Record<string, string | undefined>;
}

/** A script of the project run with tsx, without the CLI's debug output. */
export function spawnScript(script: string, args: readonly string[], options: SpawnOptions = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NIANBAO_DEBUG: "", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  if (options.input !== undefined) child.stdin.end(options.input);
  return child;
}

/** `npm run nianbao -- …args`: its exit code and all it wrote; stdin is closed (empty unless input is given). */
export function runCli(args: readonly string[], options: SpawnOptions = {}): Promise<CliRun> {
  const child = spawnScript("lib/cli/main.ts", args, { ...options, input: options.input ?? "" });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
