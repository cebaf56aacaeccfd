// A plain form posting to the login server action: it works with JavaScript off too. The
// result comes back as a redirect: the page asked for, or /login?error=CODE.
import { loginAction } from "@/app/_actions/auth";
import { PendingButton } from "@/components/ui/PendingButton";

/** `error`: the message for the page's ?error=… code, already mapped by loginErrorMessage. */
export function LoginForm({ callbackUrl, error }: { callbackUrl: string; error: string | null }) {
  return (
    <form action={loginAction} noValidate>
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
      <PendingButton className="button button-primary">登录</PendingButton>
    </form>
  );
}
