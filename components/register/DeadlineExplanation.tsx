// A due date explained day by day: every calendar day from the receipt (or 补正) to the due
// date, whether it counts and why, citing the notice that made it a holiday or a working day.
import type { Deadline } from "@/lib/calendar/deadline";
import { ProvisionalMark } from "@/components/register/DueMarks";
import { DataTable } from "@/components/ui/TableScroll";

export function DeadlineExplanation({ deadline, caption }: { deadline: Deadline; caption: string }) {
  return (
    <DataTable label={caption}>
      <thead>
        <tr>
          <th scope="col">日期</th>
          <th scope="col">星期</th>
          <th scope="col">是否计入</th>
          <th scope="col">累计工作日</th>
          <th scope="col">原因</th>
        </tr>
      </thead>
      <tbody>
        {deadline.days.map((day) => (
          <tr key={day.date} className={day.counted ? undefined : "bg-gray-50"}>
            <th scope="row" className="whitespace-nowrap font-normal">
              <time dateTime={day.date}>{day.date}</time>
            </th>
            <td>{day.weekday}</td>
            <td>{day.counted ? "计入" : "不计入"}</td>
            <td>{day.count === undefined ? "" : `第 ${day.count} 个`}</td>
            <td>
              {day.reason}
              {day.provisional && (
                <>
                  {" "}
                  <ProvisionalMark years={deadline.provisionalYears} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
