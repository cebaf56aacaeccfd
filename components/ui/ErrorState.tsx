"use client";
// What an error boundary shows: a Chinese explanation and a way to retry; never a stack trace.
import Link from "next/link";

export function ErrorState({ retry, title = "页面出错了" }: { retry?: () => void; title?: string }) {
  return (
    <div className="panel">
      <h1>{title}</h1>
      <p>服务器处理请求时出现意外错误。请稍后重试；若问题持续存在，请联系系统管理员。</p>
      <p className="actions-row">
        {retry && (
          <button type="button" className="button" onClick={() => retry()}>
            重试
          </button>
        )}
        <Link href="/">返回首页</Link>
      </p>
    </div>
  );
}
