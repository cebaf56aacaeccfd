// 更正记录: every published revision of the report at its permanent address, with the reason
// for each correction and what it changed in the revision before it: each cell by its official
// row and column labels with its old and new value, each section by its name with the
// sentences removed and added.
import { formatDate, isoDate } from "@/lib/display-dates";
import type { PublishedCorrection } from "@/lib/data/public";
import { hasChanges, type CellChange, type RevisionChanges } from "@/lib/report/revision-changes";
import { SentenceDiff } from "@/components/report/SentenceDiff";
import { Fold } from "@/components/ui/Fold";

/** Beyond this many cells a revision's list is folded (a re-import can change every cell). */
const CELLS_SHOWN_OPEN = 12;

const shownValue = (value: string) => value || "（空白）";

function CellChanges({ cells }: { cells: readonly CellChange[] }) {
  const list = (
    <ul className="revision-cells">
      {cells.map((cell) => (
        <li key={cell.key}>
          {cell.table}「{cell.rowLabel}」「{cell.columnLabel}」：{shownValue(cell.before)}
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">改为</span>
          {shownValue(cell.after)}
        </li>
      ))}
    </ul>
  );
  return (
    <Fold summary={`更改了 ${cells.length} 个单元格`} folded={cells.length > CELLS_SHOWN_OPEN} headClassName="revision-subhead">
      {list}
    </Fold>
  );
}

function Changes({ changes }: { changes: RevisionChanges }) {
  const nothing = !hasChanges(changes);
  return (
    <div className="revision-changes">
      {changes.format && (
        <p className="revision-subhead">
          由《{changes.format.before}》格式改为《{changes.format.after}》格式（统计表不逐格比较）。
        </p>
      )}
      {changes.cells.length > 0 && <CellChanges cells={changes.cells} />}
      {changes.sections.map((section) => (
        <div key={section.key}>
          <p className="revision-subhead">修改了“{section.name}”：</p>
          <SentenceDiff parts={section.parts} />
        </div>
      ))}
      {nothing && <p className="muted">与上一版相比，数字和文字均未改动。</p>}
    </div>
  );
}

export function CorrectionLog({
  corrections,
  current,
  revisionPath,
}: {
  corrections: readonly PublishedCorrection[];
  /** the revision this page shows */
  current: number;
  /** the permanent address of a revision */
  revisionPath: (revision: number) => string;
}) {
  const ordered = [...corrections].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="correction-log-heading" className="panel correction-log">
      <h2 id="correction-log-heading" className="panel-title">
        更正记录
      </h2>
      <ol>
        {ordered.map((revision) => {
          const label = `第${revision.number}版`;
          return (
            <li key={revision.number}>
              <p className="revision-line">
                {revision.number === current ? <strong>{label}（本页）</strong> : <a href={revisionPath(revision.number)}>{label}</a>}，
                <time dateTime={isoDate(revision.publishedAt)}>{formatDate(revision.publishedAt)}</time>发布
                {revision.number === 1 ? "（首次发布）" : `：${revision.reason ?? "未说明更正原因"}`}
              </p>
              {revision.changes && <Changes changes={revision.changes} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
