"use server";
// 登录 and 退出: plain HTML forms (they work without JavaScript), answered with redirects to
// paths of this site only. A refused login goes back to /login?error=CODE, shown through
// lib/auth/login-error.ts. Server actions refuse a POST from another origin.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { verifyCredentials } from "@/lib/data/users";
import { endSession, startSession } from "@/lib/auth/browser-session";
import { DEFAULT_CALLBACK, safeCallbackPath } from "@/lib/auth/callback";
import type { LoginErrorCode } from "@/lib/auth/login-error";
import { trustedClientAddress } from "@/lib/http/client-address";
import { LOGIN_PATH } from "@/lib/paths";

/** Where 退出 leads: the public reports. */
const AFTER_LOGOUT = "/reports";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The login page again, with the reason's code and the page the user was going to. */
function loginAgain(code: LoginErrorCode | "failed", callbackUrl: string): never {
  const query = new URLSearchParams({ error: code });
  if (callbackUrl !== DEFAULT_CALLBACK) query.set("callbackUrl", callbackUrl);
  redirect(`${LOGIN_PATH}?${query}`);
}

export async function loginAction(formData: FormData): Promise<never> {
  const callbackUrl = safeCallbackPath(text(formData, "callbackUrl"));
  const username = text(formData, "username");
  const password = text(formData, "password");
  if (!username || !password) loginAgain("invalid", callbackUrl);
  let result: Awaited<ReturnType<typeof verifyCredentials>>;
  try {
    result = await verifyCredentials({ username, password, clientAddress: trustedClientAddress((await headers()).get("x-forwarded-for")) });
  } catch (error) {
    console.error("登录时出错", error);
    loginAgain("failed", callbackUrl);
  }
  if (!result.ok) loginAgain(result.reason, callbackUrl);
  await startSession(result.user);
  // A password still to be changed leads to /account from every page (lib/auth/session.ts).
  redirect(callbackUrl);
}

export async function logoutAction(): Promise<never> {
  await endSession();
  redirect(AFTER_LOGOUT);
}
