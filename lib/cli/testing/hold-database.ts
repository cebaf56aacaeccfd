// Test helper: opens the database the way a running server does (taking the lock on the
// embedded data folder and sharing it; --no-share: only the lock, as a command does), prints
// "ready", and holds it until its stdin closes. --write: meanwhile creates units holder-1,
// holder-2, … one after another through the data layer, as a busy site writes, and prints
// "writes N" at the end.
import { CLI_ACTOR } from "@/lib/auth/actor";
import { closeDatabase, getDatabase } from "@/lib/db";
import { createOrg } from "@/lib/data/orgs";
import { prepareDatabase } from "@/lib/database/prepare";

async function hold(args: readonly string[]): Promise<void> {
  const database = getDatabase();
  await prepareDatabase(database);
  if (!args.includes("--no-share")) await database.share();
  let stopped = false;
  const stdinClosed = new Promise((resolve) => process.stdin.once("end", resolve).resume());
  void stdinClosed.then(() => (stopped = true));
  let writes = 0;
  const writing = (async () => {
    while (args.includes("--write") && !stopped) {
      await createOrg({ actor: CLI_ACTOR, slug: `holder-${writes + 1}`, name: `持有进程单位${writes + 1}` });
      writes += 1;
      // A site's writes come from requests: between them, the event loop serves the socket.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  process.stdout.write("ready\n");
  await stdinClosed;
  await writing;
  if (args.includes("--write")) process.stdout.write(`writes ${writes}\n`);
  await closeDatabase();
}

hold(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
