// Login throttling: a delay, never a lock. After `freeFailures` failures in a row each further
// attempt must wait twice as long as the one before, up to `maxDelayMs`; an attempt inside
// the wait is refused without checking its password. Whoever guesses wrong can slow an
// account down by at most `maxDelayMs` per attempt, but cannot lock its owner out: the right
// password after the wait always logs in (and clears the count).
import { createHash } from "node:crypto";

export interface RetryPolicy {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Known accounts (counted in the database) and unknown user names alike, so the two look the same. */
export const ACCOUNT_POLICY: RetryPolicy = { freeFailures: 5, firstDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * One client address across all accounts: guessing one password at many accounts, or keeping
 * one account's wait open, costs a guesser its own address first. Generous, because the staff
 * of a whole 单位 may share one address.
 */
export const ADDRESS_POLICY: RetryPolicy = { freeFailures: 20, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 };

/** How long after its latest failure an attempt must wait. */
export function retryDelayMs(failures: number, policy: RetryPolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond < 0) return 0;
  // The exponent is capped so that 2 ** n stays finite however long the guessing goes on.
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(beyond, 40));
}

interface LedgerEntry {
  failures: number;
  lastAt: number;
}

/**
 * Failures counted in memory (unknown user names, client addresses), bounded: keys are
 * SHA-256 digests, so a long key costs 32 bytes; the oldest entry goes when `maxEntries` is
 * reached; an entry is forgotten `forgetAfterMs` after its latest failure. The Map keeps its
 * entries in the order of their latest failure, so both the oldest and the expired are at its
 * front.
 */
export class FailureLedger {
  private readonly entries = new Map<string, LedgerEntry>();

  constructor(private readonly policy: RetryPolicy & { maxEntries: number; forgetAfterMs: number }) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * Counts an attempt before its password is checked (one synchronous step, so concurrent
   * attempts cannot all pass the same check); false: inside the wait, refuse it unchecked.
   */
  claim(key: string, now: number): boolean {
    this.forgetExpired(now);
    const digest = digestOf(key);
    const entry = this.entries.get(digest);
    if (entry && now < entry.lastAt + retryDelayMs(entry.failures, this.policy)) return false;
    this.entries.delete(digest);
    this.entries.set(digest, { failures: (entry?.failures ?? 0) + 1, lastAt: now });
    if (this.entries.size > this.policy.maxEntries) this.entries.delete(this.entries.keys().next().value ?? "");
    return true;
  }

  /** Gives back a claimed attempt whose password was right. */
  forgive(key: string): void {
    const digest = digestOf(key);
    const entry = this.entries.get(digest);
    if (!entry) return;
    if (entry.failures <= 1) this.entries.delete(digest);
    else entry.failures -= 1;
  }

  private forgetExpired(now: number): void {
    for (const [digest, entry] of this.entries) {
      if (now - entry.lastAt <= this.policy.forgetAfterMs) return;
      this.entries.delete(digest);
    }
  }
}

function digestOf(key: string): string {
  return createHash("sha256").update(key).digest("base64");
}
