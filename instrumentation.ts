// Runs once when the server starts: warns about doubtful settings, and opens the database,
// which takes the embedded database's lock, so a command line process cannot open the same
// folder meanwhile.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startupWarnings } = await import("@/lib/env");
  for (const warning of startupWarnings()) console.warn(warning);
  const { getDatabase } = await import("@/lib/db");
  getDatabase();
}
