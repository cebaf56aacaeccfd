"use client";
// An official table as a form: the same grid as the public table, an input per cell, moved
// over with the keys of a spreadsheet, filled by pasting a block copied from one, with last
// year's value of each cell at hand.
import { useMemo, useRef, useState, type ClipboardEvent } from "react";
import type { FormatDef, TableDef } from "@/lib/formats/types";
import type { PreviousYearData } from "@/lib/rules";
import { derivedTotals } from "@/lib/formats/engine";
import { formatCellValue } from "@/lib/formats/cell-number";
import { tablePositions } from "@/lib/editor/table-positions";
import { planPaste, type PastePlan } from "@/lib/editor/paste";
import { TableGrid } from "@/components/report/TableGrid";
import { TableScroll } from "@/components/ui/TableScroll";
import type { Severity } from "@/components/report/findings";
import { CellInput } from "@/components/report/editor/CellInput";
import { cellInputId } from "@/components/report/editor/ids";
import { focusCell, handleGridKey } from "@/components/report/editor/grid-keys";
import { PastePreview } from "@/components/report/editor/PastePreview";

export interface EditorTableProps {
  format: FormatDef;
  table: TableDef;
  texts: Record<string, string>;
  /** the totals the system derives: computed value, or null while a part is blank */
  computed: Map<string, number | null>;
  severities: Map<string, Severity>;
  /** cell key → ids of the findings that name it */
  describedBy: Map<string, string>;
  onChange: (key: string, text: string) => void;
  /** several cells as one edit (a pasted block) */
  onChangeMany: (changes: Readonly<Record<string, string>>) => void;
  /** fills the table's blank cells (not its totals) with 0 */
  onFillBlanks: (tableId: string) => void;
  /** the unit's report on the year before: its value of each cell of the same key */
  previousYear?: PreviousYearData | null;
  /** numbers that are not typed here (a roll-up's sums) */
  readOnly?: boolean;
}

type Pending = Extract<PastePlan, { kind: "block" }> & { start: string };
type Message = { kind: "success" | "error"; text: string };

export function EditorTable(props: EditorTableProps) {
  const { format, table, texts, computed, severities, describedBy, onChange, onChangeMany, onFillBlanks, previousYear, readOnly } = props;
  const blanks = table.cells.filter((cell) => (texts[cell.key] ?? "").trim() === "" && !computed.has(cell.key)).length;
  const hintId = `fill-blanks-${table.id}`;
  const frame = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [showLastYear, setShowLastYear] = useState(false);

  const positions = tablePositions(table);
  const skip = derivedTotals(format);
  const keyOf = useMemo(() => {
    const byId = new Map(table.cells.map((cell) => [cellInputId(cell.key), cell.key]));
    return (id: string) => byId.get(id);
  }, [table]);
  const lastYear = useMemo(() => {
    const values = new Map<string, string>();
    for (const cell of table.cells) {
      const value = previousYear?.cells[cell.key];
      if (value !== null && value !== undefined) values.set(cell.key, formatCellValue(cell, value));
    }
    return values;
  }, [table, previousYear]);

  function paste(event: ClipboardEvent<HTMLDivElement>) {
    const input = event.target;
    const start = input instanceof HTMLInputElement ? keyOf(input.id) : undefined;
    if (readOnly || start === undefined || !(input instanceof HTMLInputElement)) return;
    const plan = planPaste({ format, table, start, clipboard: event.clipboardData.getData("text/plain"), texts });
    // One value goes where typing would; a computed total takes none (a block may start there).
    if (plan.kind === "typing" || (plan.kind === "single" && input.readOnly)) return;
    event.preventDefault();
    setPending(null);
    if (plan.kind === "single") {
      const [from, to] = [input.selectionStart ?? 0, input.selectionEnd ?? input.value.length];
      onChange(start, input.value.slice(0, from) + plan.text + input.value.slice(to));
      return setMessage(null);
    }
    if (plan.kind === "refused") return setMessage({ kind: "error", text: plan.message });
    if (plan.changes.length === 0 && plan.totals.length === 0) {
      return setMessage({ kind: "success", text: "粘贴的数字与表中现有的相同，没有单元格需要改变。" });
    }
    if (plan.changes.length === 1 && plan.totals.length === 0) {
      onChangeMany({ [plan.changes[0].key]: plan.changes[0].after });
      return setMessage({ kind: "success", text: "已粘贴 1 个单元格。" });
    }
    setMessage(null);
    setPending({ ...plan, start });
  }

  function apply() {
    if (!pending) return;
    onChangeMany(Object.fromEntries(pending.changes.map((change) => [change.key, change.after])));
    setMessage({ kind: "success", text: `已粘贴 ${pending.changes.length} 个单元格。` });
    setPending(null);
    focusCell(pending.start);
  }

  function cancel() {
    if (!pending) return;
    setMessage({ kind: "success", text: "已取消粘贴，没有改变任何单元格。" });
    setPending(null);
    focusCell(pending.start);
  }

  return (
    <>
      {lastYear.size > 0 && previousYear && (
        <p className="editor-table-tools no-print">
          <label>
            <input type="checkbox" checked={showLastYear} onChange={(event) => setShowLastYear(event.target.checked)} /> 显示上年数（{previousYear.year} 年报告）
            <span className="sr-only">：{table.title}</span>
          </label>
        </p>
      )}
      <div aria-live="polite" className="paste-status">
        {message && <p className={`notice notice-${message.kind}`}>{message.text}</p>}
      </div>
      {pending && <PastePreview format={format} tableId={table.id} {...pending} onApply={apply} onCancel={cancel} />}
      {/* Keys and paste from any input of the table are handled here, where the grid is known. */}
      <div ref={frame} onKeyDown={(event) => !readOnly && handleGridKey(event, { positions, skip, keyOf, container: frame.current })} onPaste={paste}>
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
                lastYear={lastYear.get(cell.key)}
                showLastYear={showLastYear}
                onChange={onChange}
              />
            )}
          />
        </TableScroll>
      </div>
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
