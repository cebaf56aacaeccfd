import { formatDate } from "@/lib/display-dates";

/** What a date line left blank for the signer looks like: 年, 月 and 日 with room before each. */
const UNDATED = "　　　　年　　月　　日";

/**
 * 落款, as printed at the end of the report, right-aligned: the unit, and below it the date of
 * publication in Chinese form (2022年2月8日); blank for a draft, to be written when signed.
 */
export function signatureLines(orgName: string, publishedAt: Date | null | undefined): [unit: string, date: string] {
  return [orgName, publishedAt ? formatDate(publishedAt) : UNDATED];
}
