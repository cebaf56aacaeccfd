import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { compareDates } from "@/lib/calendar/date";
import { applicableLawLabel } from "@/lib/calendar/law";
import { listOrgsForActor } from "@/lib/data/orgs";
import { getRequest, type OnlineApplicant, type RequestDetail } from "@/lib/data/register";
import { STATE_LABELS } from "@/lib/register/deadline";
import { outcomeLabel, unpaidFeeOutcome } from "@/lib/register/structure";
import { feeRulesApply, underRevisedRegulation } from "@/lib/register/law-dates";
import { FEE_PAYMENT_WORKING_DAYS } from "@/lib/register/fees";
import { canEditReportOf, canSeeApplicant, ownUnitOf } from "@/lib/permissions";
import { todayInChina } from "@/lib/register/today";
import { CHANNEL_LABELS, DELIVERY_METHODS, ID_TYPES, REQUEST_ORIGINS, choiceLabel } from "@/lib/register/vocabulary";
import { DeadlineExplanation } from "@/components/register/DeadlineExplanation";
import { DueFlags, ProvisionalMark } from "@/components/register/DueMarks";
import { EventForms } from "@/components/register/EventForms";
import { RequestEvents } from "@/components/register/RequestEvents";
import { applicantTypeLabel } from "@/lib/register/labels";
import { REGISTER_PATH } from "@/lib/paths";

export const metadata: Metadata = { title: "依申请公开申请" };

function consultationOpen(request: RequestDetail): boolean {
  const started = request.events.filter((e) => e.kind === "consultation_started").length;
  const ended = request.events.filter((e) => e.kind === "consultation_ended").length;
  return request.state === "open" && started > ended;
}

function DeadlineSummary({ request }: { request: RequestDetail }) {
  if (request.state === "awaiting_correction") {
    return <p>等待申请人补正：答复期限自收到补正之日起重新计算，在此之前不计算答复期限。</p>;
  }
  const delayed = request.delayedReply;
  return (
    <>
      {delayed && (
        <p>
          依条例第三十五条确定延迟答复的合理期限并告知申请人：<strong>{delayed.untilOn}</strong>（{delayed.toldOn} 告知；理由：{delayed.reason}）。答复期满日以告知的日期为准。
        </p>
      )}
      <p>
        答复期满日：<strong>{request.dueOn ?? "—"}</strong>
        {request.dueProvisional && request.deadline && (
          <>
            {" "}
            <ProvisionalMark years={request.deadline.provisionalYears} />
          </>
        )}
        {request.extendedDays > 0 && `（含经批准延长的 ${request.extendedDays} 个工作日）`}{" "}
        <DueFlags dueSoon={request.dueSoon} overdue={request.overdue} answeredLate={request.answeredLate} />
      </p>
      {request.closedOn && request.dueOn && (
        <p>
          已于 {request.closedOn} 办结，{request.answeredLate ? "晚于答复期满日（逾期答复）" : "在答复期限内"}。
        </p>
      )}
    </>
  );
}

/** 条例第二十九条's 身份证明 and 联系方式 of a 网络申请, as the applicant gave them. */
function OnlineApplicantFacts({ applicant }: { applicant: OnlineApplicant }) {
  const missing = <span className="muted">未填写</span>;
  return (
    <>
      <dt className="font-semibold">身份证明</dt>
      <dd>
        {choiceLabel(ID_TYPES, applicant.idType) ?? "证件"}：{applicant.idNumber ?? missing}
      </dd>
      <dt className="font-semibold">联系电话</dt>
      <dd>{applicant.phone ?? missing}</dd>
      <dt className="font-semibold">电子邮件</dt>
      <dd>{applicant.email ?? missing}</dd>
      <dt className="font-semibold">通信地址</dt>
      <dd>{applicant.address ?? missing}</dd>
    </>
  );
}

/** An open request whose 收费通知's payment window has passed unpaid. */
function feeLapsed(request: RequestDetail, today: string): boolean {
  const notice = request.feeNotice;
  return notice !== null && notice.paidOn === null && request.state !== "closed" && compareDates(today, notice.payBy) > 0;
}

/** 国办函〔2020〕109号: the notice, the payment window and, once it has passed unpaid, the outcome it allows. */
function FeeNoticeSummary({ request, today }: { request: RequestDetail; today: string }) {
  const notice = request.feeNotice;
  if (!notice) return null;
  const notified = request.events.find((e) => e.kind === "fee_notified");
  const lapsed = feeLapsed(request, today);
  const outcome = lapsed ? unpaidFeeOutcome(today) : undefined;
  return (
    <section aria-labelledby="request-fee-heading">
      <h2 id="request-fee-heading">信息处理费</h2>
      <p>
        {notice.notifiedOn} 发出收费通知{notified?.feeYuan !== null && notified?.feeYuan !== undefined ? `，应缴 ${notified.feeYuan} 元` : ""}。申请人自收到收费通知之日起 {FEE_PAYMENT_WORKING_DAYS} 个工作日内缴纳，缴费期满日：<strong>{notice.payBy}</strong>（按通知日期计算，通知日当日不计入）。
      </p>
      <p>
        {notice.paidOn
          ? `${notice.paidOn} 收到缴费；${notice.notifiedOn} 至 ${notice.paidOn} 不计入答复期限。`
          : request.state === "closed"
            ? "未收到缴费。"
            : `尚未收到缴费；在此期间答复期限暂停计算（国办函〔2020〕109号）。`}
      </p>
      {lapsed && (
        <p className="notice notice-info">
          缴费期满日 {notice.payBy} 已过，申请人未缴费：
          {outcome ? `可按“${outcome.label}”办结（下方“答复办结”已选好这一结果）。` : "可按申请人逾期未缴费、不再处理办结。"}
        </p>
      )}
    </section>
  );
}

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const request = await getRequest({ actor, requestId: id });
  if (!request) notFound();
  const mayWrite = canEditReportOf(actor, request.orgId);
  const orgName = ownUnitOf(actor) !== null ? null : ((await listOrgsForActor({ actor })).find((o) => o.id === request.orgId)?.name ?? null);
  const correctionAsked = request.events.some((e) => e.kind === "correction_requested");
  const today = todayInChina();

  return (
    <>
      <p className="no-print">
        <Link href={REGISTER_PATH}>← 返回登记簿</Link>
      </p>
      <h1>依申请公开申请 {request.trackingNumber}</h1>
      <section aria-labelledby="request-facts-heading">
        <h2 id="request-facts-heading">申请信息</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          {orgName && (
            <>
              <dt className="font-semibold">单位</dt>
              <dd>{orgName}</dd>
            </>
          )}
          <dt className="font-semibold">编号</dt>
          <dd>{request.trackingNumber}</dd>
          <dt className="font-semibold">收到日期</dt>
          <dd>
            <time dateTime={request.receivedOn}>{request.receivedOn}</time>
          </dd>
          <dt className="font-semibold">申请渠道</dt>
          <dd>{CHANNEL_LABELS[request.channel]}</dd>
          <dt className="font-semibold">来源</dt>
          <dd>{choiceLabel(REQUEST_ORIGINS, request.origin)}</dd>
          <dt className="font-semibold">申请人类型</dt>
          <dd>{applicantTypeLabel(request.applicantType)}</dd>
          {canSeeApplicant(actor, request.orgId) && (
            <>
              <dt className="font-semibold">申请人姓名或名称</dt>
              <dd>{request.applicantName ?? <span className="muted">未填写</span>}</dd>
              {request.onlineApplicant ? (
                <OnlineApplicantFacts applicant={request.onlineApplicant} />
              ) : (
                <>
                  <dt className="font-semibold">联系方式</dt>
                  <dd>{request.applicantContact ?? <span className="muted">未填写</span>}</dd>
                </>
              )}
            </>
          )}
          {request.infoTitle && (
            <>
              <dt className="font-semibold">所需信息的名称</dt>
              <dd>{request.infoTitle}</dd>
            </>
          )}
          {request.infoDocNo && (
            <>
              <dt className="font-semibold">文号</dt>
              <dd>{request.infoDocNo}</dd>
            </>
          )}
          <dt className="font-semibold">申请内容</dt>
          <dd className="whitespace-pre-wrap">{request.subject}</dd>
          <dt className="font-semibold">{request.deliveryMethod ? "所需信息的形式" : "获取信息的方式"}</dt>
          <dd>{request.formWanted ?? <span className="muted">未填写</span>}</dd>
          {request.deliveryMethod && (
            <>
              <dt className="font-semibold">获取信息的途径</dt>
              <dd>
                {choiceLabel(DELIVERY_METHODS, request.deliveryMethod)}
                {request.deliveryOther && `：${request.deliveryOther}`}
              </dd>
            </>
          )}
          <dt className="font-semibold">适用法规</dt>
          <dd>{applicableLawLabel(request.law)}</dd>
          <dt className="font-semibold">状态</dt>
          <dd>{STATE_LABELS[request.state]}</dd>
          {request.outcome && (
            <>
              <dt className="font-semibold">办理结果</dt>
              <dd>{outcomeLabel(request.outcome, request.closedOn)}</dd>
            </>
          )}
          {request.feeYuan !== null && (
            <>
              <dt className="font-semibold">信息处理费合计</dt>
              <dd>{request.feeYuan} 元</dd>
            </>
          )}
        </dl>
        {!canSeeApplicant(actor, request.orgId) && <p className="muted text-sm">申请人的姓名和联系方式仅本单位填报人员可见。</p>}
      </section>

      <section aria-labelledby="request-deadline-heading">
        <h2 id="request-deadline-heading">答复期限</h2>
        <DeadlineSummary request={request} />
        {!correctionAsked && request.state === "open" && request.correctionDueOn && request.law.correctionRequest && (
          <p className="muted">
            补正告知期限：{request.correctionDueOn}（{request.law.correctionRequest.article}：{request.law.correctionRequest.rule}）。
          </p>
        )}
        {request.notes.map((note) => (
          <p key={note} className="notice notice-info">
            {note}
          </p>
        ))}
        {request.deadline && (
          <DeadlineExplanation
            deadline={request.deadline}
            caption={`${request.delayedReply ? "延迟答复前的法定" : ""}期满日 ${request.deadline.due} 的逐日计算（共 ${request.deadline.workingDays} 个工作日）`}
          />
        )}
      </section>
      <FeeNoticeSummary request={request} today={today} />

      <section aria-labelledby="request-events-heading">
        <h2 id="request-events-heading">办理环节</h2>
        <RequestEvents events={request.events} withdraw={mayWrite ? { requestId: request.id, eventId: request.lastEventId } : undefined} />
      </section>
      {mayWrite && (
        <section aria-labelledby="request-record-heading" className="no-print">
          <h2 id="request-record-heading">记录办理环节</h2>
          <EventForms
              requestId={request.id}
              today={today}
              state={request.state}
              correctionAsked={correctionAsked}
              consultationOpen={consultationOpen(request)}
              extended={request.extendedDays > 0}
              law={request.law}
              dueOn={request.dueOn}
              mayDelay={underRevisedRegulation(request.receivedOn) && request.delayedReply === null}
              delayed={request.delayedReply !== null}
              mayNotifyFee={request.feeNotice === null && feeRulesApply(today)}
              awaitingPayment={request.feeNotice !== null && request.feeNotice.paidOn === null}
              earlierThisMonth={request.earlierThisMonth}
              suggestedOutcome={feeLapsed(request, today) ? unpaidFeeOutcome(today)?.key : undefined}
            />
        </section>
      )}
    </>
  );
}
