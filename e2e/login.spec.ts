// The login page's query parameters come from links anyone can write: callbackUrl must keep
// the user on this site, and error may only choose one of the fixed messages.
import { expect, test } from "./helpers";

test("?error= shows the fixed message of a known code and never the text of the link", async ({ visitor }) => {
  await visitor.goto(`/login?${new URLSearchParams({ error: "请拨打 400-000-0000 找回密码" })}`);
  await expect(visitor.locator("form").getByRole("alert")).toHaveText("登录失败，请稍后再试。");

  await visitor.goto("/login?error=disabled");
  await expect(visitor.locator("form").getByRole("alert")).toHaveText("账号已停用，请联系系统管理员。");
});

test("a callbackUrl with a newline is refused, not answered with an error page", async ({ visitor }) => {
  const response = await visitor.request.get("/login?callbackUrl=%2F%0A", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
});

test("a signed-in user sent to /login with a TAB in callbackUrl stays on this site", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  for (const callbackUrl of ["/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example"]) {
    const response = await staff.request.get(`/login?${new URLSearchParams({ callbackUrl })}`, { maxRedirects: 0 });
    expect([response.status(), response.headers().location], JSON.stringify(callbackUrl)).toEqual([307, "/"]);
  }
});
