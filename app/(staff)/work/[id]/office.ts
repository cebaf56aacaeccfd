import "server-only";
// A report's file for a signed-in user who may see it, in whatever state it is: the session
// is checked here again (signed out: 401; a password change pending: 403), and the report is
// read through the rights-scoped data function, so a report of another unit answers 404 as a
// missing one does.
import { getReportForActor } from "@/lib/data/reports";
import { downloadName, officeFileResponse, type OfficeExtension } from "@/lib/export/download";
import { exportFileName } from "@/lib/export/report";
import { exportableFromDetail } from "@/lib/export/sources";
import { reportOfficeFile } from "@/lib/export/office";
import { isFormatId } from "@/lib/formats";
import { downloadSession, plainTextResponse } from "@/app/_lib/responses";

export async function workOfficeFile(params: Promise<{ id: string }>, extension: OfficeExtension): Promise<Response> {
  const { id } = await params;
  const session = await downloadSession("下载报告");
  if (session instanceof Response) return session;
  const detail = await getReportForActor({ actor: session.actor, reportId: id });
  if (!detail || !isFormatId(detail.format)) return plainTextResponse(404, "未找到该报告，或您无权查看。");
  const report = exportableFromDetail(detail);
  const bytes = await reportOfficeFile(report, extension);
  const ascii = downloadName(detail.scope === "rollup" ? `${detail.orgSlug}-rollup` : detail.orgSlug, detail.year, extension);
  return officeFileResponse(bytes, { extension, fileName: exportFileName(report, extension), asciiName: ascii, cacheControl: "private, no-store" });
}
