// One step of a report's history: who did what when, each cell by its official label with its
// old and new value, each section by its heading with the sentences removed and added.
import Link from "next/link";
import { getFormat } from "@/lib/formats";
import { cellDef } from "@/lib/formats/engine";
import { formatCellValue } from "@/lib/formats/cell-number";
import type { FormatDef } from "@/lib/formats/types";
import { cellName } from "@/lib/rules/labels";
import { formatDateTime } from "@/lib/display-dates";
import { reportHistoryPath } from "@/lib/paths";
import { sectionName } from "@/lib/report/section-name";
import { STATUS_LABELS, type ReportStatus } from "@/lib/report-status";
import { keyOfEntity, type HistoryEntry } from "@/lib/history/replay";
import { diffText } from "@/lib/history/text-diff";
import { SentenceDiff } from "@/components/report/SentenceDiff";
import { Fold } from "@/components/ui/Fold";
import type { HistoryStep } from "@/lib/data/history";

/** What the content entries of a step were written by. */
const CONTENT_ACTIONS: Record<string, string> = {
  save: "保存",
  import: "导入",
  "compute-total": "系统计算合计",
  "derive-total": "合计改由系统计算",
  rollup: "汇总",
};
/** Beyond this many cells a step's table is folded (an import writes every cell). */
const CELLS_SHOWN_OPEN = 12;

function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[name] : undefined;
}
const text = (value: unknown, name: string) => {
  const v = field(value, name);
  return typeof v === "string" ? v : null;
};

function statusEvent(entry: HistoryEntry): string {
  const to = text(entry.after, "status");
  if (to === "submitted") return "提交审核";
  if (to === "returned") return "退回";
  if (to === "published") return "发布";
  if (to === "draft" && text(entry.after, "correctionReason")) return "开始更正";
  return `状态改为${to && to in STATUS_LABELS ? STATUS_LABELS[to as ReportStatus] : to}`;
}

function reportEvent(entry: HistoryEntry): string {
  if (entry.action === "create") return "新建报告";
  if (entry.action === "format") return "更换报告格式";
  if (entry.action === "rollup") return "重新汇总";
  return entry.action;
}

/** The step's title: its events in order ("新建报告、导入、发布第1版"). */
export function stepTitle(entries: HistoryEntry[]): string {
  const events: string[] = [];
  for (const entry of entries) {
    let event: string;
    if (entry.entity === "status") event = statusEvent(entry);
    else if (entry.entity === "revision") event = `发布第${String(field(entry.after, "number"))}版`;
    else if (entry.entity === "report") event = reportEvent(entry);
    else if (entry.entity === "cell" || entry.entity === "section") event = CONTENT_ACTIONS[entry.action] ?? entry.action;
    else if (entry.entity === "acknowledgement") event = entry.action === "withdraw" ? "撤销说明原因" : "说明原因";
    else event = entry.action;
    if (!events.includes(event)) events.push(event);
  }
  // 发布 appears as the revision and as the status; the revision says more.
  return events.filter((e) => !(e === "发布" && events.some((o) => o.startsWith("发布第")))).join("、");
}

function cellLabel(format: FormatDef | null, key: string): string {
  return format && cellDef(format, key) ? cellName(format, key) : key;
}

function cellValue(format: FormatDef | null, key: string, value: unknown): string {
  if (typeof value !== "number") return "（空白）";
  const def = format ? cellDef(format, key) : undefined;
  return def ? formatCellValue(def, value) : String(value);
}

function CellChanges({ entries, format }: { entries: HistoryEntry[]; format: FormatDef | null }) {
  const table = (
    <div className="table-scroll">
      <table className="data-table history-cells">
        <thead>
          <tr>
            <th scope="col">单元格</th>
            <th scope="col">原值</th>
            <th scope="col">新值</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const key = keyOfEntity(entry.entityId);
            return (
              <tr key={entry.id}>
                <th scope="row">{cellLabel(format, key)}</th>
                <td>{cellValue(format, key, field(entry.before, "value"))}</td>
                <td>{cellValue(format, key, field(entry.after, "value"))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  return (
    <Fold summary={`修改了 ${entries.length} 个单元格`} folded={entries.length > CELLS_SHOWN_OPEN} headClassName="history-subhead">
      {table}
    </Fold>
  );
}

function SectionChange({ entry, format }: { entry: HistoryEntry; format: FormatDef | null }) {
  const key = keyOfEntity(entry.entityId);
  const section = format?.sections.find((s) => s.key === key);
  const parts = diffText(text(entry.before, "text") ?? "", text(entry.after, "text") ?? "");
  return (
    <div className="history-section">
      <p className="history-subhead">修改了“{section ? sectionName(section) : key}”：</p>
      <SentenceDiff parts={parts} />
    </div>
  );
}

function Notes({ entries }: { entries: HistoryEntry[] }) {
  const notes: string[] = [];
  for (const entry of entries) {
    const comment = text(entry.after, "reviewComment");
    if (entry.entity === "status" && text(entry.after, "status") === "returned" && comment) notes.push(`退回意见：${comment}`);
    const correction = text(entry.after, "correctionReason");
    if (entry.entity === "status" && correction) notes.push(`更正原因：${correction}`);
    const reason = text(entry.after, "reason");
    if (entry.entity === "revision" && reason) notes.push(`第${String(field(entry.after, "number"))}版的更正原因：${reason}`);
    if (entry.entity === "report" && entry.action === "format") {
      notes.push(`报告格式由 ${String(field(entry.before, "format"))} 改为 ${String(field(entry.after, "format"))}，原有数字清空后重新填入。`);
    }
    if (entry.entity === "report" && entry.action === "create") {
      notes.push(`${String(field(entry.after, "year"))} 年度，格式 ${String(field(entry.after, "format"))}。`);
    }
    if (entry.entity === "report" && entry.action === "rollup") notes.push(`计入 ${String(field(entry.after, "units"))} 个单位的报告。`);
  }
  return notes.map((note) => <p key={note}>{note}</p>);
}

export function HistoryStepView({ step, reportId }: { step: HistoryStep; reportId: string }) {
  const format = step.format ? getFormat(step.format) : null;
  const cells = step.entries.filter((e) => e.entity === "cell");
  const sections = step.entries.filter((e) => e.entity === "section");
  return (
    <li className="history-step">
      <h2 className="history-title">
        {stepTitle(step.entries)}
        <span className="history-meta">
          <time dateTime={step.at.toISOString()}>{formatDateTime(step.at)}</time>　{step.actorName ?? "命令行"}
        </span>
      </h2>
      <Notes entries={step.entries} />
      {cells.length > 0 && <CellChanges entries={cells} format={format} />}
      {sections.map((entry) => (
        <SectionChange key={entry.id} entry={entry} format={format} />
      ))}
      <p>
        <Link href={reportHistoryPath(reportId, { at: step.lastId })}>查看这一步之后的报告</Link>
      </p>
    </li>
  );
}
