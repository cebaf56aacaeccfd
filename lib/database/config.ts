// Which database this process uses. DATABASE_URL = postgresql://… selects a PostgreSQL
// server; otherwise the embedded database (PGlite) lives in a folder: DATABASE_URL =
// file:PATH, or memory:// for a throw-away in-memory database (tests), or the default
// folder .data/pglite under the project root.
import path from "node:path";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string }
  | { kind: "memory" };

export const DEFAULT_DATA_DIR = ".data/pglite";

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), DEFAULT_DATA_DIR) };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url === "memory://") return { kind: "memory" };
  const dir = url.startsWith("file:") ? url.slice("file:".length) : url;
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir) };
}

export function describeDatabase(config: DatabaseConfig): string {
  switch (config.kind) {
    case "postgres": {
      const u = new URL(config.url);
      return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
    }
    case "pglite": {
      const relative = path.relative(process.cwd(), config.dataDir);
      return `内置数据库 ${relative && !relative.startsWith("..") ? relative : config.dataDir}`;
    }
    case "memory":
      return "内存数据库";
  }
}
