// Where things live, in one place. Public URLs are a stable interface (design.md §8).
export const workPath = (reportId: string) => `/work/${encodeURIComponent(reportId)}`;
export const reviewPath = (reportId: string) => `/review/${encodeURIComponent(reportId)}`;
/** A unit's published report of a year; its roll-up (汇总) one level below. */
export const publicReportPath = (orgSlug: string, year: number, scope: "own" | "rollup" = "own") =>
  `/reports/${encodeURIComponent(orgSlug)}/${year}${scope === "rollup" ? "/rollup" : ""}`;
/** One published revision of it, at an address that never changes (its permalink). */
export const publicRevisionPath = (orgSlug: string, year: number, revision: number, scope: "own" | "rollup" = "own") =>
  `${publicReportPath(orgSlug, year, scope)}/r/${revision}`;

/** The index of units and years. */
export const PUBLIC_INDEX_PATH = "/reports";

/** The index for one year, or the units whose name or slug contains `q` (GET form, so it works without JavaScript). */
export function publicIndexPath(query: { q?: string; year?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.year !== undefined) params.set("year", String(query.year));
  const search = params.toString();
  return search ? `${PUBLIC_INDEX_PATH}?${search}` : PUBLIC_INDEX_PATH;
}
export const SITEMAP_PATH = "/sitemap.xml";
export const ROBOTS_PATH = "/robots.txt";
/** A unit's public page: its published years, and its years side by side. */
export const publicUnitPath = (orgSlug: string) => `/reports/${encodeURIComponent(orgSlug)}`;
/** A unit's year beside the units under the same parent (and the units below it). */
export const publicComparePath = (orgSlug: string, year: number) => `${publicReportPath(orgSlug, year)}/compare`;

export const ROLLUP_PATH = "/review/rollup";

/** The roll-up page of a parent unit and year, with the reviewer's choices. */
export function rollupPath(query: { parent?: string; year?: number; submitted?: boolean; own?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (query.parent) params.set("parent", query.parent);
  if (query.year !== undefined) params.set("year", String(query.year));
  if (query.submitted) params.set("submitted", "1");
  if (query.own) params.set("own", "1");
  const search = params.toString();
  return search ? `${ROLLUP_PATH}?${search}` : ROLLUP_PATH;
}

/** The workbook of every unit × every cell and the roll-up, for the same choices. */
export function rollupWorkbookPath(query: { parent: string; year: number; submitted?: boolean; own?: boolean }): string {
  return rollupPath(query).replace(ROLLUP_PATH, `${ROLLUP_PATH}/workbook.xlsx`);
}

export const REVIEW_PATH = "/review";
export const TRACKER_PATH = "/review/tracker";

/** The files of a published report's latest revision: its numbers, its tables, the whole report. */
export type PublicDownload = "data.json" | "data.csv" | "data.xlsx" | "report.docx";
export const publicDownloadPath = (orgSlug: string, year: number, file: PublicDownload, scope: "own" | "rollup" = "own") =>
  `${publicReportPath(orgSlug, year, scope)}/${file}`;

/** A published revision's own numbers at its permanent address: /reports/{org}/{year}/r/{n}/data.json|csv|xlsx. */
export type RevisionDataFile = "data.json" | "data.csv" | "data.xlsx";
export const revisionDataPath = (orgSlug: string, year: number, revision: number, file: RevisionDataFile) =>
  `${publicReportPath(orgSlug, year)}/r/${revision}/${file}`;

/** 开放数据: the years and their files; a year's published reports in one file. */
export const OPEN_DATA_PATH = "/data";
export type OpenDataYearFile = "csv" | "jsonl";
export const openDataYearPath = (year: number, file: OpenDataYearFile) => `${OPEN_DATA_PATH}/${year}.${file}`;

/** A report's tables (XLSX) or whole text (DOCX) for those who may see it, drafts included. */
export const workExportPath = (reportId: string, extension: "xlsx" | "docx") => `${workPath(reportId)}/export.${extension}`;

/** A unit's 政府信息公开指南 and 公开目录, public. */
export const publicGuidePath = (orgSlug: string) => `/guide/${encodeURIComponent(orgSlug)}`;
/** 公开指南: where a unit's staff keep its guide (a unit chosen by slug for admins and reviewers). */
export const UNIT_GUIDE_PATH = "/unit-guide";
export const unitGuidePath = (orgSlug: string) => `${UNIT_GUIDE_PATH}?${new URLSearchParams({ org: orgSlug })}`;

export const REGISTER_PATH = "/register";
export const NEW_REQUEST_PATH = "/register/new";
export const IMPORT_REGISTER_PATH = "/register/import";
/** 导入报告: a published report read from its file (text, web page, Word), saved as a draft or as published. */
export const IMPORT_REPORT_PATH = "/import";
export const CASES_PATH = "/cases";
export const CALENDAR_PATH = "/calendar";
export const CHANNELS_PATH = "/channels";
/** 通知设置: a unit's mail recipients, its wording of each mail, and its outbox. */
export const NOTIFICATIONS_PATH = "/notifications";

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

/** 报送进度 of a parent unit (the reviewer's own unit when left out) for a year, and its CSV. */
function trackerQuery(year: number, parentSlug?: string): string {
  const query = new URLSearchParams({ year: String(year) });
  if (parentSlug) query.set("parent", parentSlug);
  return query.toString();
}
export const trackerPath = (year: number, parentSlug?: string) => `${TRACKER_PATH}?${trackerQuery(year, parentSlug)}`;
export const trackerCsvPath = (year: number, parentSlug?: string) => `${TRACKER_PATH}/tracker.csv?${trackerQuery(year, parentSlug)}`;

export const LOGIN_PATH = "/login";
/** 修改密码 of the signed-in user. */
export const ACCOUNT_PATH = "/account";
/** 单位管理 and 账号管理 (design.md §8). */
export const ADMIN_UNITS_PATH = "/admin/units";
export const ADMIN_USERS_PATH = "/admin/users";
export const adminUnitPath = (orgSlug: string) => `${ADMIN_UNITS_PATH}/${encodeURIComponent(orgSlug)}`;

/** A report's history (修改记录); with `at`, the report right after that audit entry; with `page`, a later page. */
export function reportHistoryPath(reportId: string, query: { at?: string; page?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.at) params.set("at", query.at);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `${workPath(reportId)}/history${search ? `?${search}` : ""}`;
}

/** 网络申请: a unit's public form for 依申请公开 (条例第二十九条). */
export const applyPath = (orgSlug: string) => `/apply/${encodeURIComponent(orgSlug)}`;
/** 申请回执: what the applicant just sent (the request named by the status cookie, never in the URL). */
export const APPLY_RECEIPT_PATH = "/apply/receipt";
/** 查询申请办理进度: tracking number with the phone or e-mail given (posted, never in the URL). */
export const APPLY_STATUS_PATH = "/apply/status";
/** The path the status cookie is sent to. */
export const APPLY_COOKIE_PATH = "/apply";
/**
 * Unit slugs a new unit may not take: the pages that sit beside a unit's own under
 * /apply/, which would answer instead of its 网络申请 form.
 */
export const RESERVED_ORG_SLUGS: readonly string[] = [APPLY_RECEIPT_PATH, APPLY_STATUS_PATH].map((path) =>
  path.slice(APPLY_COOKIE_PATH.length + 1),
);
