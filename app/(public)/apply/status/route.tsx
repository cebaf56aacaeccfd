// 查询申请办理进度: GET shows the requests the visitor's status cookie opens, or the lookup form.
// POST step=lookup: tracking number with the phone or e-mail given, throttled per client
// address and per number (lib/register/apply-guard.ts); every wrong pair gets the same answer;
// a right one sets the cookie (never the phone in an address). step=correction: the applicant's
// 补正 of a request the cookie opens. step=leave: forgets the cookie.
import { AppError } from "@/lib/errors";
import { addApplicantCorrection, applicantCorrectionSchema, applicantStatus, findApplicantRequests } from "@/lib/data/register-online";
import { contactKey } from "@/lib/register/applicant";
import { LOOKUP_THROTTLED_MESSAGE, claimLookup, forgiveLookup } from "@/lib/register/apply-guard";
import { APPLY_STATUS_PATH } from "@/lib/paths";
import { writeFirst } from "@/lib/database/gate";
import { ApplicantStatusView, StatusLookupForm } from "@/components/public/apply/ApplicantStatusView";
import { personalPage, personalRoute, seeOther } from "@/app/_lib/public-site";
import { clientAddress, postedFields, sessionCookie, sessionRequests } from "@/app/(public)/apply/session";

/** The one answer to every pair that finds nothing: it says nothing of which half was wrong. */
const NOT_FOUND_MESSAGE = "未找到与该申请编号和联系方式相符的网络申请，请核对后再试。";

const meta = { title: "查询申请办理进度", description: "凭申请编号和申请时填写的联系电话或电子邮件，查询网络申请的办理进度。", path: APPLY_STATUS_PATH };

function lookupPage(values: { trackingNumber?: string; contact?: string }, message?: string, status?: number) {
  return personalPage({ meta, body: <StatusLookupForm values={values} message={message} /> }, { status });
}

async function statusPage(ids: string[], state: { errors?: Record<string, string>; values?: Record<string, string>; message?: string; status?: number } = {}) {
  const statuses = await applicantStatus(ids);
  if (statuses.length === 0) return lookupPage({});
  return personalPage(
    { meta: { ...meta, title: "申请办理进度" }, body: <ApplicantStatusView statuses={statuses} errors={state.errors ?? {}} values={state.values ?? {}} message={state.message} /> },
    { status: state.status },
  );
}

export const GET = personalRoute<object>(async (request) => statusPage(sessionRequests(request)));

export const POST = personalRoute<object>(async (request) => {
  const fields = await postedFields(request);
  if (fields.step === "leave") return seeOther(request, APPLY_STATUS_PATH, sessionCookie([]));
  if (fields.step === "correction") {
    const open = sessionRequests(request);
    const parsed = applicantCorrectionSchema.safeParse(fields);
    if (!parsed.success || !open.includes(parsed.data.requestId)) {
      if (!open.includes(fields.requestId ?? "")) return lookupPage({}, "查询已过期，请重新查询后再提交补正。", 403);
      return statusPage(open, { errors: { [fields.requestId]: parsed.error?.issues[0]?.message ?? "请填写补正内容" }, values: { [fields.requestId]: fields.note ?? "" }, status: 422 });
    }
    try {
      await writeFirst(() => addApplicantCorrection(parsed.data));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return statusPage(open, { errors: { [parsed.data.requestId]: error.message }, values: { [parsed.data.requestId]: parsed.data.note }, status: 409 });
    }
    return seeOther(request, APPLY_STATUS_PATH);
  }
  const trackingNumber = (fields.trackingNumber ?? "").trim();
  const values = { trackingNumber, contact: fields.contact ?? "" };
  if (trackingNumber === "" || values.contact.trim() === "") return lookupPage(values, "请填写申请编号和联系电话（或电子邮件）。", 422);
  const address = clientAddress(request);
  if (!claimLookup(address, trackingNumber, Date.now())) return lookupPage(values, LOOKUP_THROTTLED_MESSAGE, 429);
  const contact = contactKey(values.contact);
  const ids = contact ? await findApplicantRequests({ trackingNumber, contact }) : [];
  if (ids.length === 0) return lookupPage(values, NOT_FOUND_MESSAGE);
  forgiveLookup(address, trackingNumber);
  return seeOther(request, APPLY_STATUS_PATH, sessionCookie(ids));
});
