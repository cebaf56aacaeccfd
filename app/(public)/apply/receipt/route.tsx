// 申请回执: the request just sent, named by the status cookie set when it was recorded (its
// number never appears in an address). Without the cookie: the status query.
import { applicantStatus } from "@/lib/data/register-online";
import { APPLY_RECEIPT_PATH, APPLY_STATUS_PATH } from "@/lib/paths";
import { ApplyReceipt } from "@/components/public/apply/ApplicantStatusView";
import { personalPage, personalRoute, seeOther } from "@/app/_lib/public-site";
import { sessionRequests } from "@/app/(public)/apply/session";

export const GET = personalRoute<object>(async (request) => {
  const [status] = await applicantStatus(sessionRequests(request));
  if (!status) return seeOther(request, APPLY_STATUS_PATH);
  return personalPage({
    meta: { title: "申请已提交", description: "政府信息公开申请的回执。", path: APPLY_RECEIPT_PATH },
    body: <ApplyReceipt status={status} />,
  });
});
