// 网络申请 of a unit (条例第二十九条): GET shows the form with a fresh token and question; POST
// checks the honeypot, the token, the limits and the fields, records the request through
// lib/data/register-online.ts and sends the applicant to the receipt (the request named by a
// signed cookie, never in the URL); a refusal shows the form again with the values kept.
import { z } from "@/lib/zod";
import { createOnlineRequest, findApplyUnit, type ApplyUnit } from "@/lib/data/register-online";
import { onlineApplicationSchema } from "@/lib/register/applicant";
import { APPLY_LIMIT_MESSAGE, HONEYPOT_FIELD, TOKEN_MESSAGES, checkFormToken, issueFormToken, takeApplication } from "@/lib/register/apply-guard";
import { todayInChina } from "@/lib/register/today";
import { APPLY_RECEIPT_PATH, applyPath } from "@/lib/paths";
import { writeFirst } from "@/lib/database/gate";
import { ApplyForm } from "@/components/public/apply/ApplyForm";
import { personalPage, personalRoute, seeOther } from "@/app/_lib/public-site";
import { clientAddress, postedFields, secret, sessionCookie } from "@/app/(public)/apply/session";

type Params = { org: string };

/** What the form keeps of what was posted: everything but the token, the answer and the trap. */
const NOT_KEPT = new Set(["token", "answer", HONEYPOT_FIELD]);

function formPage(unit: ApplyUnit, state: { values?: Record<string, string>; errors?: Record<string, string>; message?: string; status?: number } = {}) {
  const { token, question } = issueFormToken(secret(), unit.id, Date.now());
  const values = Object.fromEntries(Object.entries(state.values ?? {}).filter(([name]) => !NOT_KEPT.has(name)));
  return personalPage(
    {
      meta: { title: `网络申请政府信息公开 — ${unit.name}`, description: `向${unit.name}提交政府信息公开申请。`, path: applyPath(unit.slug) },
      body: <ApplyForm unit={unit} token={token} question={question} values={values} errors={state.errors ?? {}} message={state.message} />,
    },
    { status: state.status },
  );
}

export const GET = personalRoute<Params>(async (_request, { org }) => {
  const unit = await findApplyUnit(org);
  return unit ? formPage(unit) : null;
});

export const POST = personalRoute<Params>(async (request, { org }) => {
  const unit = await findApplyUnit(org);
  if (!unit) return null;
  const values = await postedFields(request);
  const now = Date.now();
  // A robot filled the field people do not see: answered like a refused token, nothing recorded.
  if ((values[HONEYPOT_FIELD] ?? "") !== "") return formPage(unit, { values, message: TOKEN_MESSAGES.invalid, status: 400 });
  const today = todayInChina();
  const parsed = onlineApplicationSchema(today).safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      const first = (messages as string[] | undefined)?.[0];
      if (first) errors[field] = first;
    }
  }
  const refusal = checkFormToken(secret(), unit.id, values.token ?? "", values.answer ?? "", now);
  if (refusal === "wrong_answer") errors.answer = TOKEN_MESSAGES.wrong_answer;
  const tokenMessage = refusal && refusal !== "wrong_answer" ? TOKEN_MESSAGES[refusal] : undefined;
  if (!parsed.success || refusal) return formPage(unit, { values, errors, message: tokenMessage, status: 422 });
  if (!takeApplication(clientAddress(request), parsed.data.phone, now)) return formPage(unit, { values, message: APPLY_LIMIT_MESSAGE, status: 429 });
  const created = await writeFirst(() => createOnlineRequest({ orgId: unit.id, input: parsed.data, today }));
  return seeOther(request, APPLY_RECEIPT_PATH, sessionCookie([created.id]));
});
