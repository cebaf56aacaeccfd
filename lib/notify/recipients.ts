// A unit's staff recipients as kept (one address a line) and as typed (lines, commas or
// semicolons between them).
import { normalizeEmail } from "@/lib/contact";

export const MAX_RECIPIENTS = 20;

/** The addresses of a stored list, in order. */
export function recipientList(stored: string): string[] {
  return stored.split("\n").filter((line) => line !== "");
}

/** The stored form of a list. */
export function storedRecipients(addresses: readonly string[]): string {
  return addresses.join("\n");
}

/** What was typed, read as a list of addresses: each checked, duplicates dropped. */
export function parseRecipients(text: string): { ok: true; addresses: string[] } | { ok: false; error: string } {
  const parts = text
    .split(/[\s,;，；、]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const bad = parts.filter((part) => normalizeEmail(part) === null);
  if (bad.length > 0) return { ok: false, error: `不是有效的电子邮箱地址：${bad.slice(0, 3).join("、")}${bad.length > 3 ? " 等" : ""}` };
  const seen = new Set<string>();
  const addresses = parts.filter((part) => !seen.has(part.toLowerCase()) && seen.add(part.toLowerCase()));
  if (addresses.length > MAX_RECIPIENTS) return { ok: false, error: `收件人最多 ${MAX_RECIPIENTS} 个` };
  return { ok: true, addresses };
}
