// A unit's year beside the units under the same parent, and the units below it.
import { PeerComparison } from "@/components/public/PeerComparison";
import { getPeerComparison } from "@/lib/data/public-compare";
import { publicComparePath } from "@/lib/paths";
import { publicPage } from "@/app/_lib/public-site";

export const GET = publicPage<{ org: string; year: string }>({
  freshness: "latest",
  load: async ({ org, year }) => {
    if (!/^\d{4}$/.test(year)) return null;
    const data = await getPeerComparison({ orgSlug: org, year: Number(year) });
    // There once the unit's own report (or its roll-up) of the year is public.
    if (!data || (!data.unit.report && !data.rollupPublished)) return null;
    return {
      meta: {
        title: `${data.unit.name}${year}年度与其他单位比较`,
        description: `${data.unit.name}${year}年度政府信息公开工作年度报告与同一上级单位所属各单位的比较：新收申请、不予公开占比、其他处理占比、每百件申请的行政复议和行政诉讼。`,
        path: publicComparePath(data.unit.slug, Number(year)),
      },
      body: <PeerComparison data={data} year={Number(year)} />,
    };
  },
});
