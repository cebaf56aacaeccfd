"use client";
// The root layout itself failed: this replaces it, so it brings its own <html>.
import "./globals.css";

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main className="site-main">
          <h1>页面出错了</h1>
          <p>服务器处理请求时出现意外错误。请稍后重试；若问题持续存在，请联系系统管理员。</p>
          <button type="button" className="button" onClick={() => retry()}>
            重试
          </button>
        </main>
      </body>
    </html>
  );
}
