// The backup file (format "nianbao-backup", version 1): gzip'd JSON Lines.
//
//   {"format":"nianbao-backup","version":1,"schema":"0004_rollup_parallel","passwords":false}
//   {"table":"Org","columns":["id","slug",…],"types":["text","text",…]}
//   ["cm…","pingtan",…]                      one line per row, rows in primary-key order
//   …                                        the next table, tables in dependency order
//   {"end":{"Org":12,"User":3,…}}            rows per table: a file without it is incomplete
//
// Values are canonical so that the same data gives the same bytes on PGlite and on PostgreSQL:
// integers and booleans as JSON; numeric as a string with its scale ("12.500000"); timestamps
// as ISO strings in UTC; jsonb as PostgreSQL prints it (keys in jsonb's order); everything else
// (text, enums, dates, bytea in hex) as the string PostgreSQL prints for it, which casts back.
// The file holds no time of its own: two backups of the same data are byte for byte the same.
import { quoteIdentifier, type ColumnInfo } from "@/lib/backup/catalog";

export const BACKUP_FORMAT = "nianbao-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** the last migration applied to the database backed up */
  schema: string;
  /** whether users' password hashes are in the file */
  passwords: boolean;
}

export interface TableHeader {
  table: string;
  columns: string[];
  types: string[];
}

export interface BackupTrailer {
  end: Record<string, number>;
}

/** The password hash column: written only when asked for (`--with-passwords`). */
export const PASSWORD_COLUMN = { table: "User", column: "passwordHash" } as const;

const TIMESTAMP = /^timestamp(?:\((\d)\))? (with|without) time zone$/;

/** SQL giving the column's value as a JSON text, or 'null'. */
export function encodeColumn(column: ColumnInfo, alias = "t"): string {
  const ref = `${alias}.${quoteIdentifier(column.name)}`;
  const timestamp = TIMESTAMP.exec(column.type);
  let json: string;
  if (timestamp) {
    const precision = timestamp[1] === undefined ? 6 : Number(timestamp[1]);
    const fraction = precision === 0 ? "" : precision <= 3 ? ".MS" : ".US";
    const utc = timestamp[2] === "with" ? `(${ref} AT TIME ZONE 'UTC')` : ref;
    json = `to_json(to_char(${utc}, 'YYYY-MM-DD"T"HH24:MI:SS${fraction}"Z"'))::text`;
  } else if (column.type === "jsonb") {
    json = `${ref}::text`;
  } else if (column.type === "json") {
    json = `${ref}::jsonb::text`;
  } else if (["smallint", "integer", "bigint", "boolean"].includes(column.type)) {
    json = `to_json(${ref})::text`;
  } else {
    json = `to_json(${ref}::text)::text`;
  }
  return `coalesce(${json}, 'null')`;
}

/** SQL giving element `index` of the JSON array `row` as a value of the column's type. */
export function decodeColumn(column: ColumnInfo, index: number, row = "r"): string {
  if (column.type === "jsonb" || column.type === "json") {
    // null in the file is SQL NULL (the application stores no JSON null in a nullable column)
    return `(CASE WHEN jsonb_typeof(${row}->${index}) = 'null' THEN NULL ELSE (${row}->${index})::${column.type} END)`;
  }
  return `(${row}->>${index})::${column.type}`;
}
