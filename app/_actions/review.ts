"use server";
// Reviewer actions: 退回 with comments, 发布 as a new public revision.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { publishReport, returnReport } from "@/lib/data/reports";
import { publishReportSchema, returnReportSchema } from "@/lib/validations/report";
import { invalidInput, toFailure, type FormState } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { reviewPath } from "@/app/_lib/paths";

export async function returnReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = returnReportSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await returnReport({ actor, ...parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath("/review");
  redirect(reviewPath(parsed.data.reportId));
}

export async function publishReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = publishReportSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await publishReport({ actor, ...parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath("/review");
  revalidatePath("/reports");
  redirect(reviewPath(parsed.data.reportId));
}
