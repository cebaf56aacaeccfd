"use server";
// Reviewer actions: 退回 with comments, 发布 as a new public revision.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { publishReport, returnReport } from "@/lib/data/reports";
import { publishReportSchema, returnReportSchema } from "@/lib/validations/report";
import { formAction } from "@/app/_lib/server-action";
import { reviewPath } from "@/lib/paths";

export const returnReportAction = formAction({
  schema: returnReportSchema,
  run: async (actor, input) => {
    await returnReport({ actor, ...input });
    revalidatePath("/review");
    redirect(reviewPath(input.reportId));
  },
});

export const publishReportAction = formAction({
  schema: publishReportSchema,
  run: async (actor, input) => {
    await publishReport({ actor, ...input });
    revalidatePath("/review");
    revalidatePath("/reports");
    redirect(reviewPath(input.reportId));
  },
});
