// A unit's public page: the years it has published, side by side.
import { UnitYears } from "@/components/public/UnitYears";
import { getPublishedUnit } from "@/lib/data/public-compare";
import { publicUnitPath } from "@/lib/paths";
import { publicPage } from "@/app/_lib/public-site";

export const GET = publicPage<{ org: string }>({
  freshness: "latest",
  load: async ({ org }) => {
    const unit = await getPublishedUnit({ orgSlug: org });
    if (!unit) return null;
    const years = unit.reports.map((r) => r.year);
    const published = unit.reports.map((r) => r.publishedAt.getTime());
    return {
      meta: {
        title: `${unit.name}政府信息公开工作年度报告`,
        description:
          years.length > 0
            ? `${unit.name}已公开${years.length}个年度的政府信息公开工作年度报告（${years[0]}—${years[years.length - 1]}年），及历年依申请公开、办理结果、行政复议和行政诉讼、主动公开数据的对比图表。`
            : `${unit.name}尚未公开政府信息公开工作年度报告。`,
        path: publicUnitPath(unit.slug),
      },
      body: <UnitYears unit={unit} />,
      ...(published.length > 0 ? { lastModified: new Date(Math.max(...published)) } : {}),
    };
  },
});
