"use client";
// 从登记簿生成's preview: every cell the register would change, its value now and the derived
// value, which links to the requests (or cases) behind it. 应用 writes them as a new version.
import { useEffect, useRef } from "react";
import { cellDef } from "@/lib/formats/engine";
import type { FormatDef } from "@/lib/formats/types";
import type { DerivedChange, DerivedPreviewView } from "@/app/_actions/register";
import { formatCellValue } from "@/lib/formats/cell-number";
import { channelsPath, derivedSourcePath } from "@/lib/paths";
import { DataTable } from "@/components/ui/TableScroll";

export interface DerivePanelProps {
  format: FormatDef;
  reportId: string;
  preview: DerivedPreviewView;
  pending: boolean;
  onApply: () => void;
  onCancel: () => void;
}

const SOURCE_WORDS = { requests: "件申请", cases: "件案件", channels: "个公开渠道" } as const;

function DerivedValue({ format, reportId, preview, change }: { format: FormatDef; reportId: string; preview: DerivedPreviewView; change: DerivedChange }) {
  const cell = cellDef(format, change.key);
  const text = cell ? formatCellValue(cell, change.after) : String(change.after ?? "");
  const href = change.source === "channels" ? channelsPath(preview.orgSlug, preview.year) : derivedSourcePath(change.source, reportId, change.key);
  return (
    <a href={href} target="_blank" rel="noopener">
      {text}
      <span className="sr-only">
        （查看来源的 {change.sources} {SOURCE_WORDS[change.source]}，在新标签页打开）
      </span>
    </a>
  );
}

/** 信息处理费 of the year for the fee section: written only where it is empty. */
function FeeTextNotice({ fee }: { fee: NonNullable<DerivedPreviewView["feeText"]> }) {
  if (fee.placement === "present") return <p>“{fee.heading}”已写有登记簿的信息处理费情况：{fee.sentence}</p>;
  if (fee.placement === "fill") {
    return (
      <p>
        “{fee.heading}”为空：应用时写入登记簿的信息处理费情况——<q>{fee.sentence}</q>
      </p>
    );
  }
  return (
    <div className="notice notice-info">
      <p className="mt-0">“{fee.heading}”已有文字，不会改动。登记簿的信息处理费情况如下，可复制后加入该部分：</p>
      <p className="mb-0 select-all">{fee.sentence}</p>
    </div>
  );
}

export function DerivePanel({ format, reportId, preview, pending, onApply, onCancel }: DerivePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);
  // 应用 writes the changed cells, and the fee sentence into an empty fee section
  const applicable = preview.changes.length > 0 || preview.feeText?.placement === "fill";
  const tables = format.tables
    .map((table) => ({ table, changes: preview.changes.filter((c) => cellDef(format, c.key)?.table === table.id) }))
    .filter((t) => t.changes.length > 0);

  return (
    <section className="panel" aria-labelledby="derive-heading">
      <h2 id="derive-heading" ref={heading} tabIndex={-1} className="mt-0">
        从登记簿生成：预览
      </h2>
      {preview.changes.length === 0 ? (
        <p>报告中保存的数字与 {preview.year} 年登记簿生成的数字一致，无需修改。</p>
      ) : (
        <p>
          按 {preview.year} 年的登记簿，有 {preview.changes.length} 个单元格的数字与报告中保存的不同。应用后这些单元格改为登记簿生成的数字，并保存为新版本；点击生成的数字可查看它所计的申请或案件。
        </p>
      )}
      {preview.unmapped > 0 && (
        <p className="notice notice-error">
          有 {preview.unmapped} 件申请或案件的申请人类型、办理结果或审结结果在本报告的格式中没有对应的单元格，未计入。
        </p>
      )}
      {preview.feeText && <FeeTextNotice fee={preview.feeText} />}
      {tables.map(({ table, changes }) => (
        <DataTable key={table.id} label={`${table.title}：将要改变的单元格`} caption={table.title}>
          <thead>
            <tr>
              <th scope="col">单元格</th>
              <th scope="col">现在</th>
              <th scope="col">登记簿生成</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => {
              const cell = cellDef(format, change.key);
              return (
                <tr key={change.key}>
                  <th scope="row" className="font-normal">
                    {cell ? `${cell.rowLabel} · ${cell.columnLabel}` : change.key}
                  </th>
                  <td>{change.before === null ? <span className="muted">空白</span> : cell ? formatCellValue(cell, change.before) : change.before}</td>
                  <td>
                    <DerivedValue format={format} reportId={reportId} preview={preview} change={change} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      ))}
      <p className="actions-row">
        {applicable && (
          <button type="button" className="button button-primary" onClick={onApply} disabled={pending}>
            应用
          </button>
        )}
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          {applicable ? "取消" : "关闭"}
        </button>
      </p>
    </section>
  );
}
