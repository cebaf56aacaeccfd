// 说明原因: acknowledging a warning of a report's working copy with a reason, changing it and
// withdrawing it. Whoever may edit the report may do so while it is editable (草稿, 已退回);
// the finding is looked up in the stored cells (never taken from the caller), and an error
// or a blank cell is refused. Each write claims the report's version and writes the audit
// log in the same transaction.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canEditReport } from "@/lib/permissions";
import {
  acknowledgementReasonProblem,
  acknowledgementRefusal,
  findingKey,
  previousReport,
  type Acknowledgement,
  type FindingRef,
} from "@/lib/rules";
import { writeAudit, type Tx } from "@/lib/data/audit";
import { claimVersion, EDITABLE, loadForWrite, loadPreviousYear, readAcknowledgements, storedFindings } from "@/lib/data/reports";

interface AcknowledgementWrite {
  actor: Actor;
  reportId: string;
  version: number;
  finding: FindingRef;
}

/** The report as the caller may change it, and last year's published report for I5 and W3. */
async function loadEditable(actor: Actor, reportId: string) {
  const { report, ids } = await loadForWrite(actor, reportId);
  if (!canEditReport(actor, ids, report)) throw new AppError("FORBIDDEN");
  const previous = previousReport(await loadPreviousYear(report.orgId, report.year, report.scope));
  return { report: { id: report.id, format: report.format, orgKind: report.org.kind, year: report.year }, previous };
}

/** Claims the version the caller read; the report must still be editable. */
async function claimEditable(tx: Tx, reportId: string, version: number): Promise<number> {
  const claimed = await claimVersion(tx, reportId, version);
  const { status } = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } });
  if (!EDITABLE.includes(status)) throw new AppError("REPORT_LOCKED");
  return claimed;
}

const recorded = (row: { reason: string; message: string } | null) => (row ? { reason: row.reason, message: row.message } : null);

/** 说明原因 (or 修改): gives the reason for a warning of the stored cells as they are now. */
export async function acknowledgeFinding(options: AcknowledgementWrite & { reason: string }): Promise<{ version: number; acknowledgements: Acknowledgement[] }> {
  const { actor, reportId } = options;
  const problem = acknowledgementReasonProblem(options.reason);
  if (problem) throw new AppError("INVALID_INPUT", `${problem}。`);
  const reason = options.reason.trim();
  const { report, previous } = await loadEditable(actor, reportId);
  const key = findingKey(options.finding);
  return db().$transaction(async (tx) => {
    const version = await claimEditable(tx, reportId, options.version);
    const { findings } = await storedFindings(tx, report, previous);
    const finding = findings.find((f) => findingKey(f) === key);
    if (!finding) throw new AppError("INVALID_INPUT", "已保存的报告中没有这一条警告（数字可能已经改变）：请查看最新的检查结果后再说明原因。");
    const refusal = acknowledgementRefusal(finding);
    if (refusal) throw new AppError("INVALID_INPUT", refusal);
    const before = await tx.findingAcknowledgement.findUnique({ where: { reportId_finding: { reportId, finding: key } } });
    const row = { rule: finding.rule, message: finding.message, reason, actorId: actor.kind === "user" ? actor.id : null, at: new Date() };
    await tx.findingAcknowledgement.upsert({
      where: { reportId_finding: { reportId, finding: key } },
      create: { reportId, finding: key, ...row },
      update: row,
    });
    await writeAudit(tx, actor, [
      { entity: "acknowledgement", entityId: `${reportId}:${key}`, reportId, action: "acknowledge", before: recorded(before), after: recorded(row) },
    ]);
    return { version, acknowledgements: await readAcknowledgements(tx, reportId) };
  });
}

/** 撤销: the warning stands again without a reason. */
export async function withdrawAcknowledgement(options: AcknowledgementWrite): Promise<{ version: number; acknowledgements: Acknowledgement[] }> {
  const { actor, reportId } = options;
  await loadEditable(actor, reportId);
  const key = findingKey(options.finding);
  return db().$transaction(async (tx) => {
    const version = await claimEditable(tx, reportId, options.version);
    const before = await tx.findingAcknowledgement.findUnique({ where: { reportId_finding: { reportId, finding: key } } });
    if (!before) throw new AppError("INVALID_INPUT", "这条警告没有说明原因，无需撤销。");
    await tx.findingAcknowledgement.delete({ where: { reportId_finding: { reportId, finding: key } } });
    await writeAudit(tx, actor, [
      { entity: "acknowledgement", entityId: `${reportId}:${key}`, reportId, action: "withdraw", before: recorded(before), after: null },
    ]);
    return { version, acknowledgements: await readAcknowledgements(tx, reportId) };
  });
}
