"use server";
// 账号管理: 新建用户, 停用, 启用, 重置密码. Each action checks the session again;
// lib/data/users decides which accounts this actor manages (others look missing).
import { revalidatePath } from "next/cache";
import { createUser, disableUser, enableUser, resetUserPassword } from "@/lib/data/users";
import { accountSchema, createUserSchema } from "@/lib/validations/users";
import { formAction, replyFormAction } from "@/app/_lib/server-action";
import { ADMIN_UNITS_PATH, ADMIN_USERS_PATH } from "@/lib/paths";

function revalidateAccounts(): void {
  revalidatePath(ADMIN_USERS_PATH);
  revalidatePath(ADMIN_UNITS_PATH, "layout");
}

export const createUserAction = formAction({
  schema: createUserSchema,
  run: async (actor, input) => {
    await createUser({ actor, ...input, mustChangePassword: true });
    revalidateAccounts();
    return `已新建账号 ${input.username}。请把初始密码告知本人；首次登录后须修改密码。`;
  },
});

export const disableUserAction = formAction({
  schema: accountSchema,
  run: async (actor, { username }) => {
    const { changed } = await disableUser({ actor, username });
    revalidateAccounts();
    return changed ? `已停用 ${username}：不能再登录，已登录的页面在下一次操作时退出。` : `${username} 已是停用状态。`;
  },
});

export const enableUserAction = formAction({
  schema: accountSchema,
  run: async (actor, { username }) => {
    const { changed } = await enableUser({ actor, username });
    revalidateAccounts();
    return changed ? `已启用 ${username}。` : `${username} 已是正常状态。`;
  },
});

/** The one-time password travels back once, in this answer; it is stored only as a hash. */
export const resetPasswordAction = replyFormAction({
  schema: accountSchema,
  run: async (actor, { username }) => {
    const { password } = await resetUserPassword({ actor, username });
    revalidateAccounts();
    return { message: `已重置 ${username} 的密码。`, oneTimePassword: password };
  },
});
