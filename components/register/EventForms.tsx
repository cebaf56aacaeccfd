"use client";
// The forms that record what happens to a request, each offered only where the 条例 allows
// it next (the data layer checks the whole timeline again): 告知补正 / 收到补正, 征求意见,
// 延长答复期限, 延迟答复 (条例第三十五条), 答复办结 with one outcome of the closing year's format,
// the fee procedure of 国办函〔2020〕109号 (发出收费通知, 收到缴费) and 收取信息处理费.
import { useState, type ReactNode } from "react";
import { isCalendarDate } from "@/lib/calendar/date";
import type { DisclosureLaw } from "@/lib/calendar/law";
import type { RequestState } from "@/lib/register/deadline";
import { computeFee, FEE_METHODS, FEE_PAYMENT_WORKING_DAYS, type FeeMethod } from "@/lib/register/fees";
import { SAME_APPLICANT_BASIS_LABELS, type SameApplicantBasis } from "@/lib/register/same-applicant";
import { outcomeFormatFor, outcomeOptions } from "@/lib/register/structure";
import { EVENT_KIND_LABELS, type EventKind } from "@/lib/register/vocabulary";
import { addRequestEventAction } from "@/app/_actions/register";
import { FormMessage, fieldError } from "@/components/ui/FormMessage";
import { Field, SelectField } from "@/components/ui/Field";
import { groupOutcomes } from "@/components/register/labels";
import { useKeptForm } from "@/components/ui/useKeptForm";

export interface EventFormsProps {
  requestId: string;
  today: string;
  state: RequestState;
  correctionAsked: boolean;
  consultationOpen: boolean;
  extended: boolean;
  /** the 条例 in force on the day received: its periods and articles */
  law: DisclosureLaw;
  /** the due date now (延迟答复's period may not end before it); null while the 补正 is awaited */
  dueOn: string | null;
  /** 条例第三十五条 applies (2019 条例) and no 延迟答复 is recorded yet */
  mayDelay: boolean;
  /** a 延迟答复 is recorded: no extension after it */
  delayed: boolean;
  /** 发出收费通知 is possible (no notice yet, 国办函〔2020〕109号 in force) */
  mayNotifyFee: boolean;
  /** a 收费通知 awaits payment */
  awaitingPayment: boolean;
  /** 按件: the same applicant's applications earlier in the month, from the register (null: not known to this viewer) */
  earlierThisMonth: { count: number; basis: SameApplicantBasis | null; trackingNumbers: string[] } | null;
  /** the outcome the closing form offers first (（六）2. once the payment window has passed) */
  suggestedOutcome?: string;
}

type FieldErrorOf = (name: string) => string | undefined;

interface EventFormProps {
  requestId: string;
  kind: EventKind;
  today: string;
  dateLabel: string;
  submitLabel: string;
  intro?: ReactNode;
  /** a controlled date (办结 picks its outcomes by the closing year) */
  date?: { value: string; onChange: (value: string) => void };
  children?: (error: FieldErrorOf) => ReactNode;
}

function EventForm({ requestId, kind, today, dateLabel, submitLabel, intro, date, children }: EventFormProps) {
  const { state, pending, onSubmit, formKey } = useKeptForm(addRequestEventAction, null);
  const error: FieldErrorOf = (name) => fieldError(state, name);
  const id = `event-${kind}`;
  return (
    <form key={formKey} onSubmit={onSubmit} className="panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="mt-0">
        {EVENT_KIND_LABELS[kind]}
      </h3>
      {intro && <p className="muted text-sm">{intro}</p>}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="kind" value={kind} />
      <Field id={`${id}-date`} label={dateLabel} error={error("date")}>
        {(props) =>
          date ? (
            <input {...props} name="date" type="date" required max={today} value={date.value} onChange={(event) => date.onChange(event.target.value)} />
          ) : (
            <input {...props} name="date" type="date" required max={today} defaultValue={today} />
          )
        }
      </Field>
      {children?.(error)}
      <FormMessage state={state} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "正在保存…" : submitLabel}
      </button>
    </form>
  );
}

function AnswerForm({ requestId, today, awaitingCorrection, suggestedOutcome }: { requestId: string; today: string; awaitingCorrection: boolean; suggestedOutcome?: string }) {
  const [date, setDate] = useState(today);
  const format = outcomeFormatFor(isCalendarDate(date) ? date : today);
  const groups = groupOutcomes(outcomeOptions(format));
  return (
    <EventForm
      requestId={requestId}
      kind="answered"
      today={today}
      dateLabel="办结日期"
      submitLabel="记录办结"
      date={{ value: date, onChange: setDate }}
      intro={
        awaitingCorrection
          ? "申请人未在期限内补正的，可按“（六）其他处理”中的逾期不补正情形办结。"
          : "每件申请只记一项办理结果；部分公开的，只计部分公开。"
      }
    >
      {(error) => (
        <>
        <Field id="event-answered-outcome" label="办理结果" error={error("outcome")} hint={`按${date.slice(0, 4)}年适用的《${format.name}》（${format.source}）。`}>
          {(props) => (
            <select {...props} name="outcome" required defaultValue={suggestedOutcome && outcomeOptions(format).some((o) => o.key === suggestedOutcome) ? suggestedOutcome : ""} key={format.id}>
              <option value="" disabled>
                请选择一项
              </option>
              {groups.map((group, index) =>
                group.label === null ? (
                  group.options.map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.label}
                    </option>
                  ))
                ) : (
                  <optgroup key={`${group.label}-${index}`} label={group.label}>
                    {group.options.map((option) => (
                      <option key={option.key} value={option.key}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ),
              )}
            </select>
          )}
        </Field>
        <Field id="event-answered-reply" label="答复内容（可选）" error={error("note")} hint="答复的要点或答复书的文字；网络申请的申请人在查询页面看到这段文字。">
          {(props) => <textarea {...props} name="note" rows={4} maxLength={2000} className="w-full" />}
        </Field>
        </>
      )}
    </EventForm>
  );
}

function readCount(text: string): number | null {
  if (!/^\d{1,7}$/.test(text.trim())) return null;
  return Number(text);
}

function EarlierApplications({ earlier }: { earlier: NonNullable<EventFormsProps["earlierThisMonth"]> }) {
  if (earlier.basis === null) return <p className="muted text-sm">未登记申请人姓名或名称、身份证件号码，无法从登记簿计算本月此前的申请件数，按 0 件计。</p>;
  return (
    <p className="muted text-sm">
      本月此前已累计 {earlier.count} 件（{SAME_APPLICANT_BASIS_LABELS[earlier.basis]}，同一单位、同一自然月内先收到的申请
      {earlier.trackingNumbers.length > 0 ? `：${earlier.trackingNumbers.join("、")}` : ""}）。
    </p>
  );
}

function FeeForm({ requestId, today, kind, earlierThisMonth }: { requestId: string; today: string; kind: "fee_charged" | "fee_notified"; earlierThisMonth: EventFormsProps["earlierThisMonth"] }) {
  const [method, setMethod] = useState<FeeMethod>("per_page");
  const [quantity, setQuantity] = useState("");
  const count = readCount(quantity);
  const earlier = method === "per_item" ? (earlierThisMonth?.count ?? 0) : 0;
  const fee = count !== null ? computeFee({ method, quantity: count, alreadyCounted: earlier }) : null;
  const unit = FEE_METHODS.find((m) => m.key === method);
  const notice = kind === "fee_notified";
  return (
    <EventForm
      requestId={requestId}
      kind={kind}
      today={today}
      dateLabel={notice ? "通知日期" : "收费日期"}
      submitLabel={notice ? "记录收费通知" : "记录收费"}
      intro={
        notice
          ? `国办函〔2020〕109号：按件或按量择一计收，超额累进；申请人自收到收费通知之日起 ${FEE_PAYMENT_WORKING_DAYS} 个工作日内缴纳，自发出收费通知至缴费的期间不计入答复期限。`
          : "国办函〔2020〕109号：按件或按量择一计收，超额累进。"
      }
    >
      {(error) => (
        <>
          <SelectField
            id="event-fee-method"
            label="计收方式"
            error={error("fee")}
            hint={unit?.basis}
            name="feeMethod"
            value={method}
            onChange={(event) => setMethod(event.target.value as FeeMethod)}
            choices={FEE_METHODS}
          />
          <Field id="event-fee-quantity" label={`数量（${unit?.unit ?? ""}）`}>
            {(props) => (
              <input {...props} name="feeQuantity" type="number" inputMode="numeric" min={0} step={1} required value={quantity} onChange={(event) => setQuantity(event.target.value)} className="w-32" />
            )}
          </Field>
          {method === "per_item" && earlierThisMonth && <EarlierApplications earlier={earlierThisMonth} />}
          <div className="field">
            <span className="font-semibold" id="event-fee-result-label">
              计算结果
            </span>
            <output aria-labelledby="event-fee-result-label" aria-live="polite" htmlFor="event-fee-method event-fee-quantity">
              {fee ? `应收 ${fee.totalYuan} 元。${fee.explanation}` : "请填写数量（整数）。"}
            </output>
          </div>
        </>
      )}
    </EventForm>
  );
}

function DelayedReplyForm({ requestId, today, dueOn }: { requestId: string; today: string; dueOn: string }) {
  return (
    <EventForm
      requestId={requestId}
      kind="delayed_reply"
      today={today}
      dateLabel="告知日期"
      submitLabel="记录延迟答复"
      intro="条例第三十五条：申请公开政府信息的数量、频次明显超过合理范围，申请理由合理，但无法在规定期限内答复的，可以确定延迟答复的合理期限并告知申请人；此后以告知的日期为答复期满日。"
    >
      {(error) => (
        <>
          <Field id="event-delayed-until" label="告知申请人的合理期限" error={error("untilOn")} hint={`不早于当前的答复期满日 ${dueOn}。`}>
            {(props) => <input {...props} name="untilOn" type="date" required min={dueOn} />}
          </Field>
          <Field id="event-delayed-reason" label="理由" error={error("note")} hint="例如：申请数量明显超过合理范围，已要求申请人说明理由，理由合理。">
            {(props) => <textarea {...props} name="note" required maxLength={2000} rows={2} className="w-full" />}
          </Field>
        </>
      )}
    </EventForm>
  );
}

function correctionIntro(law: DisclosureLaw): string {
  const rule = law.correctionRequest;
  if (rule) return `${rule.article}：${rule.rule}；答复期限自收到补正之日起重新计算。`;
  return law.afterCorrection;
}

export function EventForms({ requestId, today, state, correctionAsked, consultationOpen, extended, law, dueOn, mayDelay, delayed, mayNotifyFee, awaitingPayment, earlierThisMonth, suggestedOutcome }: EventFormsProps) {
  const open = state === "open";
  // The 2019 条例 allows one 补正 (一次性告知); the 2007 条例 sets no such limit.
  const mayAskCorrection = open && (!correctionAsked || law.correctionRequest === null);
  return (
    <div className="grid gap-x-4 md:grid-cols-2">
      {mayAskCorrection && (
        <EventForm requestId={requestId} kind="correction_requested" today={today} dateLabel="告知补正日期" submitLabel="记录告知补正" intro={correctionIntro(law)}>
          {(error) => (
            <Field id="event-correction-note" label="需要补正的事项" error={error("note")} hint="写明需要申请人补正的事项和要求；网络申请的申请人在查询页面看到这段文字，并可在网上补正。">
              {(props) => <textarea {...props} name="note" rows={3} maxLength={2000} className="w-full" />}
            </Field>
          )}
        </EventForm>
      )}
      {state === "awaiting_correction" && (
        <EventForm requestId={requestId} kind="correction_received" today={today} dateLabel="收到补正日期" submitLabel="记录收到补正" intro={`答复期限自收到补正之日起重新计算 ${law.replyWorkingDays} 个工作日。`} />
      )}
      {open && !consultationOpen && (
        <EventForm requestId={requestId} kind="consultation_started" today={today} dateLabel="征求意见开始日期" submitLabel="记录开始征求意见" intro={`${law.consultationRule}。`}>
          {(error) => (
            <Field id="event-consultation-with" label="征求意见对象" error={error("note")} hint="第三方或其他机关的名称。">
              {(props) => <input {...props} name="note" type="text" required maxLength={2000} className="w-full" />}
            </Field>
          )}
        </EventForm>
      )}
      {open && consultationOpen && (
        <EventForm requestId={requestId} kind="consultation_ended" today={today} dateLabel="收到意见日期" submitLabel="记录收到意见">
          {(error) => (
            <Field id="event-consultation-reply" label="意见提出方（可选）" error={error("note")}>
              {(props) => <input {...props} name="note" type="text" maxLength={2000} className="w-full" />}
            </Field>
          )}
        </EventForm>
      )}
      {open && !extended && !delayed && (
        <EventForm
          requestId={requestId}
          kind="extended"
          today={today}
          dateLabel="延长决定日期"
          submitLabel="记录延长"
          intro={`${law.replyArticle}：需要延长的，${law.extensionRule}；须在答复期限届满前决定。`}
        >
          {(error) => (
            <>
              <Field id="event-extended-days" label="延长的工作日数" error={error("days")}>
                {(props) => <input {...props} name="days" type="number" inputMode="numeric" min={1} max={law.maxExtensionWorkingDays} step={1} required defaultValue={law.maxExtensionWorkingDays} className="w-24" />}
              </Field>
              <Field id="event-extended-approver" label="批准人" error={error("approvedBy")} hint="同意延长的政府信息公开工作机构负责人。">
                {(props) => <input {...props} name="approvedBy" type="text" required maxLength={100} />}
              </Field>
            </>
          )}
        </EventForm>
      )}
      {open && mayDelay && dueOn && <DelayedReplyForm requestId={requestId} today={today} dueOn={dueOn} />}
      {state !== "closed" && <AnswerForm requestId={requestId} today={today} awaitingCorrection={state === "awaiting_correction"} suggestedOutcome={suggestedOutcome} />}
      {open && mayNotifyFee && <FeeForm requestId={requestId} today={today} kind="fee_notified" earlierThisMonth={earlierThisMonth} />}
      {open && awaitingPayment && (
        <EventForm requestId={requestId} kind="fee_paid" today={today} dateLabel="缴费日期" submitLabel="记录收到缴费" intro="收到缴费后，答复期限从缴费之日的次日起接着计算。" />
      )}
      {!awaitingPayment && <FeeForm requestId={requestId} today={today} kind="fee_charged" earlierThisMonth={earlierThisMonth} />}
    </div>
  );
}
