import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canReview } from "@/lib/permissions";
import { listReportsForActor } from "@/lib/data/reports";
import { formatDateTime } from "@/lib/display-dates";
import { TrackerCounts } from "@/components/review/TrackerCounts";
import { loadTrackerView } from "@/app/_lib/tracker-query";
import { reviewPath, TRACKER_PATH, trackerPath } from "@/lib/paths";

export const metadata: Metadata = { title: "审核" };

type ReportSummary = Awaited<ReturnType<typeof listReportsForActor>>[number];

function ReviewLink({ report, text }: { report: ReportSummary; text: string }) {
  return (
    <Link href={reviewPath(report.id)}>
      {text}
      <span className="sr-only">
        {report.orgName}
        {report.year}年度报告
      </span>
    </Link>
  );
}

export default async function ReviewPage() {
  const actor = await requireActor();
  if (!canReview(actor)) notFound();
  const [reports, { tracker }] = await Promise.all([listReportsForActor({ actor, status: ["submitted"] }), loadTrackerView(actor, () => undefined)]);
  const waiting = [...reports].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());

  return (
    <>
      <h1>审核年度报告</h1>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">待审核（{waiting.length}）</h2>
        {waiting.length === 0 ? (
          <p>目前没有待审核的报告。</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">年度</th>
                <th scope="col">提交时间</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((report) => (
                <tr key={report.id}>
                  <th scope="row">{report.orgName}</th>
                  <td>{report.year}年</td>
                  <td>{formatDateTime(report.updatedAt)}</td>
                  <td>
                    <ReviewLink report={report} text="审核" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="tracker-heading">
        <h2 id="tracker-heading">{tracker ? `${tracker.year}年度报送进度（${tracker.parent.name}下属单位 ${tracker.counts.units} 个）` : "报送进度"}</h2>
        {tracker && <TrackerCounts counts={tracker.counts} />}
        <p>
          <Link href={tracker ? trackerPath(tracker.year, tracker.parent.slug) : TRACKER_PATH}>查看各单位报送进度</Link>
        </p>
      </section>
    </>
  );
}
