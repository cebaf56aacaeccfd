import "server-only";
import { downloadName, officeFileResponse, type OfficeExtension } from "@/lib/export/download";
import { exportFileName } from "@/lib/export/report";
import { exportableFromPublished } from "@/lib/export/sources";
import { reportOfficeFile } from "@/lib/export/office";
import { isFormatId } from "@/lib/formats";
import { loadPublishedReport, notPublishedResponse, type ReportParams } from "./load";

/** The latest published revision as an office file: the same numbers as data.json and the page. */
export async function publishedOfficeFile(params: Promise<ReportParams>, extension: OfficeExtension): Promise<Response> {
  const { org, year } = await params;
  const published = await loadPublishedReport(org, year);
  if (!published || !isFormatId(published.format)) return notPublishedResponse();
  const report = exportableFromPublished(published);
  const bytes = await reportOfficeFile(report, extension);
  return officeFileResponse(bytes, {
    extension,
    fileName: exportFileName(report, extension),
    asciiName: downloadName(published.orgSlug, published.year, extension),
  });
}
