// 说明原因: a warning of the working copy acknowledged with a reason that the reviewer reads.
// Errors cannot be acknowledged (they must be corrected), nor blank cells (没有数据的填 0).
// A finding is known by its rule and the cells and sections it names, which survive
// re-validation; the acknowledgement holds while the finding says what it said when it was
// acknowledged: once its numbers change, the reason was given for other numbers and must be
// confirmed again.
import type { Finding } from "../formats/types";
import { BLANK_RULE } from "./blank";

/** The longest reason, in characters: a short statement, not a second report. */
export const ACKNOWLEDGEMENT_REASON_MAX = 500;

/** What names a finding: its rule and the cells and sections it concerns. */
export interface FindingRef {
  rule: string;
  cells: readonly string[];
  sections?: readonly string[];
}

export interface Acknowledgement {
  /** findingKey of the finding acknowledged */
  key: string;
  rule: string;
  /** the finding's message when it was acknowledged: the numbers the reason was given for */
  message: string;
  reason: string;
  /** who acknowledged it (name or user name); null when the account is gone */
  by: string | null;
  /** when, as an ISO time */
  at: string;
}

export type AcknowledgementState =
  | { status: "none" }
  | { status: "current"; acknowledgement: Acknowledgement }
  /** acknowledged, but the finding's numbers have changed since: the reason must be confirmed again */
  | { status: "stale"; acknowledgement: Acknowledgement };

export function findingKey(finding: FindingRef): string {
  const sorted = (keys: readonly string[] | undefined) => [...(keys ?? [])].sort().join(",");
  return `${finding.rule}|${sorted(finding.cells)}|${sorted(finding.sections)}`;
}

export function canAcknowledge(finding: Finding): boolean {
  return finding.severity === "warning" && finding.rule !== BLANK_RULE;
}

/** Why a finding cannot be acknowledged, in Chinese; null when it can. */
export function acknowledgementRefusal(finding: Finding): string | null {
  if (canAcknowledge(finding)) return null;
  if (finding.rule === BLANK_RULE) return "空白单元格不能以说明原因代替填写：没有数据的请填 0。";
  return "这是错误，不能以说明原因代替改正：请改正有关的数字。";
}

/** The reason as stored (trimmed), or why it cannot be: one check for the form, the action and the data layer. */
export function acknowledgementReasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (!trimmed) return "请填写原因";
  if (trimmed.length > ACKNOWLEDGEMENT_REASON_MAX) return `原因最多 ${ACKNOWLEDGEMENT_REASON_MAX} 字`;
  return null;
}

export function acknowledgementOf(finding: Finding, acknowledgements: readonly Acknowledgement[]): AcknowledgementState {
  const key = findingKey(finding);
  const acknowledgement = acknowledgements.find((a) => a.key === key);
  if (!acknowledgement || !canAcknowledge(finding)) return { status: "none" };
  return { status: acknowledgement.message === finding.message ? "current" : "stale", acknowledgement };
}

/** Warnings that keep the report from 提交审核 until a reason is given for their present numbers (I5). */
export function unexplainedFindings(findings: readonly Finding[], acknowledgements: readonly Acknowledgement[]): Finding[] {
  return findings.filter((f) => f.needsReason && canAcknowledge(f) && acknowledgementOf(f, acknowledgements).status !== "current");
}

/** The part of a refusal of 提交审核 that names the warnings still without a reason. */
export function unexplainedPart(count: number): string {
  return `还有 ${count} 个警告须说明原因（如上年结转与上一年度已发布的报告不一致），请在“检查结果”中点“说明原因”`;
}
