import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listPublishedIndex } from "@/lib/data/public";
import { publicReportPath } from "@/lib/paths";

export const metadata: Metadata = { title: "政府信息公开工作年度报告" };

export default async function PublicIndexPage() {
  await connection();
  const units = await listPublishedIndex();
  const sorted = [...units].sort(
    (a, b) => (a.parentName ?? "").localeCompare(b.parentName ?? "", "zh-CN") || a.orgName.localeCompare(b.orgName, "zh-CN"),
  );
  return (
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
                  <ul className="flex flex-wrap gap-x-4">
                    {[...unit.years]
                      .sort((a, b) => b - a)
                      .map((year) => (
                        <li key={year}>
                          <Link href={publicReportPath(unit.orgSlug, year)} aria-label={`${unit.orgName}${year}年度报告`}>
                            {year}年
                          </Link>
                        </li>
                      ))}
                    {[...unit.rollupYears]
                      .sort((a, b) => b - a)
                      .map((year) => (
                        <li key={`rollup-${year}`}>
                          <Link href={publicReportPath(unit.orgSlug, year, "rollup")} aria-label={`${unit.orgName}${year}年度报告汇总`}>
                            {year}年汇总
                          </Link>
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
  );
}
