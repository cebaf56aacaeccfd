import { describe, expect, it } from "vitest";
import { loginErrorMessage } from "@/lib/auth/login-error";

describe("loginErrorMessage: a fixed message per known code, never the text of the URL", () => {
  it.each([
    ["CredentialsSignin", "用户名或密码错误。"],
    ["invalid", "用户名或密码错误。"],
    ["throttled", "登录失败次数过多，请稍后再试。"],
    ["disabled", "账号已停用，请联系系统管理员。"],
  ])("%s → %s", (code, message) => {
    expect(loginErrorMessage(code)).toBe(message);
  });

  it.each([
    "请拨打 400-000-0000 找回密码",
    "账号已停用，请联系系统管理员。",
    "<script>alert(1)</script>",
    "toString",
    "__proto__",
    "constructor",
    "Disabled",
    "SessionRequired",
  ])("shows the generic message for the unknown %j", (error) => {
    expect(loginErrorMessage(error)).toBe("登录失败，请稍后再试。");
  });

  it("shows nothing without an error", () => {
    expect(loginErrorMessage(undefined)).toBeNull();
    expect(loginErrorMessage("")).toBeNull();
  });
});
