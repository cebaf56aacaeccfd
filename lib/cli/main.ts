// The command line's process: `npm run nianbao -- <command> …`. Whatever escapes the command
// (a stray rejection, an exception in a callback) is still one line on stderr and exit 2.
import { reportFailure } from "@/lib/cli/output";
import { runCommandLine } from "@/lib/cli/run";

function crash(error: unknown): void {
  process.exit(reportFailure(error) === 1 ? 1 : 2);
}

// Deprecation notices are for developers, not for the person at the terminal: the pg driver
// warns whenever Prisma runs two reads of one transaction side by side, which it queues.
process.noDeprecation = true;
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

runCommandLine(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Whatever still holds the event loop open (a database timer, stdin) must not keep a
  // finished command alive; an unref'd timer fires only if something does.
  setTimeout(() => process.exit(code), 3000).unref();
}, crash);
