// The public index of units (/reports): units grouped by their hierarchy, found by name, and
// for one year which of them have published. Pure, so that the page, its description and the
// tests share it.
import { isReportYear, parseReportYear, reportingYear } from "@/lib/formats/report-year";
import { orderAsTree, sortByName } from "@/lib/data/org-tree";
import { orgKindLabel, type OrgKind } from "@/lib/data/org-kinds";

export interface IndexUnit {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  parentId: string | null;
}

/** A report with at least one published revision: a unit's own (本级) report or its roll-up (汇总). */
export interface PublishedYear {
  orgId: string;
  year: number;
  scope: "own" | "rollup";
}

/** A search longer than this is cut: no unit name is that long. */
export const QUERY_MAX_LENGTH = 50;

export interface IndexQuery {
  /** what to look for in unit names and slugs; "" shows every unit */
  q: string;
  year: number;
}

/** ?q= (trimmed, cut to QUERY_MAX_LENGTH characters) and ?year= (the year being reported on when absent or no report year). */
export function readIndexQuery(url: URL, now: Date = new Date()): IndexQuery {
  const q = Array.from((url.searchParams.get("q") ?? "").trim()).slice(0, QUERY_MAX_LENGTH).join("").trim();
  return { q, year: parseReportYear(url.searchParams.get("year") ?? undefined) ?? reportingYear(now) };
}

/** Whether the unit's name or its slug contains the query (letters of the slug in either case). */
export function matchesQuery(unit: Pick<IndexUnit, "name" | "slug">, q: string): boolean {
  if (q === "") return true;
  const folded = q.toLowerCase();
  return unit.name.toLowerCase().includes(folded) || unit.slug.toLowerCase().includes(folded);
}

/** Every year some unit has published, and the year being reported on, newest first. */
export function indexYears(published: readonly PublishedYear[], currentYear: number): number[] {
  return [...new Set([currentYear, ...published.map((p) => p.year)])].filter(isReportYear).sort((a, b) => b - a);
}

export interface YearCount {
  year: number;
  /** units with their own report or their roll-up published for the year */
  published: number;
  total: number;
}

export function yearCounts(units: readonly IndexUnit[], published: readonly PublishedYear[], years: readonly number[]): YearCount[] {
  const known = new Set(units.map((u) => u.id));
  return years.map((year) => ({
    year,
    published: new Set(published.filter((p) => p.year === year && known.has(p.orgId)).map((p) => p.orgId)).size,
    total: units.length,
  }));
}

/** What a unit has published for the year shown, and the other years it has published. */
export interface IndexRow {
  unit: IndexUnit;
  own: boolean;
  rollup: boolean;
  /** years other than the one shown with the unit's own report (or else its roll-up) published, newest first */
  otherYears: { year: number; scope: "own" | "rollup" }[];
  /** the unit directly above, when it is not the head of the group (e.g. a school under a bureau) */
  under: string | null;
}

export interface IndexKindGroup {
  kind: OrgKind;
  label: string;
  rows: IndexRow[];
}

/**
 * A county (or a unit at the top) and the units below it down to the next county: its
 * townships (乡镇), subdistricts (街道), departments and others, each kind in its own list.
 */
export interface IndexGroup {
  head: IndexRow;
  /** whether the head itself matches the search (else it is shown only as the heading of its units) */
  headMatches: boolean;
  kinds: IndexKindGroup[];
}

export interface IndexView {
  query: IndexQuery;
  years: YearCount[];
  groups: IndexGroup[];
  /** units matching the query */
  found: number;
}

const KIND_ORDER: readonly OrgKind[] = ["township", "subdistrict", "department", "county", "other"];

/** A group starts at a unit at the top and at every county below it. */
function isGroupHead(unit: IndexUnit, ids: ReadonlySet<string>): boolean {
  return unit.kind === "county" || unit.parentId === null || !ids.has(unit.parentId);
}

export function buildIndexView(options: {
  units: readonly IndexUnit[];
  published: readonly PublishedYear[];
  query: IndexQuery;
  currentYear: number;
}): IndexView {
  const { units, published } = options;
  const yearList = indexYears(published, options.currentYear);
  // A year nobody published and not being reported on shows the year being reported on.
  const query = yearList.includes(options.query.year) ? options.query : { ...options.query, year: options.currentYear };
  const ids = new Set(units.map((u) => u.id));
  const byId = new Map(units.map((u) => [u.id, u]));
  const yearsOf = new Map<string, PublishedYear[]>();
  for (const p of published) yearsOf.set(p.orgId, [...(yearsOf.get(p.orgId) ?? []), p]);

  const rowOf = (unit: IndexUnit, head: IndexUnit | null): IndexRow => {
    const own = yearsOf.get(unit.id) ?? [];
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    return {
      unit,
      own: own.some((p) => p.year === query.year && p.scope === "own"),
      rollup: own.some((p) => p.year === query.year && p.scope === "rollup"),
      otherYears: [...new Set(own.map((p) => p.year))]
        .filter((y) => y !== query.year)
        .sort((a, b) => b - a)
        .map((year) => ({ year, scope: own.some((p) => p.year === year && p.scope === "own") ? "own" : "rollup" })),
      under: parent && head && parent.id !== head.id ? parent.name : null,
    };
  };

  // Tree order with siblings by name: heads come in the order a reader walks the hierarchy.
  const ordered = orderAsTree(sortByName(units));
  const headOf = new Map<string, IndexUnit>();
  const groups: { head: IndexUnit; members: IndexUnit[] }[] = [];
  for (const unit of ordered) {
    if (isGroupHead(unit, ids)) {
      groups.push({ head: unit, members: [] });
      headOf.set(unit.id, unit);
      continue;
    }
    const head = headOf.get(unit.parentId!)!;
    headOf.set(unit.id, head);
    groups.find((g) => g.head.id === head.id)!.members.push(unit);
  }

  let found = 0;
  const view: IndexGroup[] = [];
  for (const { head, members } of groups) {
    const headMatches = matchesQuery(head, query.q);
    const matching = members.filter((m) => matchesQuery(m, query.q));
    found += matching.length + (headMatches ? 1 : 0);
    if (!headMatches && matching.length === 0) continue;
    const kinds = KIND_ORDER.map((kind) => ({
      kind,
      label: orgKindLabel(kind),
      rows: sortByName(matching.filter((m) => m.kind === kind)).map((m) => rowOf(m, head)),
    })).filter((k) => k.rows.length > 0);
    view.push({ head: rowOf(head, null), headMatches, kinds });
  }
  return { query, years: yearCounts(units, published, yearList), groups: view, found };
}
