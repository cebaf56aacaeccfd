// sitemap.xml: the index, each unit, each report's latest address, each published revision's permanent address and each unit's guide.
import { publicFile } from "@/app/_lib/public-site";
import { listGuides } from "@/lib/data/guides";
import { listPublishedRevisions } from "@/lib/data/public";
import { siteOrigin } from "@/lib/public-index/site-origin";
import { sitemapEntries, sitemapXml } from "@/lib/public-index/sitemap";

export const GET = publicFile<Record<string, never>>({
  freshness: "latest",
  load: async (_params, url) => {
    const [revisions, guides] = await Promise.all([listPublishedRevisions(), listGuides()]);
    const entries = sitemapEntries(revisions, guides);
    const newest = entries.reduce<Date | undefined>((at, e) => (at && at > e.lastModified ? at : e.lastModified), undefined);
    return { body: sitemapXml(siteOrigin(url), entries), contentType: "application/xml; charset=utf-8", lastModified: newest };
  },
});
