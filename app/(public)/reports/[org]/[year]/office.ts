import "server-only";
import { MEDIA_TYPES, attachmentDisposition, downloadName, type OfficeExtension } from "@/lib/export/download";
import { exportFileName } from "@/lib/export/report";
import { exportableFromPublished } from "@/lib/export/sources";
import { reportOfficeFile } from "@/lib/export/office";
import type { PublishedReport } from "@/lib/data/public";
import type { PublicFileContent } from "@/app/_lib/public-site";

/** The latest published revision as an office file: the same numbers as data.json and the page. */
export const officeDownload =
  (extension: OfficeExtension) =>
  async (published: PublishedReport): Promise<PublicFileContent> => {
    const report = exportableFromPublished(published);
    return {
      body: await reportOfficeFile(report, extension),
      contentType: MEDIA_TYPES[extension],
      disposition: attachmentDisposition(exportFileName(report, extension), downloadName(published.orgSlug, published.year, extension, published.scope)),
      lastModified: published.publishedAt,
    };
  };
