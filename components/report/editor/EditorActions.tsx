"use client";
// 保存 / 提交审核 and the messages they produce. The regions exist before any message, so
// that screen readers announce what is put into them.
export interface EditorNotice {
  kind: "success" | "error";
  text: string;
}

export interface EditorActionsProps {
  pending: boolean;
  dirty: boolean;
  notice: EditorNotice | null;
  onSave: () => void;
  onSubmit: () => void;
  /** 从登记簿生成: fill 表三 / 表四 from the unit's register */
  onDerive?: () => void;
}

export function EditorActions({ pending, dirty, notice, onSave, onSubmit, onDerive }: EditorActionsProps) {
  return (
    <div className="editor-actions">
      <div className="editor-buttons">
        <button type="button" className="button" onClick={onSave} disabled={pending}>
          保存
        </button>
        <button type="button" className="button button-primary" onClick={onSubmit} disabled={pending}>
          提交审核
        </button>
        {onDerive && (
          <button type="button" className="button" onClick={onDerive} disabled={pending}>
            从登记簿生成
          </button>
        )}
        <span className="editor-state">{pending ? "正在处理…" : dirty ? "有未保存的修改" : "所有修改均已保存"}</span>
      </div>
      <div role="status" aria-live="polite" className="notice-region">
        {notice?.kind === "success" && <p className="notice notice-success">{notice.text}</p>}
      </div>
      <div role="alert" className="notice-region">
        {notice?.kind === "error" && <p className="notice notice-error">{notice.text}</p>}
      </div>
    </div>
  );
}
