import Link from "next/link";

export default function NotFound() {
  return (
    <div className="panel">
      <h1>未找到该页面</h1>
      <p>您访问的内容不存在、尚未公开，或您无权查看。</p>
      <p>
        <Link href="/reports">查看已公开的年度报告</Link>
      </p>
    </div>
  );
}
