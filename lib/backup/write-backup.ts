// Writes every table of the database to a backup file (format.ts), streaming: rows come through
// a cursor a thousand at a time and leave through gzip with back-pressure, so the size of the
// database does not matter. One read-only REPEATABLE READ transaction: the file is one
// consistent moment even while the site keeps saving.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { quoteIdentifier, readCatalog, type ColumnInfo, type TableInfo } from "@/lib/backup/catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, encodeColumn, PASSWORD_COLUMN, type BackupHeader, type BackupTrailer, type TableHeader } from "@/lib/backup/format";
import type { Database } from "@/lib/db";
import { appliedMigrations, type SqlRunner } from "@/lib/database/migrate";
import { AppError } from "@/lib/errors";

const BATCH = 1000;
const CHUNK_CHARS = 64 * 1024;

export interface BackupSummary {
  schema: string;
  rows: Record<string, number>;
}

/** Text keys sort by code point ("C"), not by the server's locale: the same order on every database. */
function orderBy(table: TableInfo): string {
  return table.primaryKey
    .map((name) => {
      const column = table.columns.find((c) => c.name === name);
      const collatable = column !== undefined && (column.type === "text" || column.type.startsWith("character"));
      return `t.${quoteIdentifier(name)}${collatable ? ' COLLATE "C"' : ""}`;
    })
    .join(", ");
}

function rowExpression(table: TableInfo, withPasswords: boolean): string {
  const values = table.columns.map((column: ColumnInfo) =>
    !withPasswords && table.name === PASSWORD_COLUMN.table && column.name === PASSWORD_COLUMN.column ? `'null'` : encodeColumn(column),
  );
  return `'[' || ${values.join(" || ',' || ")} || ']'`;
}

async function* tableLines(sql: SqlRunner, table: TableInfo, withPasswords: boolean): AsyncGenerator<string> {
  await sql.exec(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${rowExpression(table, withPasswords)} AS "line" FROM ${quoteIdentifier(table.name)} t ORDER BY ${orderBy(table)}`,
  );
  for (;;) {
    const rows = await sql.query<{ line: string }>(`FETCH ${BATCH} FROM backup_rows`);
    for (const row of rows) yield row.line;
    if (rows.length < BATCH) break;
  }
  await sql.exec(`CLOSE backup_rows`);
}

export async function writeBackup(options: { database: Pick<Database, "transaction">; out: Writable; withPasswords: boolean }): Promise<BackupSummary> {
  const gzip = zlib.createGzip();
  const piped = pipeline(gzip, options.out, { end: false });
  // a failure of the output (a full disk, a closed pipe) stops the reading below
  let outputFailed: unknown;
  piped.catch((error: unknown) => {
    outputFailed = error ?? new Error("output closed");
  });
  // lines are gathered into chunks: gzip costs a round trip to the thread pool per write
  let pending = "";
  const flush = async () => {
    if (outputFailed !== undefined) throw outputFailed;
    const chunk = pending;
    pending = "";
    if (chunk !== "" && !gzip.write(chunk)) await Promise.race([once(gzip, "drain"), piped]);
  };
  const write = async (value: object | string) => {
    pending += `${typeof value === "string" ? value : JSON.stringify(value)}\n`;
    if (pending.length >= CHUNK_CHARS) await flush();
  };
  try {
    const summary = await options.database.transaction(async (sql) => {
      await sql.exec(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      const schema = (await appliedMigrations(sql)).at(-1);
      if (schema === undefined) throw new AppError("INVALID_STATE", "数据库还没有建立表结构，没有可以备份的数据。");
      const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schema, passwords: options.withPasswords };
      await write(header);
      const rows: Record<string, number> = {};
      for (const table of await readCatalog(sql)) {
        const tableHeader: TableHeader = { table: table.name, columns: table.columns.map((c) => c.name), types: table.columns.map((c) => c.type) };
        await write(tableHeader);
        let count = 0;
        for await (const line of tableLines(sql, table, options.withPasswords)) {
          await write(line);
          count++;
        }
        rows[table.name] = count;
      }
      const trailer: BackupTrailer = { end: rows };
      await write(trailer);
      await flush();
      return { schema, rows };
    });
    gzip.end();
    await piped;
    return summary;
  } catch (error) {
    gzip.destroy();
    await piped.catch(() => undefined);
    throw error;
  }
}
