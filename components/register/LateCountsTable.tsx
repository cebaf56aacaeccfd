// 逾期情况 per year of receipt: requests answered after their due date (逾期答复) and requests
// still open whose due date has passed (已逾期), each number a link to the requests behind it.
import Link from "next/link";
import { DataTable } from "@/components/ui/TableScroll";

export interface LateCountsRow {
  year: number;
  received: number;
  answeredLate: number;
  openOverdue: number;
}

export function LateCountsTable({ counts, hrefOf }: { counts: readonly LateCountsRow[]; hrefOf: (year: number, mark: "late" | "overdue") => string }) {
  return (
    <section aria-labelledby="late-counts-heading">
      <h2 id="late-counts-heading">各年逾期情况</h2>
      <p className="muted text-sm">按收到申请的年份统计。逾期答复：办结日期晚于答复期满日（含经批准延长、依条例第三十五条告知的合理期限）；已逾期：尚未办结且已过期满日。</p>
      <DataTable label="各年逾期情况">
        <thead>
          <tr>
            <th scope="col">收到年份</th>
            <th scope="col">收到申请</th>
            <th scope="col">逾期答复</th>
            <th scope="col">未办结且已逾期</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td>{row.received}</td>
              <td>{row.answeredLate > 0 ? <Link href={hrefOf(row.year, "late")}>{row.answeredLate}<span className="sr-only">件（{row.year}年收到、逾期答复的申请）</span></Link> : 0}</td>
              <td>{row.openOverdue > 0 ? <Link href={hrefOf(row.year, "overdue")}>{row.openOverdue}<span className="sr-only">件（{row.year}年收到、未办结且已逾期的申请）</span></Link> : 0}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
