// Keeping the public 网络申请 form and the status query free of robots and guessers without any
// outside service, in one place with its limits:
// - a form token signed with the session secret (HMAC-SHA256): the time it was issued (a form
//   sent back sooner than MIN_FILL_MS or later than MAX_AGE_MS is refused), a nonce (each token
//   is taken once), and a keyed digest of the answer to a small question in Chinese numerals
//   (the answer itself never leaves the server);
// - a honeypot field that people do not see and robots fill;
// - counts per client address and per phone number of applications, and of failed status
//   lookups per client address and per tracking number.
// The counts are kept in this process's memory, like the login's (lib/auth/login-throttle.ts).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { FailureLedger } from "@/lib/auth/login-throttle";

export const APPLY_LIMITS = {
  /** a form sent back sooner than this was not filled in by a person */
  minFillMs: 3_000,
  /** a form older than this is refused (the question is asked again) */
  maxAgeMs: 2 * 60 * 60_000,
  /** applications from one client address in an hour */
  perAddressPerHour: 5,
  /** applications giving one phone number in a day */
  perPhonePerDay: 5,
  /** failed status lookups, per client address and per tracking number, before each further one waits */
  lookupFreeFailures: 5,
  lookupFirstDelayMs: 60_000,
  lookupMaxDelayMs: 60 * 60_000,
  /** how long a successful lookup (or an application) keeps access to the request */
  statusSessionMs: 30 * 60_000,
} as const;

/** The hidden field that a person leaves empty. */
export const HONEYPOT_FIELD = "website";

const DIGITS = "零一二三四五六七八九";

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : DIGITS[tens]}十${n % 10 === 0 ? "" : DIGITS[n % 10]}`;
}

export interface Challenge {
  question: string;
  answer: number;
}

/** 加 or 减 of two numbers up to twenty, written in Chinese; the answer is never negative. */
export function makeChallenge(random: (n: number) => number = (n) => randomBytes(1)[0] % n): Challenge {
  const a = random(20) + 1;
  const b = random(9) + 1;
  if (random(2) === 0) return { question: `${chineseNumber(a)}加${chineseNumber(b)}等于多少？`, answer: a + b };
  const [big, small] = a >= b ? [a, b] : [b, a];
  return { question: `${chineseNumber(big)}减${chineseNumber(small)}等于多少？`, answer: big - small };
}

/** The answer as typed: digits (full-width too) or Chinese numerals up to 九十九. */
export function readAnswer(value: string): number | null {
  const text = value.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([零一二三四五六七八九])?$/.exec(text);
  if (!match || text === "") return null;
  if (!match[2]) return match[1] && match[3] ? null : DIGITS.indexOf(match[1] ?? match[3]);
  return (match[1] ? DIGITS.indexOf(match[1]) : 1) * 10 + (match[3] ? DIGITS.indexOf(match[3]) : 0);
}

interface TokenBody {
  /** issued at (ms) */
  t: number;
  n: string;
  /** keyed digest of the answer */
  a: string;
  /** what the token is for (the unit's id) */
  f: string;
}

function mac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A signed value: base64url(JSON).mac; also the status page's cookie. */
export function sign(secret: string, purpose: string, body: object): string {
  const payload = Buffer.from(JSON.stringify(body)).toString("base64url");
  return `${payload}.${mac(secret, `${purpose}.${payload}`)}`;
}

/** What `sign` signed for this purpose, or null for anything altered or made elsewhere. */
export function unsign(secret: string, purpose: string, value: string): unknown {
  const [payload, signature, extra] = value.split(".");
  if (!payload || !signature || extra !== undefined || !equal(signature, mac(secret, `${purpose}.${payload}`))) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/** A new form token for the unit `formFor`, and the question it carries. */
export function issueFormToken(secret: string, formFor: string, now: number, challenge: Challenge = makeChallenge()): { token: string; question: string } {
  const n = randomBytes(12).toString("base64url");
  const body: TokenBody = { t: now, n, a: mac(secret, `answer.${n}.${challenge.answer}`), f: formFor };
  return { token: sign(secret, "apply-form", body), question: challenge.question };
}

/** Nonces taken, with when they stop mattering (their token's expiry). */
const usedNonces = new Map<string, number>();
const MAX_NONCES = 100_000;

export type TokenRefusal = "invalid" | "too_fast" | "expired" | "reused" | "wrong_answer";

export const TOKEN_MESSAGES: Record<TokenRefusal, string> = {
  invalid: "表单已失效，请重新填写验证问题后提交。",
  too_fast: "提交过快，请稍候几秒再提交。",
  expired: "表单已超过 2 小时未提交，请重新回答验证问题后提交。",
  reused: "该表单已经提交过，请勿重复提交；如需再次申请，请重新回答验证问题。",
  wrong_answer: "验证问题的答案不正确，请重新计算后填写阿拉伯数字。",
};

/**
 * Checks the form token and the answer to its question, and takes the token (a token is
 * accepted once). A refusal for "too_fast" or "wrong_answer" does not take it.
 */
export function checkFormToken(secret: string, formFor: string, token: string, answer: string, now: number): TokenRefusal | null {
  const body = unsign(secret, "apply-form", token) as Partial<TokenBody> | null;
  if (!body || typeof body.t !== "number" || typeof body.n !== "string" || typeof body.a !== "string" || body.f !== formFor) return "invalid";
  if (now - body.t > APPLY_LIMITS.maxAgeMs) return "expired";
  if (now - body.t < APPLY_LIMITS.minFillMs) return "too_fast";
  for (const [nonce, until] of usedNonces) {
    if (until > now && usedNonces.size <= MAX_NONCES) break;
    usedNonces.delete(nonce);
  }
  if (usedNonces.has(body.n)) return "reused";
  const value = readAnswer(answer);
  if (value === null || !equal(body.a, mac(secret, `answer.${body.n}.${value}`))) return "wrong_answer";
  usedNonces.set(body.n, body.t + APPLY_LIMITS.maxAgeMs);
  return null;
}

/** Events in a sliding window per key (keys are kept as given: callers pass digests or ids). */
export class WindowCounter {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts an event for `key`; false when the window already holds `limit` of them. */
  take(key: string, now: number): boolean {
    const recent = (this.times.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.times.set(key, recent);
      return false;
    }
    recent.push(now);
    this.times.delete(key);
    this.times.set(key, recent);
    if (this.times.size > this.maxKeys) this.times.delete(this.times.keys().next().value ?? "");
    return true;
  }
}

const applicationsByAddress = new WindowCounter(APPLY_LIMITS.perAddressPerHour, 60 * 60_000);
const applicationsByPhone = new WindowCounter(APPLY_LIMITS.perPhonePerDay, 24 * 60 * 60_000);

export const APPLY_LIMIT_MESSAGE = "提交的申请过多，请稍后再试；如有需要，可通过当面、邮寄等其他渠道提交申请。";

/** Counts one application; false when the address (when known) or the phone has reached its limit. */
export function takeApplication(address: string | undefined, phone: string, now: number): boolean {
  if (address !== undefined && !applicationsByAddress.take(address, now)) return false;
  return applicationsByPhone.take(phone, now);
}

const LOOKUP_POLICY = {
  freeFailures: APPLY_LIMITS.lookupFreeFailures,
  firstDelayMs: APPLY_LIMITS.lookupFirstDelayMs,
  maxDelayMs: APPLY_LIMITS.lookupMaxDelayMs,
  maxEntries: 50_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

const lookupsByAddress = new FailureLedger(LOOKUP_POLICY);
const lookupsByNumber = new FailureLedger(LOOKUP_POLICY);

export const LOOKUP_THROTTLED_MESSAGE = "查询失败次数过多，请稍后再试。";

/**
 * Counts a status lookup before it is checked (per client address when known, and per
 * tracking number); false: refused unchecked, right pair or not.
 */
export function claimLookup(address: string | undefined, trackingNumber: string, now: number): boolean {
  if (address !== undefined && !lookupsByAddress.claim(address, now)) return false;
  if (lookupsByNumber.claim(trackingNumber, now)) return true;
  if (address !== undefined) lookupsByAddress.forgive(address);
  return false;
}

/** Gives back a claimed lookup that found its request. */
export function forgiveLookup(address: string | undefined, trackingNumber: string): void {
  if (address !== undefined) lookupsByAddress.forgive(address);
  lookupsByNumber.forgive(trackingNumber);
}

interface StatusSession {
  r: string[];
  e: number;
}

/** The status cookie's name (HttpOnly, sent to the /apply pages only). */
export const STATUS_COOKIE = "nianbao-apply";

/** The status page's cookie value: access to these requests until `now + statusSessionMs`. */
export function statusSessionValue(secret: string, requestIds: readonly string[], now: number): string {
  const body: StatusSession = { r: [...requestIds], e: now + APPLY_LIMITS.statusSessionMs };
  return sign(secret, "apply-status", body);
}

/** The requests the cookie gives access to; none when it is missing, altered or expired. */
export function statusSessionRequests(secret: string, value: string | undefined, now: number): string[] {
  if (!value) return [];
  const body = unsign(secret, "apply-status", value) as Partial<StatusSession> | null;
  if (!body || !Array.isArray(body.r) || typeof body.e !== "number" || body.e <= now) return [];
  return body.r.filter((id): id is string => typeof id === "string");
}
