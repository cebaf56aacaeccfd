import Link from "next/link";
import { CALENDAR_PATH } from "@/lib/paths";

export default function NoticeNotFound() {
  return (
    <div className="panel">
      <h1>未找到该通知</h1>
      <p>该放假安排通知不存在。</p>
      <p>
        <Link href={CALENDAR_PATH}>返回节假日安排</Link>
      </p>
    </div>
  );
}
