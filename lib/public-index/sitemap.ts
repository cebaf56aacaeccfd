// sitemap.xml (sitemaps.org protocol 0.9) and robots.txt: what search engines may read of the
// site, and where every published report is. Only published revisions ever get here: the
// data function reads ReportRevision, which a draft never has.
import type { PublishedRevisionRef } from "@/lib/data/public";
import {
  ACCOUNT_PATH,
  CALENDAR_PATH,
  CASES_PATH,
  CHANNELS_PATH,
  LOGIN_PATH,
  PUBLIC_INDEX_PATH,
  publicGuidePath,
  publicReportPath,
  publicRevisionPath,
  publicUnitPath,
  REGISTER_PATH,
  REVIEW_PATH,
  SITEMAP_PATH,
  UNIT_GUIDE_PATH,
} from "@/lib/paths";

export interface SitemapEntry {
  path: string;
  lastModified: Date;
}

function later(entries: Map<string, Date>, path: string, at: Date): void {
  const known = entries.get(path);
  if (!known || known < at) entries.set(path, at);
}

/** A unit's 政府信息公开指南 as written by its staff, and when it last changed. */
export interface GuideRef {
  orgSlug: string;
  updatedAt: Date;
}

/**
 * The index, each unit's page, each report's latest address and each revision's permanent
 * address, each with the date its newest content was published; and each guide a unit has
 * written (a unit without one has a page of the law's defaults only, nothing of its own to find).
 */
export function sitemapEntries(revisions: readonly PublishedRevisionRef[], guides: readonly GuideRef[] = []): SitemapEntry[] {
  const entries = new Map<string, Date>();
  for (const r of revisions) {
    later(entries, PUBLIC_INDEX_PATH, r.publishedAt);
    later(entries, publicUnitPath(r.orgSlug), r.publishedAt);
    later(entries, publicReportPath(r.orgSlug, r.year, r.scope), r.publishedAt);
    later(entries, publicRevisionPath(r.orgSlug, r.year, r.number, r.scope), r.publishedAt);
  }
  for (const g of guides) later(entries, publicGuidePath(g.orgSlug), g.updatedAt);
  return [...entries].map(([path, lastModified]) => ({ path, lastModified }));
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** W3C datetime in UTC to the second, as sitemaps.org asks for lastmod. */
const w3cDateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export function sitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeXml(origin + e.path)}</loc><lastmod>${w3cDateTime(e.lastModified)}</lastmod></url>`,
  );
  // An empty site still answers with a valid document (the index is always there).
  if (entries.length === 0) urls.push(`<url><loc>${escapeXml(origin + PUBLIC_INDEX_PATH)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The signed-in part of the site: nothing there is for search engines (and it answers 404 or a login anyway). */
export const PRIVATE_PATHS = [
  "/work",
  REVIEW_PATH,
  "/admin",
  REGISTER_PATH,
  CASES_PATH,
  CHANNELS_PATH,
  UNIT_GUIDE_PATH,
  CALENDAR_PATH,
  ACCOUNT_PATH,
  LOGIN_PATH,
  "/api",
  "/dashboard",
] as const;

export function robotsTxt(origin: string): string {
  return ["User-agent: *", "Allow: /", ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`), "", `Sitemap: ${origin}${SITEMAP_PATH}`, ""].join("\n");
}
