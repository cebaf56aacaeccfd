// The tracker's rows: the parent's own report and roll-up, then every unit below it. The
// columns are those of the CSV (TRACKER_COLUMNS) and a link to each report.
import Link from "next/link";
import { DataTable } from "@/components/ui/TableScroll";
import { TrackerStateBadge } from "@/components/review/TrackerStatus";
import { reviewPath } from "@/lib/paths";
import { chinaDateTime, SCOPE_LABELS, TRACKER_COLUMNS, unitLabel, type Tracker, type TrackerRow } from "@/lib/review/tracker";

function DaysLeft({ row }: { row: TrackerRow }) {
  if (!row.countdown) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">已提交或已发布，不再计算</span>
      </>
    );
  }
  const { daysLeft, text } = row.countdown;
  if (daysLeft < 0) return <strong className="deadline-overdue">{text}</strong>;
  if (daysLeft === 0) return <strong className="deadline-today">{text}</strong>;
  return <>{text}</>;
}

function Row({ row }: { row: TrackerRow }) {
  const { lastChange } = row;
  return (
    <tr className={row.overdue ? "row-overdue" : undefined}>
      <th scope="row">
        {row.org.name}
        {row.under && <span className="muted">（{row.under}下属）</span>}
      </th>
      <td>{SCOPE_LABELS[row.scope]}</td>
      <td>
        <TrackerStateBadge state={row.state} />
      </td>
      <td>
        <DaysLeft row={row} />
      </td>
      <td>
        <time dateTime={row.deadline}>{row.deadline}</time>
      </td>
      <td>{lastChange && <time dateTime={lastChange.at.toISOString()}>{chinaDateTime(lastChange.at)}</time>}</td>
      <td>{lastChange?.by}</td>
      <td>
        {row.reportId && (
          <Link href={reviewPath(row.reportId)}>
            查看<span className="sr-only">{unitLabel(row)}{SCOPE_LABELS[row.scope]}</span>
          </Link>
        )}
      </td>
    </tr>
  );
}

export function TrackerTable({ tracker }: { tracker: Tracker }) {
  return (
    <div className="tracker-table">
      <DataTable label="报送进度表" caption={`${tracker.parent.name}及下属单位${tracker.year}年度报告报送进度`}>
        <thead>
          <tr>
            {TRACKER_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {tracker.rows.map((row) => (
            <Row key={`${row.org.id}:${row.scope}`} row={row} />
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
