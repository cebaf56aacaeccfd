// A historical published report (往年报告) says that it was brought in as published, and
// notes what is wrong in it beside each table and in a list at the end, instead of correcting
// it. Server-rendered, no JavaScript: the public page and the staff view show the same.
import type { FormatDef } from "@/lib/formats/types";
import { noteText, notesOfTable, type HistoricalRecord, type NumberedNote } from "@/lib/report/historical-notes";
import { formatDate, isoDate } from "@/lib/display-dates";

export const HISTORICAL_NOTES_ID = "historical-notes";

/** The anchor of a note beside its table (注N in a cell links there). */
export const noteAnchor = (number: number) => `note-${number}`;

export function HistoricalNotice({ historical, publishedAt }: { historical: HistoricalRecord; publishedAt: Date }) {
  const count = historical.notes.length;
  return (
    <div className="notice notice-info historical-notice">
      <p>
        <strong>依据原发布文本导入。</strong>
        本版依据原报告“{historical.sourceName}”导入，原报告发布日期为<time dateTime={isoDate(publishedAt)}>{formatDate(publishedAt)}</time>
        。数字和文字照原报告录入，未作修改。
      </p>
      <p>
        {count === 0 ? (
          "经检查，未发现原报告的数字和文字有问题。"
        ) : (
          <>
            经检查，原报告有 {count} 处问题，已在相应表格旁注明，并列于<a href={`#${HISTORICAL_NOTES_ID}`}>文末注释</a>。
          </>
        )}
      </p>
    </div>
  );
}

/** The notes of one table, right after it. */
export function TableNotes({ format, tableId, tableTitle, notes }: { format: FormatDef; tableId: string; tableTitle: string; notes: readonly NumberedNote[] }) {
  const mine = notesOfTable(format, tableId, notes);
  if (mine.length === 0) return null;
  return (
    <aside className="report-notes" aria-label={`${tableTitle}的注释`}>
      <p className="report-notes-title">注释（原报告如此，未作修改）</p>
      <ol className="report-notes-list">
        {mine.map(({ number, note }) => (
          <li key={number} id={noteAnchor(number)}>
            <span className="note-number">注{number}</span> {noteText(format, note)}
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** Every note of the report, at the end. */
export function NotesList({ format, notes, headingLevel = 2 }: { format: FormatDef; notes: readonly NumberedNote[]; headingLevel?: 2 | 3 }) {
  if (notes.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="report-section historical-notes" aria-labelledby={`${HISTORICAL_NOTES_ID}-heading`} id={HISTORICAL_NOTES_ID}>
      <Heading id={`${HISTORICAL_NOTES_ID}-heading`} className="report-section-heading">
        注释
      </Heading>
      <p className="muted">以下是对原报告的检查结果。报告照原样公开，这些问题未作修改。</p>
      <ol className="report-notes-list">
        {notes.map(({ number, note }) => (
          <li key={number}>
            <span className="note-number">注{number}</span> {noteText(format, note)}
          </li>
        ))}
      </ol>
    </section>
  );
}
