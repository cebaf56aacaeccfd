"use client";
// A pasted block before it is applied: every cell that will change, its text now and after,
// and the pasted totals that disagree with their parts (totals are computed, never stored
// from a paste). 应用 writes all of it as one edit; 取消 changes nothing.
import { useEffect, useRef } from "react";
import type { FormatDef } from "@/lib/formats/types";
import { cellDef } from "@/lib/formats/engine";
import { cellAccessibleName } from "@/lib/formats/cell-name";
import { formatCellValue } from "@/lib/formats/cell-number";
import type { PasteChange, TotalMismatch } from "@/lib/editor/paste";
import { DataTable } from "@/components/ui/TableScroll";

export interface PastePreviewProps {
  format: FormatDef;
  tableId: string;
  rows: number;
  columns: number;
  changes: readonly PasteChange[];
  totals: readonly TotalMismatch[];
  onApply: () => void;
  onCancel: () => void;
}

const nameOf = (format: FormatDef, key: string) => {
  const cell = cellDef(format, key);
  return cell ? cellAccessibleName(cell) : key;
};

function CellText({ text }: { text: string }) {
  return text.trim() === "" ? <span className="muted">空白</span> : <>{text}</>;
}

export function PastePreview({ format, tableId, rows, columns, changes, totals, onApply, onCancel }: PastePreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [changes]);
  const headingId = `paste-heading-${tableId}`;
  const valueOf = (key: string, value: number) => {
    const cell = cellDef(format, key);
    return cell ? formatCellValue(cell, value) : String(value);
  };
  return (
    <section className="panel paste-preview" aria-labelledby={headingId} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="mt-0">
        粘贴预览：{changes.length} 个单元格将改变
      </h3>
      <p>
        粘贴的内容有 {rows} 行 {columns} 列。请核对下列单元格，确认后点“应用”；点“取消”不改变任何单元格。
      </p>
      {totals.length > 0 && (
        <div className="notice notice-error">
          <p className="mt-0">粘贴的合计与各部分之和不一致。合计由系统计算，粘贴的合计不会保存：</p>
          <ul>
            {totals.map((total) => (
              <li key={total.key}>
                “{nameOf(format, total.key)}”：粘贴的是 {valueOf(total.key, total.pasted)}，各部分之和为 {valueOf(total.key, total.computed)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <DataTable label="将要改变的单元格">
        <thead>
          <tr>
            <th scope="col">单元格</th>
            <th scope="col" className="whitespace-nowrap">
              现在
            </th>
            <th scope="col" className="whitespace-nowrap">
              粘贴后
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row" className="font-normal">
                {nameOf(format, change.key)}
              </th>
              <td className="whitespace-nowrap">
                <CellText text={change.before} />
              </td>
              <td className="whitespace-nowrap">
                <CellText text={change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="actions-row">
        <button type="button" className="button button-primary" onClick={onApply}>
          应用
        </button>
        <button type="button" className="button" onClick={onCancel}>
          取消
        </button>
      </p>
    </section>
  );
}
