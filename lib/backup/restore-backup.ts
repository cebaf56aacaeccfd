// Restores a backup file (format.ts) into an empty database, all in one transaction: a file that
// turns out damaged halfway, or any refused row, leaves the database as empty as it was.
//
// The schema comes first: the migrations up to the backup's own, then the rows, then the
// migrations written since, so a backup of an older version is brought up to date by the same
// steps as the database it came from. Rows are cast from their text to the column types of the
// database restored into, so a column whose type changed (a String that became an enum) takes
// the old backup's values.
import type { Readable } from "node:stream";
import { UNUSABLE_PASSWORD_HASH } from "@/lib/auth/password";
import { quoteIdentifier, readCatalog, type TableInfo } from "@/lib/backup/catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, decodeColumn, PASSWORD_COLUMN, type BackupHeader } from "@/lib/backup/format";
import { damaged, gzipLines } from "@/lib/backup/read-lines";
import { HOLIDAY_NOTICES } from "@/lib/calendar/notices";
import type { Database } from "@/lib/db";
import { appliedMigrations, applyMigrations, listMigrations, MIGRATIONS_DIR, type SqlRunner } from "@/lib/database/migrate";
import { AppError } from "@/lib/errors";

const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;

export interface RestoreSummary {
  schema: string;
  passwords: boolean;
  rows: Record<string, number>;
  /** migrations applied after the rows, when the backup came from an older schema */
  migrated: string[];
}

type Line = { text: string; number: number };

function parseLine(line: Line): unknown {
  try {
    return JSON.parse(line.text);
  } catch {
    throw damaged(`第 ${line.number} 行不是完整的 JSON`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readHeader(line: Line | undefined): BackupHeader {
  const value = line === undefined ? undefined : parseLine(line);
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) throw new AppError("INVALID_INPUT", "这不是公开年报的备份文件（第一行应为备份说明）。");
  if (value.version !== BACKUP_VERSION) {
    throw new AppError("INVALID_INPUT", `备份文件的格式版本 ${String(value.version)} 不受本程序支持（支持版本 ${BACKUP_VERSION}）：请用生成该备份的程序版本恢复。`);
  }
  if (typeof value.schema !== "string" || typeof value.passwords !== "boolean") throw damaged("第 1 行的备份说明不完整");
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: value.schema, passwords: value.passwords };
}

/** Migrations up to the backup's; refuses a backup of a newer program and a database already past it. */
async function prepareSchema(sql: SqlRunner, schema: string): Promise<void> {
  const known = listMigrations().map((m) => m.name);
  if (!known.includes(schema)) {
    const latest = known.at(-1) ?? "";
    throw new AppError(
      "INVALID_STATE",
      schema > latest
        ? `备份来自较新版本的程序（数据库结构 ${schema}，本程序最新为 ${latest}）：请先升级程序，再恢复。`
        : `备份的数据库结构 ${schema} 不是本程序的任何一个版本，无法恢复。`,
    );
  }
  const applied = await appliedMigrations(sql);
  const ahead = applied.filter((name) => name > schema);
  if (ahead.length > 0) {
    throw new AppError(
      "INVALID_STATE",
      `数据库的结构（${applied.at(-1)}）比备份（${schema}）新，旧版本的备份只能恢复到全新的数据库：请新建一个空数据库后再恢复。`,
    );
  }
  await applyMigrations(sql, MIGRATIONS_DIR, { until: schema });
}

// A database that a command or `npm start` has opened already holds the State Council holiday
// notices that every database is given (lib/database/prepare.ts). That is no data of its own:
// it counts as empty, and the backup's copy of the calendar replaces it.
function seededRows(): Record<string, { where: string; params: unknown[] }> {
  const keys = [HOLIDAY_NOTICES.map((notice) => notice.id)];
  const notice = `"key" = ANY ($1::text[]) AND "createdById" IS NULL`;
  return {
    HolidayNotice: { where: notice, params: keys },
    CalendarDay: { where: `"noticeId" IN (SELECT "id" FROM "HolidayNotice" WHERE ${notice})`, params: keys },
    AuditLog: { where: `"entity" = 'notice' AND "action" = 'seed' AND "actorId" IS NULL`, params: [] },
  };
}

async function clearSeededOrRefuse(sql: SqlRunner, tables: TableInfo[]): Promise<void> {
  const seeded = seededRows();
  const withData: string[] = [];
  for (const table of tables) {
    const own = seeded[table.name];
    const [row] = await sql.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${quoteIdentifier(table.name)}${own ? ` WHERE NOT (${own.where})` : ""}) AS "found"`,
      own?.params ?? [],
    );
    if (row?.found) withData.push(table.name);
  }
  if (withData.length > 0) {
    throw new AppError(
      "INVALID_STATE",
      `数据库不是空的（数据表 ${withData.join("、")} 中已有数据），恢复只能写入空数据库，以免与现有数据混在一起：请新建一个空数据库（或换一个内置数据库目录 DATABASE_URL=file:…）后再恢复。`,
    );
  }
  // children first: the calendar days and the audit entries before the notices
  for (const name of ["AuditLog", "CalendarDay", "HolidayNotice"]) {
    const own = seeded[name];
    if (own && tables.some((t) => t.name === name)) await sql.query(`DELETE FROM ${quoteIdentifier(name)} WHERE ${own.where}`, own.params);
  }
}

/** Inserts the rows of one table of the file, batch by batch, and returns how many. */
class TableWriter {
  private batch: string[] = [];
  private chars = 0;
  private readonly deferred: string[] = [];
  count = 0;

  constructor(
    private readonly sql: SqlRunner,
    private readonly table: TableInfo,
    private readonly columns: string[],
    private readonly passwords: boolean,
  ) {}

  static for(sql: SqlRunner, catalog: TableInfo[], value: Record<string, unknown>, line: Line, passwords: boolean): TableWriter {
    const { table: name, columns } = value;
    if (typeof name !== "string" || !Array.isArray(columns) || !columns.every((c): c is string => typeof c === "string")) {
      throw damaged(`第 ${line.number} 行应为数据表的说明`);
    }
    const table = catalog.find((t) => t.name === name);
    if (!table) throw new AppError("INVALID_STATE", `备份中的数据表 ${name} 在数据库中不存在：备份与本程序的数据库结构不一致。`);
    const missing = columns.find((c) => !table.columns.some((t) => t.name === c));
    if (missing !== undefined) throw new AppError("INVALID_STATE", `备份中的列 ${name}.${missing} 在数据库中不存在：备份与本程序的数据库结构不一致。`);
    return new TableWriter(sql, table, columns, passwords);
  }

  get name(): string {
    return this.table.name;
  }

  async add(line: Line, value: unknown): Promise<void> {
    if (!Array.isArray(value) || value.length !== this.columns.length) throw damaged(`第 ${line.number} 行（数据表 ${this.table.name}）的列数不对`);
    this.batch.push(line.text);
    this.chars += line.text.length;
    this.count++;
    if (this.batch.length >= BATCH_ROWS || this.chars >= BATCH_CHARS) await this.flush();
  }

  private expression(name: string, index: number, selfReferencesLater: boolean): string {
    const column = this.table.columns.find((c) => c.name === name)!;
    if (selfReferencesLater && this.table.selfReferences.includes(name)) return "NULL";
    const value = decodeColumn(column, index);
    const isPassword = this.table.name === PASSWORD_COLUMN.table && name === PASSWORD_COLUMN.column;
    return isPassword && !this.passwords ? `coalesce(${value}, ${quoteLiteral(UNUSABLE_PASSWORD_HASH)})` : value;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = `[${this.batch.join(",")}]`;
    const list = this.columns.map(quoteIdentifier).join(", ");
    const values = this.columns.map((name, index) => this.expression(name, index, true)).join(", ");
    await this.sql.query(`INSERT INTO ${quoteIdentifier(this.table.name)} (${list}) SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS r`, [rows]);
    // a row may name a parent that comes later in key order: those links are set once all rows are in
    if (this.table.selfReferences.some((c) => this.columns.includes(c))) this.deferred.push(rows);
    this.batch = [];
    this.chars = 0;
  }

  async finish(): Promise<void> {
    await this.flush();
    const links = this.table.selfReferences.filter((c) => this.columns.includes(c));
    if (links.length === 0) return;
    const set = links.map((name) => `${quoteIdentifier(name)} = ${this.expression(name, this.columns.indexOf(name), false)}`).join(", ");
    const match = this.table.primaryKey
      .map((key) => `t.${quoteIdentifier(key)} = ${this.expression(key, this.columns.indexOf(key), false)}`)
      .join(" AND ");
    for (const rows of this.deferred) {
      await this.sql.query(`UPDATE ${quoteIdentifier(this.table.name)} AS t SET ${set} FROM jsonb_array_elements($1::jsonb) AS r WHERE ${match}`, [rows]);
    }
  }
}

/** A row the database refuses (a value that does not fit its column, a missing parent row) means the file was altered. */
async function refusedRowsAreDamage(table: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const state = (error as { code?: unknown }).code;
    if (typeof state === "string" && (state.startsWith("22") || state.startsWith("23"))) {
      throw damaged(`数据表 ${table} 的数据不符合数据库的约束（值的类型不对，或引用了不存在的行）`);
    }
    throw error;
  }
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Sequences (serial or identity columns) continue after the largest restored value. */
async function resetSequences(sql: SqlRunner): Promise<void> {
  const owned = await sql.query<{ sequence: string; table: string; column: string }>(
    `SELECT s.oid::regclass::text AS "sequence", t.relname AS "table", a.attname AS "column"
     FROM pg_class s
     JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace`,
  );
  for (const { sequence, table, column } of owned) {
    await sql.query(`SELECT setval($1::regclass, coalesce(max(${quoteIdentifier(column)}), 0) + 1, false) FROM ${quoteIdentifier(table)}`, [sequence]);
  }
}

export async function restoreBackup(options: { database: Pick<Database, "sql" | "transaction">; input: Readable }): Promise<RestoreSummary> {
  const lines = gzipLines(options.input);
  try {
    const first = await lines.next();
    const header = readHeader(first.done ? undefined : first.value);
    await prepareSchema(options.database.sql, header.schema);
    const rows = await options.database.transaction(async (sql) => {
      const catalog = await readCatalog(sql);
      await clearSeededOrRefuse(sql, catalog);
      const counted: Record<string, number> = {};
      let writer: TableWriter | undefined;
      for await (const line of lines) {
        const value = parseLine(line);
        if (Array.isArray(value)) {
          if (!writer) throw damaged(`第 ${line.number} 行之前缺少数据表的说明`);
          const current = writer;
          await refusedRowsAreDamage(current.name, () => current.add(line, value));
          continue;
        }
        if (!isRecord(value)) throw damaged(`第 ${line.number} 行无法识别`);
        if (writer) {
          const current = writer;
          await refusedRowsAreDamage(current.name, () => current.finish());
          counted[writer.name] = writer.count;
          writer = undefined;
        }
        if ("end" in value) {
          const expected = value.end;
          if (!isRecord(expected)) throw damaged(`第 ${line.number} 行的结尾说明无法识别`);
          for (const table of new Set([...Object.keys(expected), ...Object.keys(counted)])) {
            const count = expected[table];
            if (counted[table] !== count) throw damaged(`数据表 ${table} 应有 ${String(count ?? 0)} 行，文件中有 ${counted[table] ?? 0} 行`);
          }
          const extra = await lines.next();
          if (!extra.done && extra.value.text !== "") throw damaged(`结尾说明之后还有内容（第 ${extra.value.number} 行）`);
          await resetSequences(sql);
          return counted;
        }
        writer = TableWriter.for(sql, catalog, value, line, header.passwords);
        if (writer.name in counted) throw damaged(`数据表 ${writer.name} 出现了两次`);
      }
      throw damaged("缺少结尾说明，文件可能被截断");
    });
    const migrated = await applyMigrations(options.database.sql);
    return { schema: header.schema, passwords: header.passwords, rows, migrated };
  } finally {
    await lines.return(undefined);
  }
}
