-- A roll-up reads the latest revision of every unit below the parent: for a province, ten
-- thousand snapshots of ≈ 10 KB. They are stored out of line (TOAST), so the table itself
-- stays a few MB and PostgreSQL, judging by that size, never reads it in parallel; told the
-- number of workers, it does, and the sums of 10,000 units take half the time (bench/rollup).
-- The embedded database (PGlite) has no parallel workers and ignores it.

-- AlterTable
ALTER TABLE "ReportRevision" SET (parallel_workers = 2);
