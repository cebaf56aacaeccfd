// 即将到期 / 已逾期 / 逾期答复 / 暂定: said in words, not by colour alone.
import { DUE_SOON_WORKING_DAYS } from "@/lib/register/deadline";

export function DueFlags({ dueSoon, overdue, answeredLate = false }: { dueSoon: boolean; overdue: boolean; answeredLate?: boolean }) {
  return (
    <>
      {overdue && <span className="status text-[#991b1b]">已逾期</span>}
      {answeredLate && (
        <span className="status text-[#991b1b]" title="办结日期晚于答复期满日">
          逾期答复
        </span>
      )}
      {dueSoon && (
        <span className="status text-[#92400e]" title={`${DUE_SOON_WORKING_DAYS} 个工作日内期满`}>
          即将到期
        </span>
      )}
    </>
  );
}

/** A due date that rests on a year whose holiday notice is missing. */
export function ProvisionalMark({ years }: { years?: readonly number[] }) {
  const why = years && years.length > 0 ? `尚无 ${years.join("、")} 年放假安排通知，通知生效后自动重新计算` : "尚无相关年份的放假安排通知，通知生效后自动重新计算";
  return (
    <span className="status text-[#374151]" title={why}>
      暂定<span className="sr-only">（{why}）</span>
    </span>
  );
}
