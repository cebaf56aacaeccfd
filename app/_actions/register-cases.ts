"use server";
// 行政复议 / 行政诉讼 cases (the source of 表四): record one, and record how it ended.
import { revalidatePath } from "next/cache";
import { closeReviewCase, createReviewCase } from "@/lib/data/register-cases";
import { closeReviewCaseSchema, reviewCaseSchema } from "@/lib/register/request-input";
import { invalidInput, toFailure, type FormState } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { formField } from "@/components/register/form-data";
import { CASES_PATH } from "@/components/register/paths";


export async function createReviewCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const ownUnit = actor.kind === "user" && actor.role === "staff" ? actor.orgId ?? undefined : undefined;
  const parsed = reviewCaseSchema.safeParse({
    orgId: ownUnit ?? formField(formData, "orgId"),
    caseNumber: formField(formData, "caseNumber"),
    block: formField(formData, "block"),
    filedOn: formField(formData, "filedOn"),
    coDefendantOnly: formData.get("coDefendantOnly") === "on",
    note: formField(formData, "note"),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await createReviewCase({ actor, input: parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CASES_PATH);
  return { ok: true, message: `已登记案件（${parsed.data.filedOn}）。` };
}

export async function closeReviewCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = closeReviewCaseSchema.safeParse({
    caseId: formField(formData, "caseId"),
    result: formField(formData, "result"),
    closedOn: formField(formData, "closedOn"),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await closeReviewCase({ actor, input: parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(CASES_PATH);
  return { ok: true, message: `已记录审结（${parsed.data.closedOn}）。` };
}
