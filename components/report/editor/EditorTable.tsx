"use client";
// An official table as a form: the same grid as the public table, an input per cell.
import type { TableDef } from "@/lib/formats/types";
import { TableGrid } from "@/components/report/TableGrid";
import { TableScroll } from "@/components/ui/TableScroll";
import type { Severity } from "@/components/report/findings";
import { CellInput } from "@/components/report/editor/CellInput";

export interface EditorTableProps {
  table: TableDef;
  texts: Record<string, string>;
  computed: Map<string, number>;
  severities: Map<string, Severity>;
  /** cell key → ids of the findings that name it */
  describedBy: Map<string, string>;
  onChange: (key: string, text: string) => void;
}

export function EditorTable({ table, texts, computed, severities, describedBy, onChange }: EditorTableProps) {
  return (
    <TableScroll label={table.title}>
      <TableGrid
        table={table}
        className="report-table-editor"
        cellClassName={(cell) => {
          const severity = severities.get(cell.key);
          return severity ? `cell-flag cell-flag-${severity}` : undefined;
        }}
        renderCell={(cell) => (
          <CellInput
            cell={cell}
            text={texts[cell.key] ?? ""}
            computed={computed.get(cell.key)}
            severity={severities.get(cell.key)}
            describedBy={describedBy.get(cell.key)}
            onChange={onChange}
          />
        )}
      />
    </TableScroll>
  );
}
