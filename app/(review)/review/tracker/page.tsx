import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canReview } from "@/lib/permissions";
import { deadlineDayLabel } from "@/lib/review/tracker";
import { TrackerCounts } from "@/components/review/TrackerCounts";
import { TrackerForm } from "@/components/review/TrackerForm";
import { TrackerTable } from "@/components/review/TrackerTable";
import { loadTrackerView } from "@/app/_lib/tracker-query";
import { firstValue, type SearchParams } from "@/components/register/query";
import { REVIEW_PATH, trackerCsvPath } from "@/lib/paths";

export const metadata: Metadata = { title: "报送进度" };

export default async function TrackerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!canReview(actor)) notFound();
  const params = await searchParams;
  const { query, parents, parent, parentChoice, tracker } = await loadTrackerView(actor, (name) => firstValue(params, name));
  if (parent && !tracker) notFound();

  return (
    <>
      <p className="no-print">
        <Link href={REVIEW_PATH}>返回审核</Link>
      </p>
      <h1>{tracker ? `${tracker.parent.name}${tracker.year}年度报告报送进度` : "年度报告报送进度"}</h1>
      <TrackerForm year={query.year} parents={parentChoice ? parents : null} parent={parent} />
      {!tracker ? (
        <p>{parents.length === 0 ? "没有下属单位可以查看。" : "请选择上级单位。"}</p>
      ) : (
        <>
          <p>
            今天是 {tracker.today}（北京时间）。下属单位的年度报告于 {tracker.year + 1}年{deadlineDayLabel("unit")}截止，{tracker.parent.name}
            本级报告和汇总报告于 {tracker.year + 1}年{deadlineDayLabel("parent")}截止；期限按自然日计算，截止日后仍未提交的标为“已逾期”。
          </p>
          <section aria-labelledby="tracker-counts-heading">
            <h2 id="tracker-counts-heading">下属单位 {tracker.counts.units} 个</h2>
            <TrackerCounts counts={tracker.counts} />
          </section>
          <p className="no-print">
            <a href={trackerCsvPath(tracker.year, tracker.parent.slug)} download>
              下载 CSV<span className="sr-only">（{tracker.parent.name}{tracker.year}年度报送进度）</span>
            </a>
          </p>
          <TrackerTable tracker={tracker} />
        </>
      )}
    </>
  );
}
