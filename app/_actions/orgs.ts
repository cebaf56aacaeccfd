"use server";
// 单位管理: 新建单位, 修改名称, 调整上级单位. Each action checks the session again;
// lib/data/orgs decides whether this actor may change units.
import { revalidatePath } from "next/cache";
import { createOrg, moveOrg, renameOrg } from "@/lib/data/orgs";
import { createOrgSchema, moveOrgSchema, renameOrgSchema } from "@/lib/validations/orgs";
import { formAction } from "@/app/_lib/server-action";
import { ADMIN_UNITS_PATH, ADMIN_USERS_PATH } from "@/lib/paths";

/** Unit names show on the units page, its unit pages and the accounts page. */
function revalidateUnits(): void {
  revalidatePath(ADMIN_UNITS_PATH, "layout");
  revalidatePath(ADMIN_USERS_PATH);
}

export const createOrgAction = formAction({
  schema: createOrgSchema,
  run: async (actor, input) => {
    await createOrg({ actor, ...input });
    revalidateUnits();
    return `已新建单位“${input.name}”（标识 ${input.slug}）。`;
  },
});

export const renameOrgAction = formAction({
  schema: renameOrgSchema,
  run: async (actor, input) => {
    const { changed } = await renameOrg({ actor, ...input });
    revalidateUnits();
    return changed ? `已改名为“${input.name}”。已发布的报告仍使用原网址，各版本保留发布时的单位名称。` : "名称没有变化。";
  },
});

export const moveOrgAction = formAction({
  schema: moveOrgSchema,
  run: async (actor, input) => {
    const { changed } = await moveOrg({ actor, ...input });
    revalidateUnits();
    return changed ? "已调整上级单位。" : "上级单位没有变化。";
  },
});
