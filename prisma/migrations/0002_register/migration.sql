-- CreateTable
CREATE TABLE "InfoRequest" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "trackingNumber" TEXT NOT NULL,
    "numberYear" INTEGER,
    "numberSeq" INTEGER,
    "channel" TEXT NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "applicantType" TEXT NOT NULL,
    "applicantName" TEXT,
    "applicantContact" TEXT,
    "subject" TEXT NOT NULL DEFAULT '',
    "formWanted" TEXT,
    "outcome" TEXT,
    "closedOn" TEXT,
    "extendedDays" INTEGER NOT NULL DEFAULT 0,
    "feeYuan" DECIMAL(12,2),
    "dueOn" TEXT,
    "dueProvisional" BOOLEAN NOT NULL DEFAULT false,
    "calendarVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InfoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "note" TEXT,
    "approvedBy" TEXT,
    "days" INTEGER,
    "outcome" TEXT,
    "feeMethod" TEXT,
    "feeQuantity" INTEGER,
    "feeYuan" DECIMAL(12,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCase" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "caseNumber" TEXT,
    "block" TEXT NOT NULL,
    "filedOn" TEXT NOT NULL,
    "result" TEXT,
    "closedOn" TEXT,
    "coDefendantOnly" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolidayNotice" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "docNo" TEXT,
    "issuedOn" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "calendarVersion" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMP(3),

    CONSTRAINT "HolidayNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "noticeId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "festival" TEXT NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("noticeId","date")
);

-- CreateTable
CREATE TABLE "ChannelItem" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "publishedOn" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InfoRequest_orgId_closedOn_dueOn_idx" ON "InfoRequest"("orgId", "closedOn", "dueOn");

-- CreateIndex
CREATE INDEX "InfoRequest_orgId_receivedOn_idx" ON "InfoRequest"("orgId", "receivedOn");

-- CreateIndex
CREATE INDEX "InfoRequest_closedOn_dueOn_idx" ON "InfoRequest"("closedOn", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "InfoRequest_orgId_trackingNumber_key" ON "InfoRequest"("orgId", "trackingNumber");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_idx" ON "RequestEvent"("requestId");

-- CreateIndex
CREATE INDEX "ReviewCase_orgId_filedOn_idx" ON "ReviewCase"("orgId", "filedOn");

-- CreateIndex
CREATE UNIQUE INDEX "HolidayNotice_key_key" ON "HolidayNotice"("key");

-- CreateIndex
CREATE UNIQUE INDEX "HolidayNotice_calendarVersion_key" ON "HolidayNotice"("calendarVersion");

-- CreateIndex
CREATE INDEX "HolidayNotice_status_idx" ON "HolidayNotice"("status");

-- CreateIndex
CREATE INDEX "CalendarDay_date_idx" ON "CalendarDay"("date");

-- CreateIndex
CREATE INDEX "ChannelItem_channelId_publishedOn_idx" ON "ChannelItem"("channelId", "publishedOn");

-- AddForeignKey
ALTER TABLE "InfoRequest" ADD CONSTRAINT "InfoRequest_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InfoRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCase" ADD CONSTRAINT "ReviewCase_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "HolidayNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelItem" ADD CONSTRAINT "ChannelItem_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

