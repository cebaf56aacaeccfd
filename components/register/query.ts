// The register list's filters as URL parameters (a GET form that works without JavaScript),
// read defensively: a value that is not one of the allowed ones is ignored.
import type { RequestFilters } from "@/lib/data/register";
import { applicantTypes } from "@/lib/register/structure";
import { isChannelKey } from "@/lib/register/vocabulary";
import { parseReportYear } from "@/lib/formats/report-year";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 50;

export interface RegisterQuery {
  filters: RequestFilters;
  /** a unit's slug (reviewers and admins see several units) */
  org?: string;
  page: number;
  /** the requests behind one derived cell of a report */
  source?: { reportId: string; cellKey: string };
}

export function firstValue(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === "" ? undefined : first;
}

export function readYear(text: string | undefined): number | undefined {
  return parseReportYear(text) ?? undefined;
}

export function readOrgSlug(text: string | undefined): string | undefined {
  return text && /^[A-Za-z0-9-]{1,100}$/.test(text) ? text : undefined;
}

/** The derived-cell link of the editor's preview: ?report=ID&cell=KEY. */
export function readSource(params: SearchParams): RegisterQuery["source"] {
  const reportId = firstValue(params, "report");
  const cellKey = firstValue(params, "cell");
  return reportId && cellKey && reportId.length <= 100 && /^[A-Za-z0-9_.-]{1,200}$/.test(cellKey) ? { reportId, cellKey } : undefined;
}

export function readRegisterQuery(params: SearchParams): RegisterQuery {
  const status = firstValue(params, "status");
  const channel = firstValue(params, "channel");
  const type = firstValue(params, "type");
  const page = Number(firstValue(params, "page") ?? 1);
  return {
    filters: {
      status: status === "open" || status === "closed" ? status : undefined,
      dueSoon: firstValue(params, "dueSoon") === "1" || undefined,
      overdue: firstValue(params, "overdue") === "1" || undefined,
      answeredLate: firstValue(params, "late") === "1" || undefined,
      year: readYear(firstValue(params, "year")),
      channel: channel && isChannelKey(channel) ? channel : undefined,
      applicantType: type && applicantTypes().some((c) => c.key === type) ? type : undefined,
    },
    org: readOrgSlug(firstValue(params, "org")),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    source: readSource(params),
  };
}

/** The same query as URL parameters, for the pages' links (page numbers). */
export function registerQueryString(query: RegisterQuery, page: number): string {
  const { filters } = query;
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.dueSoon) params.set("dueSoon", "1");
  if (filters.overdue) params.set("overdue", "1");
  if (filters.answeredLate) params.set("late", "1");
  if (filters.year) params.set("year", String(filters.year));
  if (filters.channel) params.set("channel", filters.channel);
  if (filters.applicantType) params.set("type", filters.applicantType);
  if (query.org) params.set("org", query.org);
  if (query.source) {
    params.set("report", query.source.reportId);
    params.set("cell", query.source.cellKey);
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
