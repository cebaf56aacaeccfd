// 修改密码 of whoever is signed in. The one page a user who must change their password sees.
import type { Metadata } from "next";
import { requireSessionUser } from "@/lib/auth/session";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";

export const metadata: Metadata = { title: "修改密码" };

export default async function AccountPage() {
  const user = await requireSessionUser();
  return (
    <>
      <h1>修改密码</h1>
      {user.mustChangePassword ? (
        <p className="notice notice-info max-w-2xl">您正在使用管理员设置的初始密码或一次性密码。请先设置自己的新密码，然后才能继续使用系统。</p>
      ) : (
        <p className="muted">修改后，在其他浏览器或电脑上的登录将结束，本页保持登录。</p>
      )}
      <p>
        账号：<code>{user.actor.username}</code>
      </p>
      <ChangePasswordForm username={user.actor.username} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
