// Where things live, in one place. Public URLs are a stable interface (design.md §8).
export const workPath = (reportId: string) => `/work/${encodeURIComponent(reportId)}`;
export const reviewPath = (reportId: string) => `/review/${encodeURIComponent(reportId)}`;
export const publicReportPath = (orgSlug: string, year: number) =>
  `/reports/${encodeURIComponent(orgSlug)}/${year}`;

/** The files of a published report's latest revision: its numbers, its tables, the whole report. */
export type PublicDownload = "data.json" | "data.csv" | "data.xlsx" | "report.docx";
export const publicDownloadPath = (orgSlug: string, year: number, file: PublicDownload) =>
  `${publicReportPath(orgSlug, year)}/${file}`;

/** A report's tables (XLSX) or whole text (DOCX) for those who may see it, drafts included. */
export const workExportPath = (reportId: string, extension: "xlsx" | "docx") => `${workPath(reportId)}/export.${extension}`;

export const REGISTER_PATH = "/register";
export const NEW_REQUEST_PATH = "/register/new";
export const IMPORT_REGISTER_PATH = "/register/import";
export const CASES_PATH = "/cases";
export const CALENDAR_PATH = "/calendar";
export const CHANNELS_PATH = "/channels";

export const requestPath = (requestId: string) => `/register/${encodeURIComponent(requestId)}`;
export const noticePath = (noticeId: string) => `/calendar/${encodeURIComponent(noticeId)}`;

/** The register's CSV export of one unit (optionally one year of receipt). */
export function registerExportPath(orgSlug: string, year?: number): string {
  const query = new URLSearchParams({ org: orgSlug });
  if (year !== undefined) query.set("year", String(year));
  return `/register/export.csv?${query}`;
}

/** A unit's 公开渠道 and their counts for a year (the legacy 一(二) rows). */
export function channelsPath(orgSlug: string, year: number): string {
  return `${CHANNELS_PATH}?${new URLSearchParams({ org: orgSlug, year: String(year) })}`;
}

/** The requests (or cases) behind one derived cell of a report: the page re-derives them. */
export function derivedSourcePath(kind: "requests" | "cases", reportId: string, cellKey: string): string {
  const query = new URLSearchParams({ report: reportId, cell: cellKey });
  return `${kind === "requests" ? REGISTER_PATH : CASES_PATH}?${query}`;
}
