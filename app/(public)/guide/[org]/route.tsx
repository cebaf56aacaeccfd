// A unit's 政府信息公开指南 and 公开目录, for every unit: one that has written nothing gets the
// law's wording, said to be such (a 404 would hide where and how to apply, which the law gives anyway).
import { GuidePage } from "@/components/public/GuidePage";
import { getPublicGuide } from "@/lib/data/guides";
import { REGULATION } from "@/lib/guide/law";
import { publicGuidePath } from "@/lib/paths";
import { publicPage } from "@/app/_lib/public-site";

export const GET = publicPage<{ org: string }>({
  freshness: "latest",
  load: async ({ org }) => {
    const page = await getPublicGuide({ orgSlug: org });
    if (!page) return null;
    const { name, slug } = page.org;
    return {
      meta: {
        title: `${name}政府信息公开指南`,
        description: page.guide
          ? `${name}政府信息公开工作机构（${page.guide.office}）的办公地址和联系方式，主动公开和依申请公开政府信息的方式、期限、收费和救济途径，以及${name}的政府信息公开目录。`
          : `${name}尚未填写政府信息公开指南；依申请公开政府信息的方式、期限、收费和救济途径依照${REGULATION}。`,
        path: publicGuidePath(slug),
      },
      // no lastModified: a new channel changes the 公开目录 without changing the guide's date
      body: <GuidePage page={page} />,
    };
  },
});
