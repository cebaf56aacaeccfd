-- Accounts that can be disabled and must change a reset password; a unit's roll-up (汇总)
-- beside its own report for a year.

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('active', 'disabled');

-- CreateEnum
CREATE TYPE "ReportScope" AS ENUM ('own', 'rollup');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "status" "UserStatus" NOT NULL DEFAULT 'active',
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sessionEpoch" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastLoginAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "scope" "ReportScope" NOT NULL DEFAULT 'own',
ADD COLUMN     "rollup" JSONB;

-- DropIndex
DROP INDEX "Report_orgId_year_key";

-- CreateIndex
CREATE UNIQUE INDEX "Report_orgId_year_scope_key" ON "Report"("orgId", "year", "scope");
