// What has happened to a request, in order.
import type { RequestEventView } from "@/lib/data/register";
import { outcomeLabel } from "@/lib/register/structure";
import { WithdrawEventForm } from "@/components/register/WithdrawEventForm";

function details(event: RequestEventView): string {
  switch (event.kind) {
    case "extended":
      return `延长 ${event.days ?? ""} 个工作日，批准人：${event.approvedBy ?? "未填写"}`;
    case "answered":
      return `办理结果：${outcomeLabel(event.outcome, event.date)}${event.note ? `；答复内容：${event.note}` : ""}`;
    case "correction_received":
      return event.byApplicant ? `申请人网上补正：${event.note ?? ""}` : (event.note ?? "");
    case "fee_charged":
    case "fee_notified":
      // The computation as written when recorded (the note); older records are computed again.
      return event.note ?? (event.fee ? event.fee.explanation : event.feeYuan !== null ? `${event.feeYuan} 元` : "");
    case "fee_paid":
      return event.feeYuan !== null ? `缴纳 ${event.feeYuan} 元` : "";
    case "delayed_reply":
      return `告知的合理期限：${event.untilOn ?? "未填写"}；理由：${event.note ?? "未填写"}`;
    case "consultation_started":
      return event.note ? `征求意见对象：${event.note}` : "";
    default:
      return event.note ?? "";
  }
}

export interface RequestEventsProps {
  events: readonly RequestEventView[];
  /** set when the viewer may withdraw the event recorded last */
  withdraw?: { requestId: string; eventId: string | null };
}

export function RequestEvents({ events, withdraw }: RequestEventsProps) {
  if (events.length === 0) return <p>尚未记录办理环节。</p>;
  const last = withdraw?.eventId ? events.find((e) => e.id === withdraw.eventId) : undefined;
  return (
    <>
      <table className="data-table">
        <caption>办理环节</caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">环节</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row" className="whitespace-nowrap font-normal">
                <time dateTime={event.date}>{event.date}</time>
              </th>
              <td>{event.label}</td>
              <td>{details(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {withdraw && last && <WithdrawEventForm requestId={withdraw.requestId} eventId={last.id} label={last.label} />}
    </>
  );
}
