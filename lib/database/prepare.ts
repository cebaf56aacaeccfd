// Brings a database up to date: the schema (migrations) and the project's reference data
// (the State Council holiday notices the deadlines count on). Run by setup, by every command
// line process that opens the database, and by the integration tests' set-up.
import { CLI_ACTOR } from "@/lib/auth/actor";
import type { Database } from "@/lib/db";
import { applyMigrations } from "@/lib/database/migrate";
import { seedHolidayNotices } from "@/lib/data/calendar";

export async function prepareDatabase(database: Database): Promise<{ applied: string[]; noticesAdded: string[] }> {
  const applied = await applyMigrations(database.sql);
  const { added } = await seedHolidayNotices({ actor: CLI_ACTOR });
  return { applied, noticesAdded: added };
}
