// What route handlers answer with besides pages: a short message in Chinese (never a stack
// trace), the session a download that is not public needs, and a signed-in user's CSV
// download, which no cache may keep.
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

export function plainTextResponse(status: number, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * The session a download that is not public needs, or the answer without one: 401 when signed
 * out, 403 while a password change is pending. `what` completes "请先登录，再…".
 */
export async function downloadSession(what: string): Promise<SessionUser | Response> {
  const session = await getSessionUser();
  if (!session) return plainTextResponse(401, `请先登录，再${what}。`);
  if (session.mustChangePassword) return plainTextResponse(403, `请先修改密码，再${what}。`);
  return session;
}

export function privateCsvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
