import Link from "next/link";

export default function ReportNotFound() {
  return (
    <div className="panel">
      <h1>该年度报告尚未公开</h1>
      <p>没有找到这个单位在该年度已公开的政府信息公开工作年度报告。</p>
      <p>
        <Link href="/reports">查看全部已公开的年度报告</Link>
      </p>
    </div>
  );
}
