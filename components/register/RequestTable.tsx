// The register's list: one row per request, the tracking number heading its row.
import Link from "next/link";
import { lawFor } from "@/lib/calendar/law";
import type { RequestSummary } from "@/lib/data/register";
import { CHANNEL_LABELS, REQUEST_ORIGINS, choiceLabel } from "@/lib/register/vocabulary";
import { DueFlags, ProvisionalMark } from "@/components/register/DueMarks";
import { applicantTypeLabel } from "@/lib/register/labels";
import { STATE_LABELS } from "@/lib/register/deadline";
import { requestPath } from "@/lib/paths";
import { DataTable } from "@/components/ui/TableScroll";

const SUBJECT_CHARS = 40;

function shortSubject(subject: string): string {
  return subject.length > SUBJECT_CHARS ? `${subject.slice(0, SUBJECT_CHARS)}…` : subject;
}

export function RequestTable({ items, caption, orgNames }: { items: readonly RequestSummary[]; caption: string; orgNames?: ReadonlyMap<string, string> }) {
  return (
    <DataTable label={caption}>
      <thead>
        <tr>
          <th scope="col">编号</th>
          {orgNames && <th scope="col">单位</th>}
          <th scope="col">收到日期</th>
          <th scope="col">渠道</th>
          <th scope="col">申请人类型</th>
          <th scope="col">申请内容</th>
          <th scope="col">状态</th>
          <th scope="col">期满日</th>
          <th scope="col">提示</th>
        </tr>
      </thead>
      <tbody>
        {items.map((request) => (
          <tr key={request.id}>
            <th scope="row">
              <Link href={requestPath(request.id)}>{request.trackingNumber}</Link>
            </th>
            {orgNames && <td>{orgNames.get(request.orgId) ?? ""}</td>}
            <td>
              {request.receivedOn}
              <br />
              <span className="muted text-sm">{lawFor(request.receivedOn).listMark}</span>
            </td>
            <td>
              {CHANNEL_LABELS[request.channel]}
              {request.origin === "online" && <span className="muted">（{choiceLabel(REQUEST_ORIGINS, request.origin)}）</span>}
            </td>
            <td>{applicantTypeLabel(request.applicantType)}</td>
            <td>{shortSubject(request.subject)}</td>
            <td>
              {STATE_LABELS[request.state]}
              {request.closedOn && <span className="muted">（{request.closedOn}）</span>}
            </td>
            <td className="whitespace-nowrap">
              {request.dueOn ?? "—"} {request.dueOn && request.dueProvisional && request.state !== "closed" && <ProvisionalMark />}
            </td>
            <td>
              <DueFlags dueSoon={request.dueSoon} overdue={request.overdue} answeredLate={request.answeredLate} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
