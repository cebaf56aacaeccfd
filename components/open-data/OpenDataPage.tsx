// 开放数据: each year's published reports as one CSV and one JSON-lines file, and what every
// column and field means. Server markup only (a public page: no script, no inline style).
import { FORMAT_IDS, FORMATS } from "@/lib/formats";
import { YEAR_CSV_HEADER } from "@/lib/export/open-data";
import { openDataYearPath } from "@/lib/paths";

export interface OpenDataPageProps {
  years: readonly { year: number; units: number }[];
}

/** What each column of the year CSV holds, in the file's order (YEAR_CSV_HEADER). */
const CSV_COLUMNS: Record<(typeof YEAR_CSV_HEADER)[number], string> = {
  单位标识: "单位在网址中的标识（/reports/单位标识/年度）；单位改名后不变",
  单位名称: "报告发布时的单位名称",
  年度: "报告年度",
  版本: "该单位本年度报告的最新版本号：第 1 版为首次发布，之后每次更正加 1",
  key: "单元格键“表.行.列”，与互换格式（data.json）相同，如 t3.new.total",
  行: "统计表的官方行名称，含上级行的名称",
  列: "统计表的官方列名称，含上级列的名称",
  值: "数值；空白表示未填报，不等于 0；金额按报告格式的单位（万元或元），其余为件、条、次等",
};

const JSONL_FIELDS: [string, string][] = [
  ["unit", "单位标识"],
  ["revision", "版本号"],
  ["publishedAt", "该版本的发布时间（北京时间，如 2022-02-08T00:00:00+08:00）"],
  ["format", "报告格式，见下表"],
  ["year", "报告年度"],
  ["organization", "报告发布时的单位名称"],
  ["cells", "全部单元格：键 → 数值，空白为 null（不等于 0）"],
];

export function OpenDataPage({ years }: OpenDataPageProps) {
  return (
    <article className="open-data">
      <h1>开放数据</h1>
      <p>
        已发布的政府信息公开工作年度报告的统计数字，供下载和用程序读取。文件中的数字与公开页面显示的数字相同：都取自同一份已发布的版本。
      </p>

      <h2>按年度下载</h2>
      {years.length === 0 ? (
        <p>还没有已发布的报告。</p>
      ) : (
        <table className="data-table open-data-years">
          <caption>各年度已发布报告的数据文件</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">已发布的单位</th>
              <th scope="col">CSV</th>
              <th scope="col">JSON Lines</th>
            </tr>
          </thead>
          <tbody>
            {years.map(({ year, units }) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{units}</td>
                <td>
                  <a href={openDataYearPath(year, "csv")}>{year}.csv</a>
                </td>
                <td>
                  <a href={openDataYearPath(year, "jsonl")}>{year}.jsonl</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        每个文件包含该年度每个单位本级报告的最新版本；上级单位的汇总报告不在其中（汇总是下属单位报告之和，放在一起会重复计数），请在汇总报告的页面下载。
      </p>

      <h2>CSV 文件的各列</h2>
      <p>UTF-8 编码，带 BOM（Excel 可直接打开），每个单位的每个单元格一行。</p>
      <dl className="open-data-fields">
        {YEAR_CSV_HEADER.map((column) => (
          <div key={column}>
            <dt>{column}</dt>
            <dd>{CSV_COLUMNS[column]}</dd>
          </div>
        ))}
      </dl>

      <h2>JSON Lines 文件</h2>
      <p>每行是一个完整的 JSON 对象，对应一份报告：互换格式文档（与该报告的 data.json 相同的字段）加上单位标识、版本号和发布时间。</p>
      <dl className="open-data-fields">
        {JSONL_FIELDS.map(([field, meaning]) => (
          <div key={field}>
            <dt>
              <code>{field}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>

      <h2>报告格式</h2>
      <table className="data-table open-data-formats">
        <caption>format 字段的取值</caption>
        <thead>
          <tr>
            <th scope="col">format</th>
            <th scope="col">格式</th>
            <th scope="col">适用年度</th>
          </tr>
        </thead>
        <tbody>
          {FORMAT_IDS.map((id) => {
            const format = FORMATS[id];
            return (
              <tr key={id}>
                <th scope="row">
                  <code>{id}</code>
                </th>
                <td>
                  {format.name}（{format.source}）
                </td>
                <td>
                  {format.years.from}—{format.years.to ?? ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>单份报告</h2>
      <p>
        每份已发布的报告另有三个文件：<code>data.json</code>（互换格式）、<code>data.csv</code>（每个单元格一行，列为 key、行、列、值）和{" "}
        <code>data.xlsx</code>（官方格式的统计表），在报告页面上下载。<code>/reports/单位标识/年度/data.csv</code> 等为最新版本；
        <code>/reports/单位标识/年度/r/版本号/data.csv</code> 等为该版本的永久地址，内容不再改变。
      </p>
    </article>
  );
}
