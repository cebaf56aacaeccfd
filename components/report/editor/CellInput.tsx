"use client";
import { memo } from "react";
import type { CellDef } from "@/lib/formats/types";
import type { Severity } from "@/components/report/findings";
import { formatCellValue } from "@/lib/formats/cell-number";
import { cellInputId } from "@/components/report/editor/ids";

/** The accessible name of a cell's input: its official row and column labels (design.md §8). */
export function cellAccessibleName(cell: CellDef): string {
  const name = `${cell.rowLabel} ${cell.columnLabel}`;
  if (cell.kind === "money" && cell.unit && !name.includes(cell.unit)) return `${name}（${cell.unit}）`;
  return name;
}

export interface CellInputProps {
  cell: CellDef;
  text: string;
  /**
   * A total the format derives and nobody stored: its computed value (null while a part is
   * blank), shown and not typed. A total with a stored value is an input, so that the value
   * can be cleared.
   */
  computed?: number | null;
  severity?: Severity;
  describedBy?: string;
  readOnly?: boolean;
  onChange: (key: string, text: string) => void;
}

export const CellInput = memo(function CellInput({ cell, text, computed, severity, describedBy, readOnly, onChange }: CellInputProps) {
  if (computed !== undefined) {
    return (
      <input
        id={cellInputId(cell.key)}
        className="cell-input cell-derived"
        type="text"
        readOnly
        tabIndex={-1}
        aria-label={cellAccessibleName(cell)}
        aria-invalid={severity === "error" ? true : undefined}
        aria-describedby={describedBy}
        data-severity={severity}
        data-derived=""
        placeholder={computed === null ? "待计算" : undefined}
        title={computed === null ? "由系统计算：各组成部分填写完整后显示合计" : "由系统按各组成部分计算，随之更新"}
        value={computed === null ? "" : formatCellValue(cell, computed)}
      />
    );
  }
  return (
    <input
      id={cellInputId(cell.key)}
      className="cell-input"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      aria-label={cellAccessibleName(cell)}
      aria-invalid={severity === "error" ? true : undefined}
      aria-describedby={describedBy}
      data-severity={severity}
      value={text}
      readOnly={readOnly}
      onChange={(event) => onChange(cell.key, event.target.value)}
    />
  );
});
