-- 政府信息公开指南 (条例第十二条): each unit's 政府信息公开工作机构, its address, hours and
-- contacts, how to apply, fees and remedies, kept by the unit's staff. The three texts of the
-- law (申请渠道, 收费, 救济途径) stay null while the unit keeps the law's wording.

-- CreateTable
CREATE TABLE "UnitGuide" (
    "orgId" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "address" TEXT,
    "hours" TEXT,
    "phone" TEXT,
    "fax" TEXT,
    "email" TEXT,
    "postcode" TEXT,
    "applyChannels" TEXT,
    "fees" TEXT,
    "remedies" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "UnitGuide_pkey" PRIMARY KEY ("orgId")
);

-- AddForeignKey
ALTER TABLE "UnitGuide" ADD CONSTRAINT "UnitGuide_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitGuide" ADD CONSTRAINT "UnitGuide_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
