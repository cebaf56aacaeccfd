// 导出 CSV: a unit's register without personal data (exportRegisterCsv leaves out the
// applicant's name and contact and all free text). The session is checked here again; a unit
// the caller may not see answers 404, as a missing one does.
import { listOrgsForActor } from "@/lib/data/orgs";
import { exportRegisterCsv } from "@/lib/data/register";
import { isAppError } from "@/lib/errors";
import { readOrgSlug, readYear } from "@/components/register/query";
import { downloadSession, plainTextResponse, privateCsvResponse } from "@/app/_lib/responses";

export async function GET(request: Request) {
  const session = await downloadSession("导出登记簿");
  if (session instanceof Response) return session;
  const { actor } = session;
  const params = new URL(request.url).searchParams;
  const slug = readOrgSlug(params.get("org") ?? undefined) ?? session.orgSlug;
  const year = readYear(params.get("year") ?? undefined);
  const org = slug ? (await listOrgsForActor({ actor })).find((o) => o.slug === slug) : undefined;
  if (!org) return plainTextResponse(404, "未找到该单位的登记簿，或您无权查看。");
  let csv: string;
  try {
    csv = await exportRegisterCsv({ actor, orgId: org.id, year });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return plainTextResponse(404, "未找到该单位的登记簿，或您无权查看。");
    throw error;
  }
  const name = `register-${org.slug}${year ? `-${year}` : ""}.csv`;
  return privateCsvResponse(csv, name);
}
