import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { failure, type ActionFailure } from "@/app/_lib/action-result";

/**
 * The signed-in actor of a server action. Actions do not redirect to the login page when
 * the session has expired: the editor would lose what the user typed. They say so instead.
 * While the user must change their password, only the action that changes it runs
 * (`whilePasswordChangeRequired`); every other one is refused with PASSWORD_CHANGE_REQUIRED.
 */
export async function actionActor(options: { whilePasswordChangeRequired?: boolean } = {}): Promise<Actor | ActionFailure> {
  const user = await getSessionUser();
  if (!user) return failure("UNAUTHENTICATED", "登录已过期：请在新的浏览器标签页中重新登录，再回到本页重试（本页填写的内容仍保留）。");
  if (user.mustChangePassword && !options.whilePasswordChangeRequired) return failure("PASSWORD_CHANGE_REQUIRED");
  return user.actor;
}

export function isFailure(value: Actor | ActionFailure): value is ActionFailure {
  return "ok" in value && value.ok === false;
}
