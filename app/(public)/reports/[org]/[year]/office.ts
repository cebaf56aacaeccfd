import "server-only";
import { downloadName, officeFileResponse, type OfficeExtension } from "@/lib/export/download";
import { exportFileName } from "@/lib/export/report";
import { exportableFromPublished } from "@/lib/export/sources";
import { reportOfficeFile } from "@/lib/export/office";
import type { PublishedReport } from "@/lib/data/public";

/** The latest published revision as an office file: the same numbers as data.json and the page. */
export const officeDownload = (extension: OfficeExtension) => async (published: PublishedReport): Promise<Response> => {
  const report = exportableFromPublished(published);
  const bytes = await reportOfficeFile(report, extension);
  return officeFileResponse(bytes, {
    extension,
    fileName: exportFileName(report, extension),
    asciiName: downloadName(published.orgSlug, published.year, extension, published.scope),
  });
};
