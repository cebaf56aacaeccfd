// What the applicant of a 网络申请 sees: the receipt right after sending it, and the status
// page (查询申请办理进度) — the unit, the tracking number, the dates, the status, the due date
// explained day by day, the 补正 asked (answered here, with a plain form), and the reply.
// Nothing of the applicant, nothing of other requests. Plain HTML forms, no script.
import type { ApplicantStatus } from "@/lib/data/register-online";
import { LAW_IN_FORCE } from "@/lib/calendar/law";
import { channelEntry } from "@/lib/register/vocabulary";
import { APPLY_STATUS_PATH } from "@/lib/paths";
import { Field } from "@/components/ui/Field";
import { DeadlineExplanation } from "@/components/register/DeadlineExplanation";
import { FEE_PAYMENT_WORKING_DAYS } from "@/lib/register/fees";

/** 条例第三十三条 as the applicant reads it beside a due date. */
function DueBasis() {
  return (
    <>
      按工作日计算（法定节假日和调休按国务院办公厅的放假通知）：《中华人民共和国政府信息公开条例》第三十三条规定，行政机关应当自收到申请之日起 {LAW_IN_FORCE.replyWorkingDays}{" "}
      个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过 {LAW_IN_FORCE.maxExtensionWorkingDays} 个工作日。
    </>
  );
}

function Facts({ status }: { status: ApplicantStatus }) {
  const online = channelEntry("online");
  return (
    <dl className="apply-facts">
      <dt>受理单位</dt>
      <dd>{status.unitName}</dd>
      <dt>申请编号</dt>
      <dd>
        <strong className="apply-number">{status.trackingNumber}</strong>
      </dd>
      <dt>收到申请日期</dt>
      <dd>
        <time dateTime={status.receivedOn}>{status.receivedOn}</time>
        <span className="muted apply-small apply-basis">
          {online.basis}：{online.receipt}。本系统在申请提交时即时确认收到。
        </span>
      </dd>
      <dt>办理状态</dt>
      <dd>{status.stateLabel}</dd>
      {status.state !== "awaiting_correction" && status.dueOn && (
        <>
          <dt>答复期满日</dt>
          <dd>
            <time dateTime={status.dueOn}>{status.dueOn}</time>
            {status.delayedReply
              ? `（${status.delayedReply.toldOn} 依条例第三十五条告知的延迟答复期限）`
              : status.extendedDays > 0 && `（含延长的 ${status.extendedDays} 个工作日）`}
            <span className="muted apply-small apply-basis">
              <DueBasis />
            </span>
          </dd>
        </>
      )}
    </dl>
  );
}

/** 申请回执: shown once the application is recorded. */
export function ApplyReceipt({ status }: { status: ApplicantStatus }) {
  return (
    <>
      <h1>申请已提交</h1>
      <p className="notice notice-success">您的政府信息公开申请已经收到。请记下申请编号，查询办理进度时需要用到它和您填写的联系电话（或电子邮件）。</p>
      <Facts status={status} />
      <h2>接下来</h2>
      <ul>
        <li>申请内容不明确的，受理单位会在收到申请之日起 {LAW_IN_FORCE.correctionRequest.workingDays} 个工作日内一次性告知您补正（条例第三十条）；您可以在查询页面直接在网上补正，答复期限自收到补正之日起重新计算。</li>
        <li>受理单位将在答复期满日前答复；需要延长的，会告知您延长的期限。</li>
        <li>答复后，您可以在查询页面看到办理结果和答复内容，并按您选择的方式获取信息。</li>
      </ul>
      <p>
        <a href={APPLY_STATUS_PATH}>查询申请办理进度</a>
      </p>
      <p className="muted apply-small">为保护您的个人信息，申请编号不会出现在网址中。本页可以打印或保存。</p>
    </>
  );
}

export function StatusLookupForm({ values, message }: { values: { trackingNumber?: string; contact?: string }; message?: string }) {
  return (
    <>
      <h1>查询申请办理进度</h1>
      <p>请填写网络申请后得到的申请编号，以及申请时填写的联系电话或电子邮件。</p>
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
      <form method="post" action={APPLY_STATUS_PATH} className="apply-form" aria-label="查询申请办理进度">
        <input type="hidden" name="step" value="lookup" />
        <Field id="status-number" label="申请编号" hint="如 2026-0012。">
          {(props) => <input {...props} name="trackingNumber" type="text" required maxLength={40} autoComplete="off" defaultValue={values.trackingNumber ?? ""} className="apply-short" />}
        </Field>
        <Field id="status-contact" label="联系电话或电子邮件" hint="与申请时填写的一致。">
          {(props) => <input {...props} name="contact" type="text" required maxLength={254} autoComplete="off" defaultValue={values.contact ?? ""} className="apply-wide" />}
        </Field>
        <button type="submit" className="button button-primary">
          查询
        </button>
      </form>
    </>
  );
}

function CorrectionSection({ status, error, value }: { status: ApplicantStatus; error?: string; value?: string }) {
  const correction = status.correction;
  if (!correction) return null;
  const awaiting = status.state === "awaiting_correction";
  const id = `correction-${status.id}`;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>补正</h3>
      <p>
        受理单位于 <time dateTime={correction.askedOn}>{correction.askedOn}</time> 告知您补正：
      </p>
      <blockquote className="apply-quote">{correction.text ?? "（受理单位未填写补正事项，请与受理单位联系。）"}</blockquote>
      {correction.answeredOn ? (
        <>
          <p>
            已于 <time dateTime={correction.answeredOn}>{correction.answeredOn}</time> 收到补正{correction.byApplicant ? "（网上补正）" : ""}，答复期限自该日起重新计算。
          </p>
          {correction.answerText && <blockquote className="apply-quote">{correction.answerText}</blockquote>}
        </>
      ) : (
        awaiting && (
          <form method="post" action={APPLY_STATUS_PATH} className="apply-form" aria-label="网上补正">
            <input type="hidden" name="step" value="correction" />
            <input type="hidden" name="requestId" value={status.id} />
            <p className="muted apply-small">补正之前不计算答复期限；提交补正后，答复期限自今日起重新计算 {LAW_IN_FORCE.replyWorkingDays} 个工作日（条例第三十条）。</p>
            <Field id={`${id}-note`} label="补正内容" error={error}>
              {(props) => <textarea {...props} name="note" rows={5} required maxLength={2000} defaultValue={value ?? ""} className="apply-wide" />}
            </Field>
            <button type="submit" className="button button-primary">
              提交补正
            </button>
          </form>
        )
      )}
    </section>
  );
}

export function ApplicantStatusView({ statuses, errors, values, message }: { statuses: ApplicantStatus[]; errors: Record<string, string>; values: Record<string, string>; message?: string }) {
  return (
    <>
      <h1>申请办理进度</h1>
      {message && (
        <p className="notice notice-success" role="status">
          {message}
        </p>
      )}
      {statuses.map((status) => (
        <article key={status.id} aria-labelledby={`request-${status.id}`} className="apply-request">
          <h2 id={`request-${status.id}`}>申请 {status.trackingNumber}</h2>
          <Facts status={status} />
          {status.state === "awaiting_correction" && <p className="notice notice-info">等待您补正：在收到补正之前，不计算答复期限。</p>}
          <CorrectionSection status={status} error={errors[status.id]} value={values[status.id]} />
          {status.reply && (
            <section aria-labelledby={`reply-${status.id}`}>
              <h3 id={`reply-${status.id}`}>答复</h3>
              <p>
                受理单位已于 <time dateTime={status.reply.answeredOn}>{status.reply.answeredOn}</time> 答复办结。办理结果：<strong>{status.reply.outcome}</strong>
              </p>
              {status.reply.text && <blockquote className="apply-quote">{status.reply.text}</blockquote>}
            </section>
          )}
          {status.delayedReply && (
            <section aria-label="延迟答复">
              <h3>延迟答复</h3>
              <p>
                受理单位于 <time dateTime={status.delayedReply.toldOn}>{status.delayedReply.toldOn}</time> 依条例第三十五条确定延迟答复的合理期限至{" "}
                <time dateTime={status.delayedReply.untilOn}>{status.delayedReply.untilOn}</time>。理由：
              </p>
              <blockquote className="apply-quote">{status.delayedReply.reason}</blockquote>
            </section>
          )}
          {status.feeNotice && (
            <section aria-label="信息处理费">
              <h3>信息处理费</h3>
              <p>
                受理单位于 <time dateTime={status.feeNotice.notifiedOn}>{status.feeNotice.notifiedOn}</time> 发出收费通知
                {status.feeNotice.amountYuan !== null && `，金额 ${status.feeNotice.amountYuan} 元`}。
                {status.feeNotice.paidOn
                  ? `已于 ${status.feeNotice.paidOn} 收到缴费。`
                  : `请于 ${status.feeNotice.payBy} 前缴纳（自收到收费通知之日起 ${FEE_PAYMENT_WORKING_DAYS} 个工作日内），逾期未缴纳的，受理单位不再处理该申请（国办函〔2020〕109号）；缴费之前答复期限暂停计算。`}
              </p>
            </section>
          )}
          {status.deadline && (
            <details className="apply-deadline">
              <summary>{status.delayedReply ? "延迟答复前的法定期满日的逐日计算" : "答复期满日的逐日计算"}</summary>
              <DeadlineExplanation deadline={status.deadline} caption={`${status.delayedReply ? "延迟答复前的法定" : ""}期满日 ${status.deadline.due} 的逐日计算（共 ${status.deadline.workingDays} 个工作日）`} />
            </details>
          )}
        </article>
      ))}
      <form method="post" action={APPLY_STATUS_PATH} className="apply-leave">
        <input type="hidden" name="step" value="leave" />
        <button type="submit" className="button">
          结束查询
        </button>
      </form>
    </>
  );
}
