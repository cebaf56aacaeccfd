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
  /** the totals the system derives: computed value, or null while a part is blank */
  computed: Map<string, number | null>;
  severities: Map<string, Severity>;
  /** cell key → ids of the findings that name it */
  describedBy: Map<string, string>;
  onChange: (key: string, text: string) => void;
  /** fills the table's blank cells (not its totals) with 0 */
  onFillBlanks: (tableId: string) => void;
  /** numbers that are not typed here (a roll-up's sums) */
  readOnly?: boolean;
}

export function EditorTable({ table, texts, computed, severities, describedBy, onChange, onFillBlanks, readOnly }: EditorTableProps) {
  const blanks = table.cells.filter((cell) => (texts[cell.key] ?? "").trim() === "" && !computed.has(cell.key)).length;
  const hintId = `fill-blanks-${table.id}`;
  return (
    <>
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
              readOnly={readOnly}
              onChange={onChange}
            />
          )}
        />
      </TableScroll>
      {blanks > 0 && !readOnly && (
        <p className="editor-hint">
          <button type="button" className="button" aria-describedby={hintId} onClick={() => onFillBlanks(table.id)}>
            本表空白单元格填 0
          </button>{" "}
          <span id={hintId}>
            本表还有 {blanks} 个空白单元格。空白表示未填写，不等于 0：确认这些事项本年度没有发生时再填 0；合计单元格仍由系统计算。
          </span>
        </p>
      )}
    </>
  );
}
