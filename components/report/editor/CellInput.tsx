"use client";
import { memo } from "react";
import type { CellDef } from "@/lib/formats/types";
import type { Severity } from "@/components/report/findings";
import { formatCellValue } from "@/lib/formats/cell-number";
import { cellInputId } from "@/components/report/editor/ids";
import { cellAccessibleName } from "@/lib/formats/cell-name";

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
  /** the cell's value in last year's report, written out, when the system has it */
  lastYear?: string;
  /** 显示上年数: last year's value under the input (otherwise only in the tooltip and the description) */
  showLastYear?: boolean;
  onChange: (key: string, text: string) => void;
}

export const CellInput = memo(function CellInput({ cell, text, computed, severity, describedBy, readOnly, lastYear, showLastYear, onChange }: CellInputProps) {
  const id = cellInputId(cell.key);
  const lastYearId = lastYear !== undefined ? `${id}-last-year` : undefined;
  const described = [describedBy, lastYearId].filter(Boolean).join(" ") || undefined;
  const derived = computed !== undefined;
  const titles = [
    derived && (computed === null ? "由系统计算：各组成部分填写完整后显示合计" : "由系统按各组成部分计算，随之更新"),
    lastYear !== undefined && `上年：${lastYear}`,
  ];
  const title = titles.filter(Boolean).join("\n") || undefined;
  return (
    <>
      {derived ? (
        <input
          id={id}
          className="cell-input cell-derived"
          type="text"
          readOnly
          tabIndex={-1}
          aria-label={cellAccessibleName(cell)}
          aria-invalid={severity === "error" ? true : undefined}
          aria-describedby={described}
          data-severity={severity}
          data-derived=""
          placeholder={computed === null ? "待计算" : undefined}
          title={title}
          value={computed === null ? "" : formatCellValue(cell, computed)}
        />
      ) : (
        <input
          id={id}
          className="cell-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={cellAccessibleName(cell)}
          aria-invalid={severity === "error" ? true : undefined}
          aria-describedby={described}
          data-severity={severity}
          title={title}
          value={text}
          readOnly={readOnly}
          onChange={(event) => onChange(cell.key, event.target.value)}
        />
      )}
      {lastYear !== undefined && (
        <span id={lastYearId} className={showLastYear ? "cell-last-year" : "sr-only"}>
          上年：{lastYear}
        </span>
      )}
    </>
  );
});
