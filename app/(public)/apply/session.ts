// What the 网络申请 pages share: the secret their tokens and cookie are signed with, the
// client's address (behind a trusted proxy only), the status cookie, and the form's fields.
import { authSecret, secureCookies } from "@/lib/env";
import { trustedClientAddress } from "@/lib/http/client-address";
import { APPLY_LIMITS, STATUS_COOKIE, statusSessionRequests, statusSessionValue } from "@/lib/register/apply-guard";
import { APPLY_COOKIE_PATH } from "@/lib/paths";

export const secret = (): string => authSecret();

export function clientAddress(request: Request): string | undefined {
  return trustedClientAddress(request.headers.get("x-forwarded-for") ?? undefined);
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(/;\s*/)) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at) === name) return part.slice(at + 1);
  }
  return undefined;
}

/** The requests this visitor's status cookie opens (after applying, or after a successful lookup). */
export function sessionRequests(request: Request): string[] {
  return statusSessionRequests(secret(), cookieValue(request, STATUS_COOKIE), Date.now());
}

/** The Set-Cookie header opening these requests to this visitor for a short while (none: closing them). */
export function sessionCookie(requestIds: readonly string[]): Record<string, string> {
  const attributes = [`Path=${APPLY_COOKIE_PATH}`, "HttpOnly", "SameSite=Lax", ...(secureCookies() ? ["Secure"] : [])];
  const value = requestIds.length > 0 ? `${statusSessionValue(secret(), requestIds, Date.now())}; Max-Age=${APPLY_LIMITS.statusSessionMs / 1000}` : "; Max-Age=0";
  return { "Set-Cookie": `${STATUS_COOKIE}=${value}; ${attributes.join("; ")}` };
}

/** A posted form's text fields as strings (files and repeated names ignored). */
export async function postedFields(request: Request): Promise<Record<string, string>> {
  // a body that is no form reads as an empty one (every field then says what it misses)
  const form = await request.formData().catch(() => new FormData());
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string" && !(name in fields)) fields[name] = value;
  return fields;
}
