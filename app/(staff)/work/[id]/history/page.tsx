import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { getReportHistory, getReportStateAt, type HistoryReport } from "@/lib/data/history";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";
import { formatDateTime } from "@/lib/display-dates";
import { reportTitle } from "@/lib/report/title";
import { STATUS_LABELS, type ReportStatus } from "@/lib/report-status";
import { reportHistoryPath, workPath } from "@/lib/paths";
import { firstValue, type SearchParams } from "@/components/register/query";
import { ReportView } from "@/components/report/ReportView";
import { HistoryStepView } from "./HistoryStepView";
import "./history.css";

export const metadata: Metadata = { title: "修改记录" };

function Back({ report }: { report: HistoryReport }) {
  return (
    <p className="no-print">
      <Link href={workPath(report.id)}>返回报告</Link>
    </p>
  );
}

export default async function ReportHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor();
  const at = firstValue(query, "at");
  if (at) return <EarlierState reportId={id} entryId={at} actor={actor} />;

  const history = await getReportHistory({ actor, reportId: id, page: Number(firstValue(query, "page") ?? 1) });
  if (!history) notFound();
  const { report, steps, page, pages } = history;
  return (
    <>
      <Back report={report} />
      <h1>{reportTitle(report.orgName, report.year, report.scope)}：修改记录</h1>
      <p className="muted">最新的在前。时间为北京时间；“命令行”是在服务器上用命令行完成的操作（如导入）。</p>
      {steps.length === 0 ? (
        <p>这份报告还没有修改记录。</p>
      ) : (
        <ol className="history-list">
          {steps.map((step) => (
            <HistoryStepView key={step.lastId} step={step} reportId={report.id} />
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label="修改记录分页" className="actions-row">
          {page > 1 && <Link href={reportHistoryPath(report.id, { page: page - 1 })}>较新的记录</Link>}
          <span>
            第 {page} 页，共 {pages} 页
          </span>
          {page < pages && <Link href={reportHistoryPath(report.id, { page: page + 1 })}>较早的记录</Link>}
        </nav>
      )}
    </>
  );
}

async function EarlierState({ reportId, entryId, actor }: { reportId: string; entryId: string; actor: Actor }) {
  const earlier = await getReportStateAt({ actor, reportId, entryId });
  if (!earlier) notFound();
  const { report, state } = earlier;
  const format = getFormat(state.format ?? report.format);
  const cells: Cells = {};
  for (const cell of listCells(format)) cells[cell.key] = state.cells[cell.key] ?? null;
  const status = state.status && state.status in STATUS_LABELS ? STATUS_LABELS[state.status as ReportStatus] : null;
  return (
    <>
      <p className="no-print">
        <Link href={reportHistoryPath(report.id)}>返回修改记录</Link>　<Link href={workPath(report.id)}>返回报告（当前内容）</Link>
      </p>
      <h1>{reportTitle(report.orgName, report.year, report.scope)}：历史状态</h1>
      <div className="notice notice-info history-earlier" role="note">
        <p>
          <strong>这是报告以前的内容，不是当前内容。</strong>下面是 {formatDateTime(earlier.at)}（北京时间）{earlier.actorName ?? "命令行"}
          的这一步操作完成后的报告{status && `（当时状态：${status}${state.revision ? `，已发布到第${state.revision}版` : ""}）`}，只供查看。
        </p>
      </div>
      <ReportView format={format} cells={cells} sections={state.sections} />
    </>
  );
}
