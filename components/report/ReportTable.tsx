// One official table, read-only: server-rendered, no JavaScript.
import type { Cells, Finding, TableDef } from "@/lib/formats/types";
import { TableGrid } from "@/components/report/TableGrid";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatCellValue } from "@/lib/formats/cell-number";
import { SEVERITY_LABELS, severityByCell } from "@/components/report/findings";
import { noteAnchor } from "@/components/report/HistoricalNotes";
import { noteNumbersByCell, type NumberedNote } from "@/lib/report/historical-notes";

export interface ReportTableProps {
  table: TableDef;
  cells: Cells;
  findings?: readonly Finding[];
  /** a roll-up's count of units that left each cell blank (blank is not 0) */
  blanks?: Readonly<Record<string, number>>;
  /** a historical report's notes: the cells they concern are marked, the first with 注N */
  notes?: readonly NumberedNote[];
}

export function ReportTable({ table, cells, findings = [], blanks, notes = [] }: ReportTableProps) {
  const flagged = severityByCell(findings);
  const noted = noteNumbersByCell(notes);
  // 注N stands in the note's first cell (the total of a sum, the cell a text is compared with).
  const firstCellOf = new Map(notes.map(({ number, note }) => [number, note.cells[0]]));
  const leads = new Set(firstCellOf.values());
  return (
    <TableScroll label={table.title}>
      <TableGrid
        table={table}
        cellClassName={(cell) => {
          const severity = flagged.get(cell.key);
          const note = noted.has(cell.key) ? (leads.has(cell.key) ? "cell-note cell-note-lead" : "cell-note") : "";
          const classes = [severity ? `cell-flag cell-flag-${severity}` : "", note].filter(Boolean);
          return classes.length > 0 ? classes.join(" ") : undefined;
        }}
        renderCell={(cell) => {
          const severity = flagged.get(cell.key);
          const numbers = noted.get(cell.key) ?? [];
          const refs = numbers.filter((number) => firstCellOf.get(number) === cell.key);
          return (
            <>
              {formatCellValue(cell, cells[cell.key])}
              {severity && <span className="visually-hidden">（{SEVERITY_LABELS[severity]}）</span>}
              {blanks?.[cell.key] ? <span className="cell-blanks">{blanks[cell.key]}个单位空白</span> : null}
              {refs.length > 0 && (
                <span className="note-refs">
                  {refs.map((number) => (
                    <a key={number} href={`#${noteAnchor(number)}`}>
                      注{number}
                    </a>
                  ))}
                </span>
              )}
              {numbers
                .filter((number) => !refs.includes(number))
                .map((number) => (
                  <span key={number} className="visually-hidden">
                    （见注{number}）
                  </span>
                ))}
            </>
          );
        }}
      />
    </TableScroll>
  );
}
