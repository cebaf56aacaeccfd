"use client";
// 说明原因 under a warning of the findings panel: a short form, then 已说明：reason with 修改 and
// 撤销. A reason given for other numbers is shown as such and must be confirmed again.
import { useId, useState } from "react";
import type { Finding } from "@/lib/formats/types";
import { ACKNOWLEDGEMENT_REASON_MAX, type AcknowledgementState } from "@/lib/rules";
import { formatDateTime } from "@/lib/display-dates";

export interface FindingReasonProps {
  finding: Finding;
  state: AcknowledgementState;
  /** the id of the finding's text, which the buttons are about */
  describedBy: string;
  pending: boolean;
  /** resolves true once the reason is stored */
  onAcknowledge: (finding: Finding, reason: string) => Promise<boolean>;
  onWithdraw: (finding: Finding) => Promise<boolean>;
}

export function FindingReason({ finding, state, describedBy, pending, onAcknowledge, onWithdraw }: FindingReasonProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const fieldId = useId();
  const given = state.status === "none" ? null : state.acknowledgement;

  function open() {
    setText(given?.reason ?? "");
    setEditing(true);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (await onAcknowledge(finding, text)) setEditing(false);
  }

  if (editing) {
    return (
      <form className="finding-reason-form" onSubmit={submit}>
        <label htmlFor={fieldId}>原因</label>
        <textarea
          id={fieldId}
          className="narrative-input"
          rows={3}
          maxLength={ACKNOWLEDGEMENT_REASON_MAX}
          required
          value={text}
          aria-describedby={describedBy}
          onChange={(event) => setText(event.target.value)}
        />
        <span className="editor-hint">
          {text.trim().length}/{ACKNOWLEDGEMENT_REASON_MAX} 字，审核人员可以看到。
        </span>
        <span className="finding-reason-buttons">
          <button type="submit" className="button" disabled={pending}>
            保存说明
          </button>
          <button type="button" className="link-button" onClick={() => setEditing(false)}>
            取消
          </button>
        </span>
      </form>
    );
  }

  if (!given) {
    return (
      <p className="finding-reason">
        {finding.needsReason && <span className="finding-reason-needed">须说明原因后才能提交审核。</span>}
        <button type="button" className="link-button" aria-describedby={describedBy} onClick={open} disabled={pending}>
          说明原因
        </button>
      </p>
    );
  }

  return (
    <div className={`finding-reason finding-reason-${state.status}`}>
      {state.status === "stale" ? (
        <p>
          <strong>原说明（数字已变化，请修改或重新保存说明）：</strong>
          {given.reason}
          <span className="finding-reason-meta">原说明针对的是：{given.message}</span>
        </p>
      ) : (
        <p>
          <strong>已说明：</strong>
          {given.reason}
          <span className="finding-reason-meta">
            {given.by ?? "已删除的账号"}，{formatDateTime(new Date(given.at))}
          </span>
        </p>
      )}
      <p className="finding-reason-buttons">
        <button type="button" className="link-button" aria-describedby={describedBy} onClick={open} disabled={pending}>
          修改
        </button>
        <button type="button" className="link-button" aria-describedby={describedBy} onClick={() => void onWithdraw(finding)} disabled={pending}>
          撤销
        </button>
      </p>
    </div>
  );
}
