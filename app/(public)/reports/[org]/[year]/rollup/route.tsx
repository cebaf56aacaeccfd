// A parent unit's published roll-up (汇总) of a year.
import { publicPage } from "@/app/_lib/public-site";
import { loadPublishedReport, type ReportParams } from "../load";
import { reportPageContent } from "../PublishedArticle";

export const GET = publicPage<ReportParams>({
  freshness: "latest",
  load: async ({ org, year }, url) => {
    const report = await loadPublishedReport(org, year, url.searchParams.get("revision") ?? undefined, "rollup");
    return report && reportPageContent(report);
  },
});
