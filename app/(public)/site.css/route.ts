// The public pages' stylesheet (app/site.css). The address they link carries the hash of its
// text, so what is kept under it never changes.
import { publicCache } from "@/lib/public-site/cache";
import { answer, prepareResponse } from "@/lib/public-site/http";
import { siteStylesheet } from "@/lib/public-site/stylesheet";

const KEPT_FOR_A_YEAR = "public, max-age=31536000, immutable";

export async function GET(request: Request): Promise<Response> {
  const { css, version } = siteStylesheet();
  const current = new URL(request.url).searchParams.get("v") === version;
  const prepared = await publicCache().fetch(`stylesheet ${version}`, Number.POSITIVE_INFINITY, async () =>
    prepareResponse({ body: css, contentType: "text/css; charset=utf-8", cacheControl: KEPT_FOR_A_YEAR }),
  );
  if (!prepared) throw new Error("样式表为空");
  // an old or missing version is answered with today's sheet, but not for a year
  return answer(request, current ? prepared : { ...prepared, cacheControl: "public, max-age=300" });
}
