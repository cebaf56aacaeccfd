-- 说明原因: a warning of a report's working copy acknowledged with a reason that the reviewer
-- reads. A finding is named by its rule and the cells and sections it concerns (lib/rules
-- findingKey); the message keeps the numbers the reason was given for. One reason per finding.

-- CreateTable
CREATE TABLE "FindingAcknowledgement" (
    "reportId" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingAcknowledgement_pkey" PRIMARY KEY ("reportId","finding")
);

-- AddForeignKey
ALTER TABLE "FindingAcknowledgement" ADD CONSTRAINT "FindingAcknowledgement_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingAcknowledgement" ADD CONSTRAINT "FindingAcknowledgement_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
