// What a roll-up (汇总) sums: the units counted and those left out, with why. Server-rendered.
import type { RollupProvenance } from "@/lib/data/report-shape";
import { formatDateTime } from "@/lib/display-dates";

const MISSING_STATUS: Record<RollupProvenance["missing"][number]["status"], string> = {
  none: "未建立报告",
  draft: "草稿",
  returned: "已退回",
  submitted: "已提交，尚未发布",
};

export function RollupSummary({ rollup, headingLevel = 2 }: { rollup: RollupProvenance; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const submitted = rollup.units.filter((u) => u.source === "submitted").length;
  return (
    <section aria-labelledby="rollup-units" className="rollup-summary">
      <Heading id="rollup-units">汇总范围</Heading>
      <p>
        本汇总为 {rollup.units.length} 个单位的{rollup.includeSubmitted ? "已发布和已提交" : "已发布"}报告逐项相加
        {rollup.includeOwn ? "（含本级）" : ""}
        {submitted > 0 ? `，其中 ${submitted} 个单位的报告尚未发布` : ""}；汇总时间 {formatDateTime(new Date(rollup.builtAt))}。
        空白不等于 0：某单元格有单位未填写时，表中注明空白的单位数；所有单位都未填写的单元格保持空白。
      </p>
      <details open={rollup.units.length <= 30}>
        <summary>计入汇总的单位（{rollup.units.length}）</summary>
        <p>{rollup.units.length === 0 ? "无" : rollup.units.map((u) => u.name).join("、")}</p>
      </details>
      {rollup.missing.length > 0 && (
        <details open={rollup.missing.length <= 30}>
          <summary>未计入的单位（{rollup.missing.length}）</summary>
          <ul className="bullet-list">
            {rollup.missing.map((m) => (
              <li key={m.slug}>
                {m.name}：{MISSING_STATUS[m.status]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
