// 年度报告目录: units by county and kind, found by name (?q=), and for one year (?year=) who has published.
import { publicPage } from "@/app/_lib/public-site";
import { ReportIndex } from "@/components/public/ReportIndex";
import { listPublicIndex } from "@/lib/data/public";
import { reportingYear } from "@/lib/formats/report-year";
import { describeIndex } from "@/lib/public-index/describe";
import { buildIndexView, readIndexQuery } from "@/lib/public-index/units";

export const GET = publicPage<Record<string, never>>({
  freshness: "latest",
  load: async (_params, url) => {
    const now = new Date();
    const currentYear = reportingYear(now);
    const { units, published } = await listPublicIndex();
    const view = buildIndexView({ units, published, query: readIndexQuery(url, now), currentYear });
    return { meta: describeIndex(view, currentYear), body: <ReportIndex view={view} currentYear={currentYear} /> };
  },
});
