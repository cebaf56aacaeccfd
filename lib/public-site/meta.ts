// What a public page says about itself: its <title>, its description for search engines and for
// links shared elsewhere (Open Graph), and its canonical address.
export const SITE_NAME = "公开年报";
export const SITE_DESCRIPTION = "政府信息公开工作年度报告的填报、审核、发布与开放数据";

/** A page's <title>: its own title, then the site's name. */
export const documentTitle = (title: string) => (title === SITE_NAME ? title : `${title} · ${SITE_NAME}`);

export interface PublicPageMeta {
  /** e.g. "平潭综合实验区2021年政府信息公开工作年度报告" */
  title: string;
  description: string;
  /** the page's canonical path, e.g. "/reports/pingtan/2021" */
  path: string;
  /** "article" for a report, "website" otherwise */
  type?: "article" | "website";
}

/** The site's own address (NEXTAUTH_URL) with the path, or null when it is not configured. */
export function absoluteUrl(siteUrl: string | undefined, pathname: string): string | null {
  if (!siteUrl) return null;
  return new URL(pathname, siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).toString();
}
