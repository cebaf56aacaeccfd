"use client";
// 保存 / 提交审核, the save status line and the messages the buttons produce. The regions
// exist before any message, so that screen readers announce what is put into them.
import type { SaveStatus } from "@/components/report/editor/useAutosave";

export interface EditorNotice {
  kind: "success" | "error";
  text: string;
}

export interface EditorActionsProps {
  pending: boolean;
  dirty: boolean;
  status: SaveStatus;
  /** cells whose text is no number: kept on the page and in this browser, not sent */
  unreadable: number;
  /** edits this browser kept and brought back when the page opened */
  restored: number;
  notice: EditorNotice | null;
  onSave: () => void;
  onSubmit: () => void;
  /** 从登记簿生成: fill 表三 / 表四 from the unit's register */
  onDerive?: () => void;
}

function clock(at: Date): string {
  return at.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false });
}

/** The status line: 已保存 14:32 / 保存中… / 未保存 — with the reason. */
export function saveStatusText(status: SaveStatus, dirty: boolean, unreadable: number): { state: "saved" | "saving" | "unsaved"; text: string } {
  if (status.kind === "saving") return { state: "saving", text: "保存中…" };
  if (status.kind === "unsaved") {
    if (status.reason === "network") return { state: "unsaved", text: "未保存：网络中断，稍后自动重试。修改保留在本页和本浏览器中。" };
    if (status.reason === "conflict") return { state: "unsaved", text: "未保存：内容与他人的修改冲突，请在下方逐项选择。" };
    return { state: "unsaved", text: `未保存：${status.message ?? "保存未完成"}` };
  }
  const rest = status.at ? `其余修改已于 ${clock(status.at)} 保存。` : "";
  if (unreadable > 0) {
    return {
      state: "unsaved",
      text: `未保存：${unreadable} 个单元格的内容不是有效数字，改正后自动保存；输入的文字保留在本页和本浏览器中。${rest}`,
    };
  }
  if (dirty) return { state: "unsaved", text: "未保存：正在编辑，停止输入约 2 秒后自动保存。" };
  return { state: "saved", text: status.at ? `已保存 ${clock(status.at)}` : "已保存" };
}

export function EditorActions({ pending, dirty, status, unreadable, restored, notice, onSave, onSubmit, onDerive }: EditorActionsProps) {
  const line = saveStatusText(status, dirty, unreadable);
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
      </div>
      <p role="status" className="save-status" data-state={line.state}>
        {pending ? "正在处理…" : line.text}
      </p>
      {restored > 0 && <p className="editor-hint">已恢复本浏览器中 {restored} 处尚未保存到服务器的修改。</p>}
      <div role="status" aria-live="polite" className="notice-region">
        {notice?.kind === "success" && <p className="notice notice-success">{notice.text}</p>}
      </div>
      <div role="alert" className="notice-region">
        {notice?.kind === "error" && <p className="notice notice-error">{notice.text}</p>}
      </div>
    </div>
  );
}
