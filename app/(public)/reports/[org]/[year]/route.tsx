// A unit's latest published report (?revision=N: an earlier revision).
import { publicPage } from "@/app/_lib/public-site";
import { loadPublishedReport, type ReportParams } from "./load";
import { reportPageContent } from "./PublishedArticle";

export const GET = publicPage<ReportParams>({
  freshness: "latest",
  load: async ({ org, year }, url) => {
    const report = await loadPublishedReport(org, year, url.searchParams.get("revision") ?? undefined, "own");
    return report && reportPageContent(report);
  },
});
