// The messages a refused login shows. next-auth puts the reason into /login?error=…, which
// anyone can write, so only known codes are shown and never the text itself.

/** The reasons `authorize` gives (thrown as the code; next-auth passes it on as `error`). */
export const LOGIN_ERRORS = {
  invalid: "用户名或密码错误。",
  throttled: "登录失败次数过多，请稍后再试。",
  disabled: "账号已停用，请联系系统管理员。",
} as const;

export type LoginErrorCode = keyof typeof LOGIN_ERRORS;

/** Any other refusal, or a login that could not be sent. */
export const LOGIN_FAILED = "登录失败，请稍后再试。";

function isLoginErrorCode(error: string): error is LoginErrorCode {
  return Object.hasOwn(LOGIN_ERRORS, error);
}

/** The message for next-auth's `error`; a value that is no known code gets the generic message. */
export function loginErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  // next-auth's own code when `authorize` returns no user.
  if (error === "CredentialsSignin") return LOGIN_ERRORS.invalid;
  return isLoginErrorCode(error) ? LOGIN_ERRORS[error] : LOGIN_FAILED;
}
