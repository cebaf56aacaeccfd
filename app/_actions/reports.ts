"use server";
// Staff actions on a unit's report. Every action checks the session itself; the data
// functions decide what this actor may do.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createReport, getReportContent, saveReport, startCorrection, submitReport } from "@/lib/data/reports";
import { acknowledgeFinding, withdrawAcknowledgement } from "@/lib/data/acknowledgements";
import { AppError } from "@/lib/errors";
import type { Acknowledgement } from "@/lib/rules";
import {
  acknowledgeFindingSchema,
  createReportSchema,
  reportContentSchema,
  saveReportSchema,
  startCorrectionSchema,
  submitReportSchema,
  withdrawAcknowledgementSchema,
} from "@/lib/validations/report";
import { toFailure, type ActionResult } from "@/app/_lib/action-result";
import { formAction, inputAction } from "@/app/_lib/server-action";
import { workPath } from "@/lib/paths";

export const createReportAction = formAction({
  schema: createReportSchema,
  read: (formData, actor) => {
    const orgField = formData.get("orgId");
    const formatField = formData.get("format");
    return {
      orgId: orgField || (actor.kind === "user" ? actor.orgId : undefined) || undefined,
      year: formData.get("year"),
      format: formatField ? formatField : undefined,
    };
  },
  run: async (actor, input) => {
    const { id } = await createReport({ actor, ...input });
    revalidatePath("/dashboard");
    redirect(workPath(id));
  },
});

export const saveReportAction = inputAction(saveReportSchema, async (actor, input) => {
  const { version } = await saveReport({ actor, ...input });
  return { ok: true, version };
});

/** The report as it is now, for an editor whose save met someone else's (STALE_VERSION). */
export const loadReportContentAction = inputAction(reportContentSchema, async (actor, input) => {
  const content = await getReportContent({ actor, reportId: input.reportId });
  if (!content) throw new AppError("NOT_FOUND");
  const { lastChange, ...rest } = content;
  return { ok: true, ...rest, lastChange: lastChange ? { by: lastChange.by, at: lastChange.at.toISOString() } : null };
});

/** 提交审核: saves what is on screen, then submits that version. */
export const submitReportAction = inputAction(submitReportSchema, async (actor, input): Promise<ActionResult<{ version: number }>> => {
  const { reportId } = input;
  const { version: saved } = await saveReport({ actor, ...input });
  try {
    const { version } = await submitReport({ actor, reportId, version: saved });
    revalidatePath(workPath(reportId));
    revalidatePath("/dashboard");
    return { ok: true, version };
  } catch (error) {
    return { ...toFailure(error), version: saved };
  }
});

type AcknowledgementReply = ActionResult<{ version: number; acknowledgements: Acknowledgement[] }>;

/** 说明原因 (or 修改): saves what is on screen, then gives the reason for the warning as the saved report has it. */
export const acknowledgeFindingAction = inputAction(acknowledgeFindingSchema, async (actor, input): Promise<AcknowledgementReply> => {
  const { reportId, finding, reason } = input;
  const { version: saved } = await saveReport({ actor, ...input });
  try {
    return { ok: true, ...(await acknowledgeFinding({ actor, reportId, version: saved, finding, reason })) };
  } catch (error) {
    return { ...toFailure(error), version: saved };
  }
});

/** 撤销 a reason: the warning stands again without one. */
export const withdrawAcknowledgementAction = inputAction(withdrawAcknowledgementSchema, async (actor, input): Promise<AcknowledgementReply> => ({
  ok: true,
  ...(await withdrawAcknowledgement({ actor, ...input })),
}));

/** 更正: reopens a published report as a draft; the reason is published with the next revision. */
export const startCorrectionAction = formAction({
  schema: startCorrectionSchema,
  run: async (actor, input) => {
    await startCorrection({ actor, ...input });
    revalidatePath(workPath(input.reportId));
    redirect(workPath(input.reportId));
  },
});
