-- A historical published report (往年报告): a report of an earlier year brought in as it was
-- published, defects included, with the day it was published on. Its revision says so, names
-- the source it was read from, and keeps the findings of the published numbers as notes
-- (the rule, the cells and sections concerned, what is wrong), which the public page shows.
-- Revisions made here are not historical and have neither.

-- AlterTable
ALTER TABLE "ReportRevision" ADD COLUMN "historical" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ReportRevision" ADD COLUMN "sourceName" TEXT;
ALTER TABLE "ReportRevision" ADD COLUMN "notes" JSONB;

ALTER TABLE "ReportRevision" ADD CONSTRAINT "ReportRevision_historical_source_check"
  CHECK (("historical" AND "sourceName" IS NOT NULL AND "notes" IS NOT NULL)
      OR (NOT "historical" AND "sourceName" IS NULL AND "notes" IS NULL));
