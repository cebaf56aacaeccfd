// 信息处理费 from the register (国办函〔2020〕109号): the same applicant's earlier applications of
// a natural month, for 按件计收, and the fees received in a year, for section 六 of the report.
// Callers check the actor's scope first (lib/data/register.ts, lib/data/register-derive.ts).
import { db } from "@/lib/db";
import { applicantBasis, earlierInMonth, monthStart, type MonthRequest, type SameApplicantBasis } from "@/lib/register/same-applicant";
import { yearBounds } from "@/lib/register/derive";
import { FEE_RECEIVED_KINDS } from "@/lib/register/vocabulary";

export interface EarlierApplications {
  /** the same applicant's applications received earlier in the month, in this unit */
  count: number;
  /** how "the same applicant" was decided; null when the request names no applicant (count 0) */
  basis: SameApplicantBasis | null;
  /** their tracking numbers, for the page */
  trackingNumbers: string[];
}

/** 同一申请人一个自然月内累计申请: same unit, same natural month of receipt, received before this request. */
export async function earlierApplicationsInMonth(request: MonthRequest & { orgId: string }): Promise<EarlierApplications> {
  const basis = applicantBasis(request);
  if (basis === null) return { count: 0, basis, trackingNumbers: [] };
  const id = request.applicantIdNumber?.trim();
  const name = request.applicantName?.trim();
  const candidates = await db().infoRequest.findMany({
    where: {
      orgId: request.orgId,
      receivedOn: { gte: monthStart(request.receivedOn), lte: request.receivedOn },
      id: { not: request.id },
      OR: [
        ...(id ? [{ applicantIdNumber: { equals: id, mode: "insensitive" as const } }] : []),
        ...(name ? [{ applicantName: name, applicantType: request.applicantType }] : []),
      ],
    },
    select: { id: true, trackingNumber: true, receivedOn: true, createdAt: true, applicantType: true, applicantName: true, applicantIdNumber: true },
    orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
  });
  const earlier = earlierInMonth(request, candidates);
  const numbers = new Map(candidates.map((c) => [c.id, c.trackingNumber]));
  return { count: earlier.length, basis, trackingNumbers: earlier.map((e) => numbers.get(e.id) ?? "") };
}

export interface FeesOfYear {
  year: number;
  /** requests with a fee received in the year */
  requests: number;
  yuan: number;
}

/** 信息处理费 received in `year` (by the date of 收取 or 缴费) by one unit. */
export async function feesReceivedInYear(orgId: string, year: number): Promise<FeesOfYear> {
  const { start, end } = yearBounds(year);
  const events = await db().requestEvent.findMany({
    where: { kind: { in: [...FEE_RECEIVED_KINDS] }, date: { gte: start, lte: end }, feeYuan: { not: null }, request: { orgId } },
    select: { requestId: true, feeYuan: true },
  });
  const yuan = events.reduce((sum, e) => sum + (e.feeYuan?.toNumber() ?? 0), 0);
  return { year, requests: new Set(events.map((e) => e.requestId)).size, yuan };
}
