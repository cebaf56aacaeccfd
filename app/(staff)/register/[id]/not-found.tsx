import Link from "next/link";
import { REGISTER_PATH } from "@/lib/paths";

export default function RequestNotFound() {
  return (
    <div className="panel">
      <h1>未找到该申请</h1>
      <p>该申请不存在，或不属于您可以查看的单位。</p>
      <p>
        <Link href={REGISTER_PATH}>返回登记簿</Link>
      </p>
    </div>
  );
}
