// The holiday calendar a command counts on: the active notices in the database, so that a
// notice an admin activated counts here as in the pages. Without a database yet (a fresh
// clone, no DATABASE_URL) or while another process holds the embedded one without sharing it, the notices shipped with
// the project count instead, and the command says so.
import fs from "node:fs";
import { say } from "@/lib/cli/output";
import { openDatabase } from "@/lib/cli/database";
import type { Calendar } from "@/lib/calendar/calendar";
import { NATIONAL_CALENDAR } from "@/lib/calendar/calendar";
import { PROJECT_NOTICE_YEARS } from "@/lib/calendar/notices";
import { databaseConfig } from "@/lib/database/config";
import { DatabaseInUseError } from "@/lib/database/lock";
import { loadCalendar } from "@/lib/data/calendar";

export async function commandLineCalendar(): Promise<Calendar> {
  const config = databaseConfig();
  if (config.kind === "pglite" && !fs.existsSync(config.dataDir)) return NATIONAL_CALENDAR;
  try {
    await openDatabase();
    return (await loadCalendar()).calendar;
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    say(`内置数据库正被另一进程使用：按项目自带的国务院办公厅放假安排（${PROJECT_NOTICE_YEARS}）计算。`);
    return NATIONAL_CALENDAR;
  }
}
