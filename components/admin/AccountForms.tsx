"use client";
// 新建用户, and each account's 停用 / 启用 / 重置密码. A reset's one-time password is shown
// here once, in the answer of the action; reloading the page does not show it again.
import { useEffect, useRef } from "react";
import { createUserAction, disableUserAction, enableUserAction, resetPasswordAction } from "@/app/_actions/users";
import { ActionForm } from "@/components/ui/ActionForm";
import { Field, SelectField, type Choice } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { useKeptForm } from "@/components/ui/useKeptForm";

export interface NewUserFormProps {
  roles: readonly Choice[];
  units: readonly Choice[];
  minPasswordLength: number;
}

export function NewUserForm({ roles, units, minPasswordLength }: NewUserFormProps) {
  const onlyRole = roles.length === 1 ? roles[0] : undefined;
  return (
    <ActionForm action={createUserAction} label="新建用户" heading submit="新建用户" className="panel max-w-2xl">
      {(error) => (
        <>
          <Field id="user-username" label="用户名" error={error("username")} hint="登录用，建立后不能修改：字母、数字、下划线、点或连字符。">
            {(props) => <input {...props} name="username" type="text" required maxLength={64} autoComplete="off" spellCheck={false} className="w-full max-w-xs" />}
          </Field>
          <Field id="user-display-name" label="姓名" error={error("displayName")}>
            {(props) => <input {...props} name="displayName" type="text" required maxLength={50} autoComplete="off" className="w-full max-w-xs" />}
          </Field>
          <SelectField
            id="user-role"
            label="角色"
            error={error("role")}
            name="role"
            required
            defaultValue={onlyRole?.key ?? ""}
            placeholder={onlyRole ? undefined : "请选择"}
            choices={roles}
          />
          <SelectField
            id="user-org"
            label="单位"
            error={error("orgSlug")}
            hint={roles.some((role) => role.key === "admin") ? "系统管理员不属于任何单位，无需选择。" : undefined}
            name="orgSlug"
            defaultValue=""
            placeholder="请选择单位"
            choices={units}
          />
          <Field
            id="user-password"
            label="初始密码"
            error={error("password")}
            hint={`至少 ${minPasswordLength} 个字符。请当面或通过安全渠道告知本人；首次登录后必须修改。`}
          >
            {(props) => (
              <input {...props} name="password" type="text" required minLength={minPasswordLength} autoComplete="off" spellCheck={false} className="w-full max-w-xs" />
            )}
          </Field>
        </>
      )}
    </ActionForm>
  );
}

/** 停用 or 启用, whichever the account's status allows. */
export function StatusForm({ username, disabled }: { username: string; disabled: boolean }) {
  const { state, pending, onSubmit } = useKeptForm(disabled ? enableUserAction : disableUserAction, null);
  const verb = disabled ? "启用" : "停用";
  return (
    <form onSubmit={onSubmit} aria-label={`${verb}账号 ${username}`}>
      <input type="hidden" name="username" value={username} />
      <button type="submit" className={disabled ? "button" : "button button-danger"} disabled={pending}>
        {verb}
        <span className="sr-only"> {username}</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function ResetPasswordForm({ username }: { username: string }) {
  const { state, pending, onSubmit } = useKeptForm(resetPasswordAction, null);
  const shown = useRef<HTMLDivElement>(null);
  // On a phone the accounts table scrolls sideways: bring the password into its frame.
  useEffect(() => {
    if (state?.ok) shown.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [state]);
  return (
    <form onSubmit={onSubmit} aria-label={`重置账号 ${username} 的密码`}>
      <input type="hidden" name="username" value={username} />
      <button type="submit" className="button" disabled={pending}>
        重置密码
        <span className="sr-only"> {username}</span>
      </button>
      <div role="status" aria-live="polite" className="notice-region">
        {state?.ok && (
          <div ref={shown} className="notice notice-success">
            <p>{state.message}一次性密码（只显示这一次）：</p>
            <p>
              <code className="one-time-password">{state.oneTimePassword}</code>
            </p>
            <p className="text-sm">请当面或通过安全渠道告知本人；用它登录后必须设置新密码。</p>
          </div>
        )}
      </div>
      <div role="alert" className="notice-region">
        {state && !state.ok && <p className="notice notice-error">{state.message}</p>}
      </div>
    </form>
  );
}
