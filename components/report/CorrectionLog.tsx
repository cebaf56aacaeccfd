// 更正记录: every published revision of the report, with the reason for each correction.
// Earlier revisions stay readable at ?revision=N.
import Link from "next/link";
import { formatDate, isoDate } from "@/lib/display-dates";

export interface Correction {
  number: number;
  publishedAt: Date;
  reason: string | null;
}

export function CorrectionLog({ corrections, path, current }: { corrections: readonly Correction[]; path: string; current: number }) {
  const ordered = [...corrections].sort((a, b) => a.number - b.number);
  const latest = ordered[ordered.length - 1]?.number;
  return (
    <section aria-labelledby="correction-log-heading" className="panel">
      <h2 id="correction-log-heading" className="panel-title">
        更正记录
      </h2>
      <ol>
        {ordered.map((revision) => {
          const label = `第${revision.number}版`;
          const href = revision.number === latest ? path : `${path}?revision=${revision.number}`;
          return (
            <li key={revision.number}>
              {revision.number === current ? <strong>{label}（本页）</strong> : <Link href={href}>{label}</Link>}，
              <time dateTime={isoDate(revision.publishedAt)}>{formatDate(revision.publishedAt)}</time>发布
              {revision.number === 1 ? "（首次发布）" : `：${revision.reason ?? "未说明更正原因"}`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
