import { readEnv } from "@/lib/env";

/**
 * The client's address, for the login's per-address throttle. Known only behind a trusted proxy
 * (NIANBAO_TRUSTED_PROXY=1), whose own entry is the last one in X-Forwarded-For (the earlier
 * ones are the client's word); without one, undefined.
 */
export function trustedClientAddress(forwardedFor: unknown): string | undefined {
  if (readEnv().NIANBAO_TRUSTED_PROXY !== "1") return undefined;
  const last = typeof forwardedFor === "string" ? forwardedFor.split(",").at(-1)?.trim() : undefined;
  return last || undefined;
}
