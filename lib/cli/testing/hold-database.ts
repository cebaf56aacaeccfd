// Test helper: opens the database the way a running server does (taking the lock on the
// embedded data folder), prints "ready", and holds it until its stdin closes.
import { closeDatabase, getDatabase } from "@/lib/db";

async function hold(): Promise<void> {
  await getDatabase().sql.query("SELECT 1");
  process.stdout.write("ready\n");
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.once("end", resolve));
  await closeDatabase();
}

hold().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
