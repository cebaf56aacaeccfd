// Who counts as "the same applicant" for 按件计收 (国办函〔2020〕109号第四条: 同一申请人一个自然月内
// 累计申请的件数): the same identity document number when both requests carry one, otherwise the
// same name and the same applicant type.
import { compareDates, type CalendarDate } from "@/lib/calendar/date";

export interface ApplicantOf {
  applicantType: string;
  applicantName: string | null;
  applicantIdNumber: string | null;
}

export type SameApplicantBasis = "id_number" | "name_and_type";

/** How the page says which requests were counted as the same applicant's. */
export const SAME_APPLICANT_BASIS_LABELS: Record<SameApplicantBasis, string> = {
  id_number: "按身份证件号码认定同一申请人",
  name_and_type: "按申请人姓名或名称及申请人类型认定同一申请人（未登记身份证件号码）",
};

function idOf(request: ApplicantOf): string | null {
  return request.applicantIdNumber?.trim().toUpperCase() || null;
}

/** null when the request names no applicant: its earlier applications cannot be found. */
export function applicantBasis(request: ApplicantOf): SameApplicantBasis | null {
  if (idOf(request)) return "id_number";
  return request.applicantName?.trim() ? "name_and_type" : null;
}

export function sameApplicant(a: ApplicantOf, b: ApplicantOf): boolean {
  const idA = idOf(a);
  const idB = idOf(b);
  if (idA && idB) return idA === idB;
  const nameA = a.applicantName?.trim();
  return !!nameA && nameA === b.applicantName?.trim() && a.applicantType === b.applicantType;
}

/** The first day of the natural month of `date`. */
export function monthStart(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 8)}01`;
}

export interface MonthRequest extends ApplicantOf {
  id: string;
  receivedOn: CalendarDate;
  createdAt: Date;
}

/** The same applicant's requests received earlier in the natural month of `request` (same day: recorded earlier). */
export function earlierInMonth(request: MonthRequest, others: readonly MonthRequest[]): MonthRequest[] {
  const from = monthStart(request.receivedOn);
  return others.filter((other) => {
    if (other.id === request.id || compareDates(other.receivedOn, from) < 0) return false;
    const order = compareDates(other.receivedOn, request.receivedOn);
    const before = order < 0 || (order === 0 && other.createdAt.getTime() < request.createdAt.getTime());
    return before && sameApplicant(request, other);
  });
}
