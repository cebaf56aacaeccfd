"use client";
// Picks a cell to refer to in the text: table → row → column from the format, or a click
// into a cell of the table on screen while the picker is open.
import { useEffect, useId, useMemo, useState } from "react";
import type { CellDef, Cells, FormatDef } from "@/lib/formats/types";
import { listCells } from "@/lib/formats/engine";
import { cellInputId } from "@/components/report/editor/ids";

export interface CellPickerProps {
  format: FormatDef;
  /** the cells with computed totals, to show what the reference will read */
  cells: Cells;
  onPick: (key: string) => void;
  onCancel: () => void;
}

function rowsOf(defs: readonly CellDef[], table: string): CellDef[] {
  const seen = new Set<string>();
  return defs.filter((d) => d.table === table && !seen.has(d.row) && seen.add(d.row));
}

export function CellPicker({ format, cells, onPick, onCancel }: CellPickerProps) {
  const id = useId();
  const defs = listCells(format);
  const [key, setKey] = useState(defs[0]?.key ?? "");
  const current = defs.find((d) => d.key === key) ?? defs[0];
  const rows = useMemo(() => rowsOf(defs, current.table), [defs, current.table]);
  const columns = defs.filter((d) => d.table === current.table && d.row === current.row);

  // A cell of the table on screen that gets the focus (a click or Tab) is the one picked.
  useEffect(() => {
    const byInput = new Map(defs.map((d) => [cellInputId(d.key), d.key]));
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? byInput.get(event.target.id) : undefined;
      if (target) setKey(target);
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [defs]);

  const firstOf = (table: string, row?: string) => defs.find((d) => d.table === table && (row === undefined || d.row === row))?.key ?? key;
  const value = cells[current.key];

  return (
    <div className="cell-picker" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="cell-picker-title">
        选择要引用的单元格（也可以直接点选表格中的单元格）：
      </p>
      <div className="field">
        <label htmlFor={`${id}-table`}>表格</label>
        <select id={`${id}-table`} value={current.table} onChange={(e) => setKey(firstOf(e.target.value))}>
          {format.tables.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-row`}>行</label>
        <select id={`${id}-row`} value={current.row} onChange={(e) => setKey(firstOf(current.table, e.target.value))}>
          {rows.map((d) => (
            <option key={d.row} value={d.row}>
              {d.rowLabel}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-column`}>列</label>
        <select id={`${id}-column`} value={current.key} onChange={(e) => setKey(e.target.value)}>
          {columns.map((d) => (
            <option key={d.key} value={d.key}>
              {d.columnLabel}
            </option>
          ))}
        </select>
      </div>
      <p className="cell-picker-value" aria-live="polite">
        表格中现在的数值：<strong>{value === null || value === undefined ? "（空白）" : String(value)}</strong>
        {current.unit ? ` ${current.unit}` : ""}
      </p>
      <div className="editor-buttons">
        <button type="button" className="button button-primary" onClick={() => onPick(current.key)}>
          插入
        </button>
        <button type="button" className="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}
