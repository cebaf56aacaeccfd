// outbox send as a user runs it: without an SMTP server it says so in one line, before it opens
// the database (lib/env.test.ts checks that a bad setting is refused without repeating it).
import { describe, expect, it } from "vitest";
import { runCli } from "@/lib/cli/testing/run-cli";

const SPAWN_TIMEOUT = 60_000;

describe("outbox send", { timeout: SPAWN_TIMEOUT }, () => {
  it("says what is missing when no SMTP server is set, and exits 2", async () => {
    const run = await runCli(["outbox", "send"], { env: { SMTP_URL: undefined, MAIL_FROM: undefined } });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "未配置发信服务器：请设置环境变量 SMTP_URL（如 smtp://用户名:密码@服务器:587）和 MAIL_FROM。\n",
    });
  });
});
