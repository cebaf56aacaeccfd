-- 网络申请: what the applicant wrote beside 获取信息的途径 “其他” (条例第二十九条). The form wanted
-- is kept as its words in "formWanted" already, so its “其他” is written there ("其他：…").

-- AlterTable
ALTER TABLE "InfoRequest" ADD COLUMN "deliveryOther" TEXT;
