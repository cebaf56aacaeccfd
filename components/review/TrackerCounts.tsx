// How many units below the parent stand in each state, and how many are overdue (in words,
// not by colour alone).
import { TrackerStatusBadge } from "@/components/review/TrackerStatus";
import { TRACKER_STATUSES, type TrackerCounts as Counts } from "@/lib/review/tracker";

export function TrackerCounts({ counts }: { counts: Counts }) {
  return (
    <dl className="tracker-counts">
      {TRACKER_STATUSES.map((status) => (
        <div key={status}>
          <dt>
            <TrackerStatusBadge status={status} />
          </dt>
          <dd>
            {counts.byStatus[status]}
            {status === "published" && counts.corrections > 0 && <span className="status-note">（其中 {counts.corrections} 份更正中）</span>}
          </dd>
        </div>
      ))}
      <div className={counts.overdue > 0 ? "deadline-overdue" : undefined}>
        <dt>已逾期</dt>
        <dd>{counts.overdue}</dd>
      </div>
    </dl>
  );
}
