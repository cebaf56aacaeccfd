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
  const firstCellOf = new Map(notes.map(({ number, note }) => [number, note.cells[0]]));
  return (
    <TableScroll label={table.title}>
      <TableGrid
        table={table}
        cellClassName={(cell) => {
          const severity = flagged.get(cell.key);
          const classes = [severity ? `cell-flag cell-flag-${severity}` : "", noted.has(cell.key) ? "cell-note" : ""].filter(Boolean);
          return classes.length > 0 ? classes.join(" ") : undefined;
        }}
        renderCell={(cell) => {
          const severity = flagged.get(cell.key);
          const numbers = noted.get(cell.key) ?? [];
          return (
            <>
              {formatCellValue(cell, cells[cell.key])}
              {severity && <span className="visually-hidden">（{SEVERITY_LABELS[severity]}）</span>}
              {blanks?.[cell.key] ? <span className="cell-blanks">{blanks[cell.key]}个单位空白</span> : null}
              {numbers.map((number) =>
                firstCellOf.get(number) === cell.key ? (
                  <a key={number} className="note-ref" href={`#${noteAnchor(number)}`}>
                    注{number}
                  </a>
                ) : (
                  <span key={number} className="visually-hidden">
                    （见注{number}）
                  </span>
                ),
              )}
            </>
          );
        }}
      />
    </TableScroll>
  );
}
