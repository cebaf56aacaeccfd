// One official table, read-only: server-rendered, no JavaScript.
import type { Cells, Finding, TableDef } from "@/lib/formats/types";
import { TableGrid } from "@/components/report/TableGrid";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatCellValue } from "@/lib/formats/cell-number";
import { SEVERITY_LABELS, severityByCell } from "@/components/report/findings";

export interface ReportTableProps {
  table: TableDef;
  cells: Cells;
  findings?: readonly Finding[];
  /** a roll-up's count of units that left each cell blank (blank is not 0) */
  blanks?: Readonly<Record<string, number>>;
}

export function ReportTable({ table, cells, findings = [], blanks }: ReportTableProps) {
  const flagged = severityByCell(findings);
  return (
    <TableScroll label={table.title}>
      <TableGrid
        table={table}
        cellClassName={(cell) => {
          const severity = flagged.get(cell.key);
          return severity ? `cell-flag cell-flag-${severity}` : undefined;
        }}
        renderCell={(cell) => {
          const severity = flagged.get(cell.key);
          return (
            <>
              {formatCellValue(cell, cells[cell.key])}
              {severity && <span className="visually-hidden">（{SEVERITY_LABELS[severity]}）</span>}
              {blanks?.[cell.key] ? <span className="cell-blanks">{blanks[cell.key]}个单位空白</span> : null}
            </>
          );
        }}
      />
    </TableScroll>
  );
}
