import { describe, expect, it } from "vitest";
import {
  APPLY_LIMITS,
  WindowCounter,
  checkFormToken,
  claimLookup,
  forgiveLookup,
  issueFormToken,
  makeChallenge,
  readAnswer,
  statusSessionRequests,
  statusSessionValue,
  takeApplication,
} from "@/lib/register/apply-guard";

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
const T0 = 1_800_000_000_000;

describe("the question", () => {
  it("is asked in Chinese numerals and read back from digits or numerals", () => {
    const sequence = [6, 4, 0]; // 七加五
    const challenge = makeChallenge((n) => sequence.shift() ?? n - 1);
    expect(challenge).toEqual({ question: "七加五等于多少？", answer: 12 });
    expect(makeChallenge((n) => (n === 2 ? 1 : n === 20 ? 16 : 8))).toEqual({ question: "十七减九等于多少？", answer: 8 });
    expect([readAnswer("12"), readAnswer("１２"), readAnswer("十二"), readAnswer("二十"), readAnswer("七"), readAnswer("十")]).toEqual([12, 12, 12, 20, 7, 10]);
    expect([readAnswer(""), readAnswer("十二三"), readAnswer("abc")]).toEqual([null, null, null]);
  });
});

describe("the form token", () => {
  const challenge = { question: "三加四等于多少？", answer: 7 };

  it("is refused too soon, too late, for another unit, altered, or with a wrong answer", () => {
    const { token } = issueFormToken(SECRET, "org-1", T0, challenge);
    expect(checkFormToken(SECRET, "org-1", token, "7", T0 + 1_000)).toBe("too_fast");
    expect(checkFormToken(SECRET, "org-1", token, "7", T0 + APPLY_LIMITS.maxAgeMs + 1)).toBe("expired");
    expect(checkFormToken(SECRET, "org-2", token, "7", T0 + 5_000)).toBe("invalid");
    expect(checkFormToken("another-secret-of-at-least-thirty-two-chars", "org-1", token, "7", T0 + 5_000)).toBe("invalid");
    expect(checkFormToken(SECRET, "org-1", `x${token}`, "7", T0 + 5_000)).toBe("invalid");
    expect(checkFormToken(SECRET, "org-1", token, "8", T0 + 5_000)).toBe("wrong_answer");
  });

  it("is taken once: the same form sent twice is refused the second time", () => {
    const { token } = issueFormToken(SECRET, "org-1", T0, challenge);
    expect(checkFormToken(SECRET, "org-1", token, "七", T0 + 5_000)).toBeNull();
    expect(checkFormToken(SECRET, "org-1", token, "7", T0 + 6_000)).toBe("reused");
  });

  it("does not carry the answer in the clear", () => {
    const { token } = issueFormToken(SECRET, "org-1", T0, { question: "九加九等于多少？", answer: 18 });
    const body = JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()) as Record<string, unknown>;
    expect(Object.values(body)).not.toContain(18);
    expect(Object.values(body).map(String)).not.toContain("18");
  });
});

describe("limits", () => {
  it("counts events in a sliding window", () => {
    const counter = new WindowCounter(2, 1_000);
    expect([counter.take("a", 0), counter.take("a", 100), counter.take("a", 200), counter.take("b", 200), counter.take("a", 1_001)]).toEqual([true, true, false, true, true]);
  });

  it(`allows ${APPLY_LIMITS.perAddressPerHour} applications an hour from one address`, () => {
    const results = Array.from({ length: APPLY_LIMITS.perAddressPerHour + 1 }, (_, i) => takeApplication("198.51.100.7", `1380000000${i}`, T0 + i));
    expect(results.filter(Boolean)).toHaveLength(APPLY_LIMITS.perAddressPerHour);
    expect(results.at(-1)).toBe(false);
    expect(takeApplication("198.51.100.7", "13900000000", T0 + 60 * 60_000 + 10)).toBe(true);
  });

  it(`allows ${APPLY_LIMITS.perPhonePerDay} applications a day giving one phone, whatever the address`, () => {
    const results = Array.from({ length: APPLY_LIMITS.perPhonePerDay + 1 }, (_, i) => takeApplication(undefined, "13700000001", T0 + i));
    expect(results.at(-1)).toBe(false);
    expect(results.slice(0, -1).every(Boolean)).toBe(true);
  });

  it(`refuses lookups of a tracking number after ${APPLY_LIMITS.lookupFreeFailures} failures, right pair or not`, () => {
    const number = "2099-0001";
    for (let i = 0; i < APPLY_LIMITS.lookupFreeFailures; i++) expect(claimLookup(undefined, number, T0 + i)).toBe(true);
    expect(claimLookup(undefined, number, T0 + 10)).toBe(false);
    expect(claimLookup(undefined, number, T0 + APPLY_LIMITS.lookupFirstDelayMs + 10)).toBe(true);
  });

  it("gives a found lookup back, and counts failures per address across numbers", () => {
    const address = "203.0.113.9";
    for (let i = 0; i < 20; i++) {
      expect(claimLookup(address, "2099-0100", T0 + i)).toBe(true);
      forgiveLookup(address, "2099-0100");
    }
    for (let i = 0; i < APPLY_LIMITS.lookupFreeFailures; i++) expect(claimLookup(address, `2099-02${i}`, T0 + 100 + i)).toBe(true);
    expect(claimLookup(address, "2099-0300", T0 + 200)).toBe(false);
  });
});

describe("the status page's cookie", () => {
  it("names its requests until it expires, and nothing once altered", () => {
    const value = statusSessionValue(SECRET, ["req-1"], T0);
    expect(statusSessionRequests(SECRET, value, T0 + 1_000)).toEqual(["req-1"]);
    expect(statusSessionRequests(SECRET, value, T0 + APPLY_LIMITS.statusSessionMs + 1)).toEqual([]);
    const [payload, mac] = value.split(".");
    const forged = Buffer.from(JSON.stringify({ r: ["req-2"], e: T0 + 10_000 })).toString("base64url");
    expect(statusSessionRequests(SECRET, `${forged}.${mac}`, T0)).toEqual([]);
    expect(statusSessionRequests(SECRET, `${payload}.${mac}x`, T0)).toEqual([]);
    expect(statusSessionRequests(SECRET, undefined, T0)).toEqual([]);
  });
});
