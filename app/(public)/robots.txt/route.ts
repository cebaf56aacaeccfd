// robots.txt: the public part is open to search engines, the signed-in part is not; where the sitemap is.
import { publicFile } from "@/app/_lib/public-site";
import { siteOrigin } from "@/lib/public-index/site-origin";
import { robotsTxt } from "@/lib/public-index/sitemap";

export const GET = publicFile<Record<string, never>>({
  freshness: "latest",
  load: async (_params, url) => ({ body: robotsTxt(siteOrigin(url)), contentType: "text/plain; charset=utf-8" }),
});
