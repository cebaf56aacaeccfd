import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): ≈ 11 ms per verify here.
export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * The hash of an account restored from a backup without password hashes: no password matches
 * it, so nobody logs in to the account until an administrator sets a new password.
 */
export const UNUSABLE_PASSWORD_HASH = "!restored-without-password";

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash === UNUSABLE_PASSWORD_HASH) return Promise.resolve(false);
  return verify(passwordHash, password).catch(() => false);
}

// Letters and digits that cannot be misread for one another (no 0/O, 1/l/I) when an admin
// reads a one-time password out to its user.
const ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** 重置密码: 12 random characters in groups of four (≈ 70 bits), e.g. "Kq7m-Xw3R-p9Tz". */
export function generateOneTimePassword(): string {
  const chars = Array.from({ length: 12 }, () => ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)]);
  return [0, 4, 8].map((start) => chars.slice(start, start + 4).join("")).join("-");
}
