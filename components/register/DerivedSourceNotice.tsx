// Over the requests or cases behind one derived cell: which cell, how many it counts, and the
// way back to the whole list.
import Link from "next/link";
import type { DerivedSource } from "@/lib/data/register-derive";

export function DerivedSourceNotice({ source, noun, allPath }: { source: DerivedSource; noun: "申请" | "案件"; allPath: string }) {
  return (
    <div className="notice notice-info">
      <p>
        以下是 {source.title} 所计的 {source.ids.length} 件{noun}（登记簿当前生成的数字：{source.value ?? "空白"}）。
      </p>
      <p>
        <Link href={allPath}>显示全部{noun}</Link>
      </p>
    </div>
  );
}
