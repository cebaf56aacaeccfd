// Comparing published reports: one unit's years side by side, and the units under one parent
// in one year. Pure functions of the published cells; the figures are those of figures.ts.
import { FORMATS } from "@/lib/formats";
import type { Cells, FormatId } from "@/lib/formats/types";
import type { ChartDatum } from "./bar-chart";
import { figureFormula, figureLabel, figureNumber, figureValue, type FigureId, type FigureValue } from "./figures";

export interface PublishedCells {
  year: number;
  format: FormatId;
  cells: Cells;
}

export interface YearSeries {
  years: number[];
  /** figure → one value per year, in the order of `years` */
  values: Record<string, FigureValue[]>;
}

/** The figures of a unit's published years, oldest year first. */
export function yearSeries(reports: readonly PublishedCells[], figures: readonly FigureId[]): YearSeries {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  return {
    years: sorted.map((r) => r.year),
    values: Object.fromEntries(figures.map((id) => [id, sorted.map((r) => figureValue(id, r.format, r.cells))])),
  };
}

export const ABSENT_NOTE = "—（该年格式无此项）";
export const BLANK_NOTE = "未填报";

/** A figure as a chart and its table show it: the number, or why there is none. */
export function figureDatum(value: FigureValue): ChartDatum {
  if (value.state === "value") return { value: value.value };
  return { note: value.state === "absent" ? ABSENT_NOTE : BLANK_NOTE };
}

/** The figures that at least one of the years has (a figure no year's format has says nothing). */
export function presentFigures(series: YearSeries, figures: readonly FigureId[]): FigureId[] {
  return figures.filter((id) => series.values[id]?.some((v) => v.state !== "absent"));
}

/**
 * How each figure is computed, once per format the reports use (newest format first):
 * "国办公开办函〔2021〕30号：办结 = …". A figure a format lacks says so.
 */
export function figureNotes(figures: readonly FigureId[], formats: readonly FormatId[]): { format: string; lines: string[] }[] {
  const used = [...new Set(formats)].sort((a, b) => FORMATS[b].years.from - FORMATS[a].years.from);
  return used.map((formatId) => {
    const format = FORMATS[formatId];
    return {
      format: `${format.source}《${format.name}》（${format.years.from}${format.years.to === null ? "年起" : `—${format.years.to}年`}）`,
      lines: figures.map((id) => figureFormula(id, formatId) ?? `${figureLabel(id)}：该格式无此项`),
    };
  });
}

// ---- units under one parent, one year ----

/** Below this many new requests a unit's shares say little: it is flagged, not ranked. */
export const MIN_COMPARABLE_REQUESTS = 5;
export const SMALL_NUMBERS_NOTE = `申请量少于${MIN_COMPARABLE_REQUESTS}件，比例不具可比性`;

export type PeerMetric = "new" | "refusedShare" | "otherShare" | "appealsPer100";

export const PEER_METRICS: readonly { id: PeerMetric; label: string; unit: string; formula: string }[] = [
  {
    id: "new",
    label: "新收申请",
    unit: "件",
    formula: `排序按${figureLabel("new")}从多到少；${figureLabel("new")}少于${MIN_COMPARABLE_REQUESTS}件的单位不参与排序`,
  },
  {
    id: "refusedShare",
    label: "不予公开占比",
    unit: "%",
    formula: `不予公开占比 = ${figureLabel("refused")} ÷ ${figureLabel("concluded")} × 100%`,
  },
  {
    id: "otherShare",
    label: "其他处理占比",
    unit: "%",
    formula: `其他处理占比 = ${figureLabel("other")} ÷ ${figureLabel("concluded")} × 100%`,
  },
  {
    id: "appealsPer100",
    label: "每百件申请的复议诉讼",
    unit: "件",
    formula: `每百件申请的复议诉讼 = （${figureLabel("review")} + ${figureLabel("suit")}）÷ ${figureLabel("new")} × 100`,
  },
];

/** The figures the peer metrics are made of, for the notes on how each is computed. */
export const PEER_FIGURES: readonly FigureId[] = ["new", "concluded", "refused", "other", "review", "suit"];

export interface PeerUnit {
  slug: string;
  name: string;
  /** the unit's latest published revision of the year, or null when it has not published */
  report: { format: FormatId; cells: Cells } | null;
}

export type PeerRow =
  | { slug: string; name: string; status: "unpublished" }
  | {
      slug: string;
      name: string;
      status: "ranked" | "small";
      /** 1 for the most new requests; null for small numbers */
      rank: number | null;
      format: FormatId;
      metrics: Record<PeerMetric, number | null>;
    };

/** a ÷ b × scale, rounded to one decimal; null when a part is missing or b is 0 */
function ratio(a: number | null, b: number | null, scale: number): number | null {
  if (a === null || b === null || b === 0) return null;
  return Math.round((a / b) * scale * 10) / 10;
}

function peerMetrics(format: FormatId, cells: Cells): Record<PeerMetric, number | null> {
  const n = (id: FigureId) => figureNumber(id, format, cells);
  const newRequests = n("new");
  const concluded = n("concluded");
  const review = n("review");
  const suit = n("suit");
  return {
    new: newRequests,
    refusedShare: ratio(n("refused"), concluded, 100),
    otherShare: ratio(n("other"), concluded, 100),
    appealsPer100: ratio(review === null || suit === null ? null : review + suit, newRequests, 100),
  };
}

/**
 * The units side by side: those with enough requests ranked by new requests (most first),
 * then those with fewer than MIN_COMPARABLE_REQUESTS (or a blank 新收), then those that have
 * not published the year.
 */
export function comparePeers(units: readonly PeerUnit[]): PeerRow[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "zh-CN");
  const published = units.flatMap((unit) =>
    unit.report ? [{ slug: unit.slug, name: unit.name, format: unit.report.format, metrics: peerMetrics(unit.report.format, unit.report.cells) }] : [],
  );
  const comparable = (row: (typeof published)[number]) => row.metrics.new !== null && row.metrics.new >= MIN_COMPARABLE_REQUESTS;
  const ranked = published
    .filter(comparable)
    .sort((a, b) => (b.metrics.new ?? 0) - (a.metrics.new ?? 0) || byName(a, b))
    .map((row, i): PeerRow => ({ ...row, status: "ranked", rank: i + 1 }));
  const small = published
    .filter((row) => !comparable(row))
    .sort((a, b) => (b.metrics.new ?? -1) - (a.metrics.new ?? -1) || byName(a, b))
    .map((row): PeerRow => ({ ...row, status: "small", rank: null }));
  const unpublished = units
    .filter((unit) => !unit.report)
    .sort(byName)
    .map((unit): PeerRow => ({ slug: unit.slug, name: unit.name, status: "unpublished" }));
  return [...ranked, ...small, ...unpublished];
}
