"use client";
// 修改密码: the current one, the new one twice.
import { changePasswordAction } from "@/app/_actions/account";
import { ActionForm } from "@/components/ui/ActionForm";
import { Field } from "@/components/ui/Field";

export function ChangePasswordForm({ username, minPasswordLength }: { username: string; minPasswordLength: number }) {
  return (
    <ActionForm action={changePasswordAction} label="修改密码" submit="修改密码" className="panel max-w-md">
      {(error) => (
        <>
          {/* lets a password manager file the new password under the right account */}
          <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
          <Field id="current-password" label="当前密码" error={error("currentPassword")}>
            {(props) => <input {...props} name="currentPassword" type="password" required autoComplete="current-password" className="w-full" />}
          </Field>
          <Field id="new-password" label="新密码" error={error("newPassword")} hint={`至少 ${minPasswordLength} 个字符，不能与当前密码相同。`}>
            {(props) => <input {...props} name="newPassword" type="password" required minLength={minPasswordLength} autoComplete="new-password" className="w-full" />}
          </Field>
          <Field id="confirm-password" label="确认新密码" error={error("confirmPassword")}>
            {(props) => <input {...props} name="confirmPassword" type="password" required autoComplete="new-password" className="w-full" />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
