-- Closed sets of values become enums: the report formats (lib/formats FORMAT_IDS), the kinds
-- of unit, of register event, of holiday notice and of the days a notice arranges. The
-- labels are the values already stored, so every row converts as it is; a value outside the
-- set stops the migration instead of being changed.

-- CreateEnum
CREATE TYPE "ReportFormat" AS ENUM ('legacy-2014', 'gov-2019', 'gov-2021');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('county', 'department', 'township', 'subdistrict', 'other');

-- CreateEnum
CREATE TYPE "RequestEventKind" AS ENUM ('correction_requested', 'correction_received', 'consultation_started', 'consultation_ended', 'extended', 'answered', 'fee_charged');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('annual', 'amendment');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('holiday', 'makeup');

-- AlterTable: a default of type text cannot be cast with the column; set it again after.
ALTER TABLE "Org" ALTER COLUMN "kind" DROP DEFAULT,
ALTER COLUMN "kind" TYPE "OrgKind" USING "kind"::"OrgKind",
ALTER COLUMN "kind" SET DEFAULT 'other';

-- AlterTable
ALTER TABLE "Report" ALTER COLUMN "format" TYPE "ReportFormat" USING "format"::"ReportFormat";

-- AlterTable
ALTER TABLE "ReportRevision" ALTER COLUMN "format" TYPE "ReportFormat" USING "format"::"ReportFormat";

-- AlterTable
ALTER TABLE "RequestEvent" ALTER COLUMN "kind" TYPE "RequestEventKind" USING "kind"::"RequestEventKind";

-- AlterTable
ALTER TABLE "HolidayNotice" ALTER COLUMN "kind" TYPE "NoticeKind" USING "kind"::"NoticeKind";

-- AlterTable
ALTER TABLE "CalendarDay" ALTER COLUMN "kind" TYPE "CalendarDayKind" USING "kind"::"CalendarDayKind";
