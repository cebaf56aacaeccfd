// How each figure of a chart is computed, one line per figure, in the words of each format used.
import { figureNotes } from "@/lib/report/comparison";
import type { FigureId } from "@/lib/report/figures";
import type { FormatId } from "@/lib/formats/types";

export function FigureNotes({ figures, formats, lead = [] }: { figures: readonly FigureId[]; formats: readonly FormatId[]; lead?: readonly string[] }) {
  const notes = figureNotes(figures, formats);
  return (
    <div className="figure-notes">
      <p className="figure-notes-title">计算方法</p>
      {lead.length > 0 && (
        <ul>
          {lead.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {notes.map((note) => (
        <div key={note.format}>
          <p className="figure-notes-format">{note.format}：</p>
          <ul>
            {note.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
