// A unit's state in the tracker: the workflow badge, 未建立 when there is no report, and where
// an open correction of a published report stands. Reads the same as stateLabel in the CSV.
import { StatusBadge } from "@/components/report/status";
import { CORRECTION_LABELS, TRACKER_STATUS_LABELS, type TrackerState, type TrackerStatus } from "@/lib/review/tracker";

export function TrackerStatusBadge({ status }: { status: TrackerStatus }) {
  return status === "missing" ? <span className="status status-missing">{TRACKER_STATUS_LABELS.missing}</span> : <StatusBadge status={status} />;
}

export function TrackerStateBadge({ state }: { state: TrackerState }) {
  return (
    <>
      <TrackerStatusBadge status={state.status} />
      {state.correction && <span className="status-note">（{CORRECTION_LABELS[state.correction]}）</span>}
    </>
  );
}
