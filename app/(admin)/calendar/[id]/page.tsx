import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canManageCalendar } from "@/lib/permissions";
import { weekdayName } from "@/lib/calendar/date";
import { PROJECT_NOTICE_YEARS } from "@/lib/calendar/notices";
import { getNotice, listNotices, previewNotice, type NoticePreview } from "@/lib/data/calendar";
import { listOrgsForActor } from "@/lib/data/orgs";
import { ActivateForm } from "@/components/calendar/ActivateForm";
import { NOTICE_KIND_LABELS, NOTICE_STATUS_LABELS } from "@/lib/register/notice-fields";
import { CALENDAR_PATH, requestPath } from "@/lib/paths";
import { firstValue, type SearchParams } from "@/components/register/query";
import { DataTable } from "@/components/ui/TableScroll";

export const metadata: Metadata = { title: "放假安排通知" };

function Checks({ preview }: { preview: NoticePreview }) {
  if (preview.errors.length === 0 && preview.warnings.length === 0) return <p>检查通过：没有发现问题。</p>;
  return (
    <>
      {preview.errors.length > 0 && (
        <div className="notice notice-error">
          <h3 className="mt-0">错误（{preview.errors.length}）：不能生效</h3>
          <ul className="list-disc pl-6">
            {preview.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="notice notice-info">
          <h3 className="mt-0">提示（{preview.warnings.length}）：请核对后确认</h3>
          <ul className="list-disc pl-6">
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function DayChanges({ preview }: { preview: NoticePreview }) {
  if (preview.days.length === 0) return <p>生效后没有任何日子的安排发生变化。</p>;
  return (
    <DataTable label="生效后发生变化的日子" caption={`生效后发生变化的日子（${preview.days.length} 天）`}>
      <thead>
        <tr>
          <th scope="col">日期</th>
          <th scope="col">星期</th>
          <th scope="col">现在</th>
          <th scope="col">生效后</th>
        </tr>
      </thead>
      <tbody>
        {preview.days.map((day) => (
          <tr key={day.date}>
            <th scope="row" className="whitespace-nowrap font-normal">
              {day.date}
            </th>
            <td>{day.weekday}</td>
            <td>{day.before}</td>
            <td>
              {day.workingBefore !== day.workingAfter && <strong>{day.workingAfter ? "改为工作日：" : "改为休息日："}</strong>}
              {day.after}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function DeadlineChanges({ preview, orgNames }: { preview: NoticePreview; orgNames: ReadonlyMap<string, string> }) {
  if (preview.deadlines.length === 0) return <p>没有未办结申请的期满日会因此改变。</p>;
  const due = (value: { dueOn: string | null; provisional: boolean }) => `${value.dueOn ?? "—"}${value.provisional ? "（暂定）" : ""}`;
  return (
    <DataTable label="期满日将改变的申请" caption={`期满日将改变的未办结申请（${preview.deadlines.length} 件）`}>
      <thead>
        <tr>
          <th scope="col">编号</th>
          <th scope="col">单位</th>
          <th scope="col">原期满日</th>
          <th scope="col">新期满日</th>
        </tr>
      </thead>
      <tbody>
        {preview.deadlines.map((change) => (
          <tr key={change.requestId}>
            <th scope="row" className="font-normal">
              <Link href={requestPath(change.requestId)}>{change.trackingNumber}</Link>
            </th>
            <td>{orgNames.get(change.orgId) ?? ""}</td>
            <td>{due(change.before)}</td>
            <td>{due(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export default async function NoticePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  if (!canManageCalendar(actor)) notFound();
  const notice = await getNotice({ actor, noticeId: id });
  if (!notice) notFound();
  const draft = notice.status === "draft";
  const [preview, orgs, active] = draft
    ? await Promise.all([previewNotice({ actor, noticeId: id }), listOrgsForActor({ actor }), listNotices({ actor, status: "active" })])
    : [null, [], []];
  const activated = firstValue(query, "activated");
  const version = firstValue(query, "version");

  return (
    <>
      <p className="no-print">
        <Link href={CALENDAR_PATH}>← 返回节假日安排</Link>
      </p>
      <h1>{notice.title}</h1>
      {!draft && activated !== undefined && (
        <p role="status" className="notice notice-success">
          已生效{version ? `（日历版本 ${version}）` : ""}：重新计算了 {activated} 件未办结申请的期满日。
        </p>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">年度</dt>
        <dd>{notice.year}</dd>
        <dt className="font-semibold">文号</dt>
        <dd>{notice.docNo ?? <span className="muted">未填写</span>}</dd>
        <dt className="font-semibold">通知日期</dt>
        <dd>{notice.issuedOn ?? <span className="muted">未核实</span>}</dd>
        <dt className="font-semibold">类型</dt>
        <dd>{NOTICE_KIND_LABELS[notice.kind]}</dd>
        <dt className="font-semibold">状态</dt>
        <dd>
          {NOTICE_STATUS_LABELS[notice.status]}
          {notice.calendarVersion !== null && `（日历版本 ${notice.calendarVersion}）`}
        </dd>
        {notice.sourceUrl && (
          <>
            <dt className="font-semibold">来源</dt>
            <dd className="break-all">{notice.sourceUrl}</dd>
          </>
        )}
        {notice.note && (
          <>
            <dt className="font-semibold">说明</dt>
            <dd>{notice.note}</dd>
          </>
        )}
      </dl>

      <table className="data-table">
        <caption>通知安排的日子（{notice.days.length} 天）</caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">星期</th>
            <th scope="col">安排</th>
            <th scope="col">节日</th>
          </tr>
        </thead>
        <tbody>
          {notice.days.map((day) => (
            <tr key={day.date}>
              <th scope="row" className="font-normal">
                {day.date}
              </th>
              <td>{weekdayName(day.date)}</td>
              <td>{day.kind === "holiday" ? "放假" : "调休上班"}</td>
              <td>{day.festival}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {preview && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">生效前检查和预览</h2>
          <Checks preview={preview} />
          {active.length === 0 && (
            <p className="notice notice-info">
              数据库中还没有已生效的通知：生效后，期限只按数据库中已生效的通知计算，系统内置的 {PROJECT_NOTICE_YEARS}放假安排将不再使用。
            </p>
          )}
          <DayChanges preview={preview} />
          <DeadlineChanges preview={preview} orgNames={new Map(orgs.map((o) => [o.id, o.name]))} />
          <ActivateForm noticeId={notice.id} warnings={preview.warnings.length} blocked={preview.errors.length > 0} />
        </section>
      )}
    </>
  );
}
