import { describe, expect, it } from "vitest";
import { describeSendError, MAX_ATTEMPTS, nextAttemptAfter, RETRY_DELAYS_MINUTES } from "@/lib/notify/retry";

const NOW = new Date("2026-01-20T02:00:00Z");

describe("the retry schedule", () => {
  it("waits 1 min, 5 min, 30 min, 2 h and 12 h, and has no attempt after the sixth", () => {
    expect(RETRY_DELAYS_MINUTES).toEqual([1, 5, 30, 120, 720]);
    expect(MAX_ATTEMPTS).toBe(6);
    const waits = [1, 2, 3, 4, 5].map((attempts) => (nextAttemptAfter(attempts, NOW)!.getTime() - NOW.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(nextAttemptAfter(6, NOW)).toBeNull();
  });

  it("keeps a short phrase and the SMTP code of a failure, never the server's words, and treats 5xx as final", () => {
    const rejected = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <shenqingren@example.com>: no such user"), {
      code: "EENVELOPE",
      responseCode: 550,
      response: "550 5.1.1 <shenqingren@example.com>: no such user",
    });
    expect(describeSendError(rejected)).toEqual({ summary: "发信服务器拒绝了发件人或收件人（SMTP 550）", permanent: true });
    expect(describeSendError(Object.assign(new Error("Greylisted"), { code: "EMESSAGE", responseCode: 451 }))).toEqual({
      summary: "发信服务器拒收邮件（SMTP 451）",
      permanent: false,
    });
    expect(describeSendError(Object.assign(new Error("Invalid login: 535 user smtp-user password hunter2"), { code: "EAUTH", responseCode: 535 }))).toEqual({
      summary: "发信服务器拒绝登录（SMTP 535）",
      permanent: true,
    });
    expect(describeSendError(new Error("boom"))).toEqual({ summary: "发送失败", permanent: false });
  });
});
