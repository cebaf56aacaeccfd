-- 依申请公开 end to end: requests sent through the public form (网络申请) carry what 条例第二十九条
-- asks of an applicant (身份证明, 联系方式, the information wanted and how to receive it); the
-- register gains 条例第三十五条's 延迟答复 and the fee procedure of 国办函〔2020〕109号 (收费通知,
-- 缴费); a 补正 can be sent by the applicant online. Existing rows are requests typed in by staff.

-- AlterEnum (new values are not used in this transaction)
ALTER TYPE "RequestEventKind" ADD VALUE 'delayed_reply';
ALTER TYPE "RequestEventKind" ADD VALUE 'fee_notified';
ALTER TYPE "RequestEventKind" ADD VALUE 'fee_paid';

-- AlterTable
ALTER TABLE "InfoRequest" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'staff';
ALTER TABLE "InfoRequest" ADD COLUMN "applicantIdType" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "applicantIdNumber" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "applicantPhone" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "applicantEmail" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "applicantAddress" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "infoTitle" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "infoDocNo" TEXT;
ALTER TABLE "InfoRequest" ADD COLUMN "deliveryMethod" TEXT;

-- AlterTable
ALTER TABLE "RequestEvent" ADD COLUMN "untilOn" TEXT;
ALTER TABLE "RequestEvent" ADD COLUMN "byApplicant" BOOLEAN NOT NULL DEFAULT false;
