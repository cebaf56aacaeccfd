// The shapes of the phone numbers and e-mail addresses the site accepts, in one place: an
// applicant's (条例第二十九条 联系方式), a unit's 公开指南 contacts, and the addresses mail goes to.
import { z } from "@/lib/zod";

/** The longest e-mail address (RFC 5321's path limit less its angle brackets). */
export const EMAIL_MAX = 254;

const MOBILE = /^1[3-9]\d{9}$/;
/** 区号: 010 and 02X have three digits, the others four; the number seven or eight, an extension after a hyphen. */
const LANDLINE = /^(0[12]\d|0[3-9]\d{2})-?([2-9]\d{6,7})(-\d{1,6})?$/;
/**
 * A number a unit gives the public: a mobile, a landline with or without its area code (a
 * unit's own city needs none) and an extension (转123 or -123), or a service number (12345,
 * 400-…/800-…).
 */
const OFFICE_PHONE = /^(?:1[3-9]\d{9}|(?:0\d{2,3}[-－]?)?\d{7,8}(?:(?:转|-)\d{1,6})?|(?:400|800)-?\d{3}-?\d{4}|12345)$/;

/** Brackets around an area code, and spaces, which people type and the shapes ignore. */
const compact = (value: string) => value.replace(/[\s()（）]/g, "");

/**
 * A person's phone number as kept and compared (13812345678, 0571-87654321): a mobile, or a
 * landline with its area code, since the unit may be in another city; null when it is neither.
 */
export function normalizePhone(value: string): string | null {
  const number = compact(value).replace(/^\+?86-?(?=1)/, "");
  if (MOBILE.test(number)) return number;
  const landline = LANDLINE.exec(number);
  return landline ? `${landline[1]}-${landline[2]}${landline[3] ?? ""}` : null;
}

/** Whether a unit's published number has one of the shapes of OFFICE_PHONE. */
export function isOfficePhone(value: string): boolean {
  return OFFICE_PHONE.test(compact(value));
}

const email = z.email();

/** An e-mail address as kept and compared (trimmed, in lower case); null when it is none. */
export function normalizeEmail(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length > EMAIL_MAX || !email.safeParse(trimmed).success) return null;
  return trimmed.toLowerCase();
}
