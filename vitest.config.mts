import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const resolve = { alias: { "@": root } };

// Two projects: "unit" (pure logic) and "db" (the data layer against a real database:
// a fresh in-memory PGlite per file, or a fresh PostgreSQL database per file when
// DATABASE_URL is a postgresql:// URL — see lib/database/test-setup.ts).
export default defineConfig({
  resolve,
  test: {
    pool: "forks",
    projects: [
      { resolve, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.tsx"], exclude: ["lib/**/*.db.test.ts"], pool: "forks" } },
      {
        resolve,
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts", "bench/**/*.db.test.ts"],
          setupFiles: ["lib/database/test-setup.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
