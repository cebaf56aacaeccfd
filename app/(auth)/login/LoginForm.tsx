"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { safeCallbackPath } from "@/lib/auth/callback";
import { LOGIN_FAILED, loginErrorMessage } from "@/lib/auth/login-error";

/** `initialError`: the message for the page's ?error=… code, already mapped by loginErrorMessage. */
export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        username: String(data.get("username") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      }).catch(() => undefined);
      if (!result || !result.ok || result.error) {
        setError(loginErrorMessage(result?.error) ?? LOGIN_FAILED);
        return;
      }
      router.replace(safeCallbackPath(callbackUrl));
      router.refresh();
    });
  }

  return (
    // Without JavaScript the form posts to next-auth directly (never as a GET with the password in the URL).
    <form onSubmit={onSubmit} method="post" action="/api/auth/callback/credentials" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="field">
        <label htmlFor="username">用户名</label>
        <input id="username" name="username" type="text" autoComplete="username" required className="w-full" />
      </div>
      <div className="field">
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="w-full" />
      </div>
      <div role="alert" className="notice-region">
        {error && <p className="notice notice-error">{error}</p>}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        登录
      </button>
    </form>
  );
}
