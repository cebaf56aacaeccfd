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
  /** the total the system computed for this blank cell, shown as a placeholder */
  computed?: number;
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
  const lastYearId = lastYear !== undefined ? `${cellInputId(cell.key)}-last-year` : undefined;
  const titles = [computed === undefined ? undefined : "系统计算的合计；留空时提交审核将填入此值", lastYear !== undefined && `上年：${lastYear}`];
  const title = titles.filter(Boolean).join("\n") || undefined;
  return (
    <>
      <input
        id={cellInputId(cell.key)}
        className="cell-input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={cellAccessibleName(cell)}
        aria-invalid={severity === "error" ? true : undefined}
        aria-describedby={[describedBy, lastYearId].filter(Boolean).join(" ") || undefined}
        data-severity={severity}
        placeholder={computed === undefined ? undefined : `=${formatCellValue(cell, computed)}`}
        title={title}
        value={text}
        readOnly={readOnly}
        onChange={(event) => onChange(cell.key, event.target.value)}
      />
      {lastYear !== undefined && (
        <span id={lastYearId} className={showLastYear ? "cell-last-year" : "sr-only"}>
          上年：{lastYear}
        </span>
      )}
    </>
  );
});
