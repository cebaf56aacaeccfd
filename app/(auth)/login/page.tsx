import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback";
import { loginErrorMessage } from "@/lib/auth/login-error";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "./LoginForm";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <div className="panel max-w-md">
      <h1>登录</h1>
      <p className="muted">填报人员、审核人员和系统管理员登录后使用。公众查阅已公开的年度报告无需登录。</p>
      <LoginForm callbackUrl={callbackUrl} error={loginErrorMessage(typeof params.error === "string" ? params.error : undefined)} />
    </div>
  );
}
