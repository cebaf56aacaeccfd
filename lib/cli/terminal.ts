// The streams the command line reads and writes. They are the process's own; the in-process
// test harness (testing/in-process.ts) puts collectors in their place for the length of a run.
import type { Readable, Writable } from "node:stream";

export interface Terminal {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
}

export const terminal: Terminal = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
