"use server";
// Staff actions on a unit's report. Every action checks the session itself; the data
// functions decide what this actor may do.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createReport, saveReport, startCorrection, submitReport } from "@/lib/data/reports";
import {
  createReportSchema,
  saveReportSchema,
  startCorrectionSchema,
  submitReportSchema,
} from "@/lib/validations/report";
import { invalidInput, toFailure, type ActionResult, type FormState } from "@/app/_lib/action-result";
import { actionActor, isFailure } from "@/app/_actions/actor";
import { workPath } from "@/app/_lib/paths";

export async function createReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const orgField = formData.get("orgId");
  const formatField = formData.get("format");
  const parsed = createReportSchema.safeParse({
    orgId: orgField || (actor.kind === "user" ? actor.orgId : undefined) || undefined,
    year: formData.get("year"),
    format: formatField ? formatField : undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error);
  let id: string;
  try {
    ({ id } = await createReport({ actor, ...parsed.data }));
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath("/dashboard");
  redirect(workPath(id));
}

export async function saveReportAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = saveReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { version } = await saveReport({ actor, ...parsed.data });
    return { ok: true, version };
  } catch (error) {
    return toFailure(error);
  }
}

/** 提交审核: saves what is on screen, then submits that version. */
export async function submitReportAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = submitReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { reportId } = parsed.data;
  let saved: number;
  try {
    ({ version: saved } = await saveReport({ actor, ...parsed.data }));
  } catch (error) {
    return toFailure(error);
  }
  try {
    const { version } = await submitReport({ actor, reportId, version: saved });
    revalidatePath(workPath(reportId));
    revalidatePath("/dashboard");
    return { ok: true, version };
  } catch (error) {
    return { ...toFailure(error), version: saved };
  }
}

/** 更正: reopens a published report as a draft; the reason is published with the next revision. */
export async function startCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await actionActor();
  if (isFailure(actor)) return actor;
  const parsed = startCorrectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await startCorrection({ actor, ...parsed.data });
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath(workPath(parsed.data.reportId));
  redirect(workPath(parsed.data.reportId));
}
