// Opens the database for a command that needs it and brings its schema up to date, so that
// the command line works on a fresh clone before `npm start` has ever run. Opening fails
// with DatabaseInUseError (exit 2) only while a process that does not share the embedded
// database holds it; while a server holds it, the commands work through its socket.
import { say } from "@/lib/cli/output";
import { getDatabase, type Database } from "@/lib/db";
import { prepareDatabase } from "@/lib/database/prepare";

export async function openDatabase(): Promise<Database> {
  const database = getDatabase();
  const { applied } = await database.exclusive(() => prepareDatabase(database));
  if (applied.length > 0) say(`已更新数据库结构：${applied.join("、")}`);
  return database;
}
