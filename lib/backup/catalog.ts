// What a backup copies, read from the database's own catalog rather than listed by hand: every
// table of the schema but the migration record, its columns with their types, its primary key
// and its foreign keys. A new model, a new column or a column whose type changes (a String
// that becomes an enum) is copied without a change here.
import type { SqlRunner } from "@/lib/database/migrate";

/** Tables that are not data: the record of applied migrations travels as the backup's schema version. */
export const NOT_BACKED_UP = ["_nianbao_migrations"] as const;

export interface ColumnInfo {
  name: string;
  /** as PostgreSQL spells it for a cast: text, integer, numeric(24,6), timestamp(3) without time zone, "Role" */
  type: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** columns referring to this same table (Org.parentId): restored in a second pass */
  selfReferences: string[];
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
export { quote as quoteIdentifier };

async function tableNames(sql: SqlRunner): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT c.relname AS "name" FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
  );
  const skipped = new Set<string>(NOT_BACKED_UP);
  return rows.map((row) => row.name).filter((name) => !skipped.has(name));
}

/** Columns of every table of the schema, in column order. */
async function columns(sql: SqlRunner): Promise<(ColumnInfo & { table: string })[]> {
  return sql.query(
    `SELECT c.relname AS "table", a.attname AS "name", format_type(a.atttypid, a.atttypmod) AS "type"
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
       AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY c.relname, a.attnum`,
  );
}

/** Primary-key columns of every table, in key order. */
async function primaryKeys(sql: SqlRunner): Promise<{ table: string; name: string }[]> {
  return sql.query(
    `SELECT c.relname AS "table", a.attname AS "name"
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indrelid
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
     WHERE c.relnamespace = current_schema()::regnamespace AND i.indisprimary
     ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
}

async function foreignKeys(sql: SqlRunner): Promise<{ child: string; parent: string; column: string }[]> {
  return sql.query(
    `SELECT child.relname AS "child", parent.relname AS "parent", a.attname AS "column"
     FROM pg_constraint k
     JOIN pg_class child ON child.oid = k.conrelid
     JOIN pg_class parent ON parent.oid = k.confrelid
     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
     WHERE k.contype = 'f' AND child.relnamespace = current_schema()::regnamespace`,
  );
}

/**
 * Every table in dependency order (a table after the tables it refers to; ties by name, so the
 * order is the same on every database of one schema).
 */
export async function readCatalog(sql: SqlRunner): Promise<TableInfo[]> {
  const names = (await tableNames(sql)).sort();
  const keys = await foreignKeys(sql);
  const allColumns = await columns(sql);
  const allKeys = await primaryKeys(sql);
  const tables = new Map<string, TableInfo>();
  for (const name of names) {
    tables.set(name, {
      name,
      columns: allColumns.filter((c) => c.table === name).map(({ name: column, type }) => ({ name: column, type })),
      primaryKey: allKeys.filter((k) => k.table === name).map((k) => k.name),
      selfReferences: keys.filter((k) => k.child === name && k.parent === name).map((k) => k.column),
    });
  }
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const next = names.find(
      (name) => !placed.has(name) && keys.every((k) => k.child !== name || k.parent === name || placed.has(k.parent) || !tables.has(k.parent)),
    );
    if (next === undefined) {
      const left = names.filter((name) => !placed.has(name));
      throw new Error(`数据表之间的外键成环，无法确定备份顺序：${left.join("、")}`);
    }
    placed.add(next);
    ordered.push(tables.get(next)!);
  }
  for (const table of ordered) {
    if (table.primaryKey.length === 0) throw new Error(`数据表 ${table.name} 没有主键，无法按确定的顺序备份`);
  }
  return ordered;
}
