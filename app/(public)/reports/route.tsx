// 年度报告目录: every unit with published reports, and its years.
import { publicPage } from "@/app/_lib/public-site";
import { listPublishedIndex } from "@/lib/data/public";
import { publicReportPath } from "@/lib/paths";

export const GET = publicPage<Record<string, never>>({
  freshness: "latest",
  load: async () => {
    const units = await listPublishedIndex();
    const sorted = [...units].sort(
      (a, b) => (a.parentName ?? "").localeCompare(b.parentName ?? "", "zh-CN") || a.orgName.localeCompare(b.orgName, "zh-CN"),
    );
    return {
      meta: { title: "政府信息公开工作年度报告", description: "各单位已公开的政府信息公开工作年度报告：全文、统计表和可下载的数据。", path: "/reports" },
      body: (
        <>
          <h1>政府信息公开工作年度报告</h1>
          <p>以下为已公开的各单位政府信息公开工作年度报告。报告按《中华人民共和国政府信息公开条例》第四十九条、第五十条编制，每份报告的数据可下载为 JSON 和 CSV。</p>
          {sorted.length === 0 ? (
            <p>目前还没有公开的年度报告。</p>
          ) : (
            <table className="data-table">
              <caption>已公开年度报告的单位和年度</caption>
              <thead>
                <tr>
                  <th scope="col">单位</th>
                  <th scope="col">上级单位</th>
                  <th scope="col">已公开年度</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((unit) => (
                  <tr key={unit.orgSlug}>
                    <th scope="row">{unit.orgName}</th>
                    <td>{unit.parentName ?? ""}</td>
                    <td>
                      <ul className="inline-list">
                        {[...unit.years]
                          .sort((a, b) => b - a)
                          .map((year) => (
                            <li key={year}>
                              <a href={publicReportPath(unit.orgSlug, year)} aria-label={`${unit.orgName}${year}年度报告`}>
                                {year}年
                              </a>
                            </li>
                          ))}
                        {[...unit.rollupYears]
                          .sort((a, b) => b - a)
                          .map((year) => (
                            <li key={`rollup-${year}`}>
                              <a href={publicReportPath(unit.orgSlug, year, "rollup")} aria-label={`${unit.orgName}${year}年度报告汇总`}>
                                {year}年汇总
                              </a>
                            </li>
                          ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ),
    };
  },
});
