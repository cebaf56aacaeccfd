// A narrative's change, sentence by sentence: removed ones struck through, added ones marked,
// runs of unchanged ones counted. The history of a report and its public correction log show it.
import type { DiffPart } from "@/lib/history/text-diff";

export function SentenceDiff({ parts }: { parts: readonly DiffPart[] }) {
  if (parts.length === 0) return <p className="muted">（只改动了空白或换行）</p>;
  return (
    <ul className="text-diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <li key={index} className="text-diff-same">
            （未改动 {part.count} 句）
          </li>
        ) : part.kind === "removed" ? (
          <li key={index} className="text-diff-removed">
            <span className="visually-hidden">删去：</span>
            <del>{part.text}</del>
          </li>
        ) : (
          <li key={index} className="text-diff-added">
            <span className="visually-hidden">新增：</span>
            <ins>{part.text}</ins>
          </li>
        ),
      )}
    </ul>
  );
}
