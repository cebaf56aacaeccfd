// Test helper: the command line run inside the test's own process, on the test's database, with
// stdin, stdout and stderr replaced by strings. Much faster than a process per run (run-cli.ts),
// so that hundreds of generated argument lists fit in a test; the database stays open between runs.
import { PassThrough, Readable } from "node:stream";
import { runCommandLine } from "@/lib/cli/run";
import { terminal } from "@/lib/cli/terminal";
import type { CliRun } from "@/lib/cli/testing/run-cli";

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** One command line in this process; runs must not overlap (they share the terminal). */
export async function runCliInProcess(args: readonly string[], options: { input?: string | Uint8Array } = {}): Promise<CliRun> {
  const saved = { ...terminal };
  const stdout = collect();
  const stderr = collect();
  terminal.stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  terminal.stdout = stdout.stream;
  terminal.stderr = stderr.stream;
  const debug = process.env.NIANBAO_DEBUG;
  delete process.env.NIANBAO_DEBUG;
  try {
    const code = await runCommandLine(args, { closeDatabase: false });
    await new Promise((resolve) => setImmediate(resolve));
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    Object.assign(terminal, saved);
    if (debug !== undefined) process.env.NIANBAO_DEBUG = debug;
  }
}
