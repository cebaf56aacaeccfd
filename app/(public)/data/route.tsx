// 开放数据: the years with published reports, their files, and what each column means.
import { publicPage } from "@/app/_lib/public-site";
import { OpenDataPage } from "@/components/open-data/OpenDataPage";
import { listOpenDataYears } from "@/lib/data/public";
import { OPEN_DATA_PATH } from "@/lib/paths";

export const GET = publicPage<Record<string, never>>({
  freshness: "latest",
  load: async () => ({
    meta: {
      title: "开放数据",
      description: "各年度已公开的政府信息公开工作年度报告的统计数字：CSV 和 JSON Lines 文件，以及各列的含义。",
      path: OPEN_DATA_PATH,
    },
    body: <OpenDataPage years={await listOpenDataYears()} />,
  }),
});
