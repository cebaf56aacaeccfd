"use server";
// 公开指南: save the unit's 政府信息公开指南. The action checks the session; lib/data/guides
// decides whether this actor may change the unit's guide, and empties the public pages' cache.
import { revalidatePath } from "next/cache";
import { saveGuide } from "@/lib/data/guides";
import { guideSchema } from "@/lib/validations/guides";
import { formAction } from "@/app/_lib/server-action";
import { UNIT_GUIDE_PATH } from "@/lib/paths";

export const saveGuideAction = formAction({
  schema: guideSchema,
  run: async (actor, input) => {
    const { changed } = await saveGuide({ actor, input });
    revalidatePath(UNIT_GUIDE_PATH);
    return changed ? "已保存公开指南，公开页面已同时更新。" : "内容没有变化，未保存新的版本。";
  },
});
