"use server";
// 生成汇总报告: the parent's roll-up report of the year, built again from the units' reports.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { getOrgBySlug } from "@/lib/data/orgs";
import { buildRollupReport } from "@/lib/data/rollups";
import { buildRollupSchema } from "@/lib/validations/rollup";
import { formAction } from "@/app/_lib/server-action";
import { ROLLUP_PATH, workPath } from "@/lib/paths";

export const buildRollupAction = formAction({
  schema: buildRollupSchema,
  run: async (actor, input) => {
    const parent = await getOrgBySlug({ slug: input.parent });
    if (!parent) throw new AppError("NOT_FOUND");
    const { reportId } = await buildRollupReport({
      actor,
      parentId: parent.id,
      year: input.year,
      includeSubmitted: input.submitted,
      includeOwn: input.own,
    });
    revalidatePath(ROLLUP_PATH);
    redirect(workPath(reportId));
  },
});
