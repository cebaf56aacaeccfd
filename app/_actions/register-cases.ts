"use server";
// 行政复议 / 行政诉讼 cases (the source of 表四): record one, and record how it ended.
import { revalidatePath } from "next/cache";
import { closeReviewCase, createReviewCase } from "@/lib/data/register-cases";
import { closeReviewCaseSchema, reviewCaseSchema } from "@/lib/register/request-input";
import { formAction } from "@/app/_lib/server-action";
import { formFields, recordingUnit } from "@/app/_lib/form-data";
import { CASES_PATH } from "@/lib/paths";

export const createReviewCaseAction = formAction({
  schema: reviewCaseSchema,
  read: (formData, actor) => ({
    ...formFields(formData, ["caseNumber", "block", "filedOn", "note"]),
    orgId: recordingUnit(formData, actor),
    coDefendantOnly: formData.get("coDefendantOnly") === "on",
  }),
  run: async (actor, input) => {
    await createReviewCase({ actor, input });
    revalidatePath(CASES_PATH);
    return `已登记案件（${input.filedOn}）。`;
  },
});

export const closeReviewCaseAction = formAction({
  schema: closeReviewCaseSchema,
  read: (formData) => formFields(formData, ["caseId", "result", "closedOn"]),
  run: async (actor, input) => {
    await closeReviewCase({ actor, input });
    revalidatePath(CASES_PATH);
    return `已记录审结（${input.closedOn}）。`;
  },
});
