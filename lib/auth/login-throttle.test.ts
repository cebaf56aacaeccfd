import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, FailureLedger, retryDelayMs } from "@/lib/auth/login-throttle";

describe("retryDelayMs", () => {
  it("is free for the first five failures, then doubles from 1 s and stops at 30 s", () => {
    const delays = [1, 4, 5, 6, 7, 8, 9, 10, 11, 100, 5000].map((failures) => retryDelayMs(failures, ACCOUNT_POLICY));
    expect(delays).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });
});

describe("FailureLedger", () => {
  const policy = { ...ACCOUNT_POLICY, maxEntries: 10_000, forgetAfterMs: 60 * 60_000 };

  it("holds at most its bound after 20,000 distinct failures, forgetting the oldest", () => {
    const ledger = new FailureLedger(policy);
    for (let i = 0; i < 20_000; i++) {
      for (let n = 0; n < 5; n++) ledger.claim(`ghost-${i}`, 1_000 + i);
    }
    expect(ledger.size).toBe(10_000);
    expect(ledger.claim("ghost-19999", 21_500)).toBe(false);
    expect(ledger.claim("ghost-0", 21_500)).toBe(true);
  });

  it("claims an attempt up front, so the sixth at the same instant is refused, and allows it after the delay", () => {
    const ledger = new FailureLedger(policy);
    expect(Array.from({ length: 7 }, () => ledger.claim("key", 0))).toEqual([true, true, true, true, true, false, false]);
    expect(ledger.claim("key", 999)).toBe(false);
    expect(ledger.claim("key", 1_000)).toBe(true);
    expect(ledger.claim("key", 2_999)).toBe(false);
    expect(ledger.claim("key", 3_000)).toBe(true);
  });

  it("forgets an entry an hour after its last failure, and gives back a claim that succeeded", () => {
    const ledger = new FailureLedger(policy);
    for (let n = 0; n < 5; n++) ledger.claim("old", 0);
    for (let n = 0; n < 5; n++) ledger.claim("recent", 30 * 60_000);
    ledger.claim("newest", 60 * 60_000 + 1);
    expect(ledger.size).toBe(2);
    ledger.forgive("recent");
    expect(ledger.claim("recent", 30 * 60_000)).toBe(true);
  });
});
