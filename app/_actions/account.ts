"use server";
// 修改密码 of the signed-in user: the one action that runs while a password change is pending.
import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/lib/data/users";
import { renewSession } from "@/lib/auth/browser-session";
import { changePasswordSchema } from "@/lib/validations/users";
import { formAction } from "@/app/_lib/server-action";

export const changePasswordAction = formAction({
  schema: changePasswordSchema,
  whilePasswordChangeRequired: true,
  run: async (actor, input) => {
    const { sessionEpoch, wasRequired } = await changeOwnPassword({ actor, ...input });
    // The change ended every session of the account; this one goes on with the new epoch.
    const renewed = actor.kind === "user" && (await renewSession({ userId: actor.id, sessionEpoch }));
    if (!renewed) redirect("/login");
    if (wasRequired) redirect("/");
    return "密码已修改。在其他浏览器或电脑上的登录已经结束。";
  },
});
