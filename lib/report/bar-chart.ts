// The geometry of a horizontal bar chart drawn as SVG on the server: groups (years, units)
// one under the other, one bar per series in each group, every bar with its value written
// next to it. Pure, so that the page, the table beside it and the tests read the same numbers.

/** A bar's value, or the text shown where there is no bar ("—（该年格式无此项）"). */
export type ChartDatum = { value: number } | { note: string };

export interface ChartSeries {
  id: string;
  label: string;
  /** this series' unit where it differs from the chart's */
  unit?: string;
}

export interface ChartGroup {
  label: string;
  /** one per series, in the order of the series */
  data: ChartDatum[];
}

export interface ChartInput {
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
  /** written after each value: "件", "%" */
  unit: string;
}

export type ChartMark =
  /** fit: the width to squeeze a text into when it is longer than the chart is wide */
  | { type: "group"; x: number; y: number; text: string; fit?: number }
  | { type: "label"; x: number; y: number; text: string }
  | { type: "bar"; x: number; y: number; width: number; height: number; series: number }
  | { type: "value"; x: number; y: number; text: string; series: number };

export interface ChartLayout {
  width: number;
  height: number;
  marks: ChartMark[];
}

/** The viewBox width: at a 390-pixel phone the text is drawn at about its own size. */
export const CHART_WIDTH = 360;
export const FONT_SIZE = 12;
const PAD = 4;
const GROUP_LINE = 20;
const ROW = 18;
const BAR = 12;
const GAP = 8;

/** What the table and the chart write for a datum. */
export function datumText(datum: ChartDatum, unit: string): string {
  if ("note" in datum) return datum.note;
  const digits = Number.isInteger(datum.value) ? datum.value.toString() : datum.value.toFixed(1);
  return `${digits}${unit}`;
}

/** Width of a text in the chart's font: CJK characters 1 em, the rest about 0.6 em. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? size : size * 0.6;
  return width;
}

export function layoutBarChart(input: ChartInput): ChartLayout {
  const seriesLabels = input.series.length > 1;
  const labelWidth = seriesLabels ? Math.max(...input.series.map((s) => textWidth(s.label))) + GAP : 0;
  const valueTexts = input.groups.flatMap((g) => g.data.flatMap((d, i) => ("value" in d ? [seriesText(input, d, i)] : [])));
  const valueWidth = Math.max(0, ...valueTexts.map((t) => textWidth(t))) + GAP;
  const barStart = PAD + labelWidth;
  const barSpace = Math.max(CHART_WIDTH - PAD - barStart - valueWidth, 40);
  const max = Math.max(0, ...input.groups.flatMap((g) => g.data.map((d) => ("value" in d ? d.value : 0))));

  const marks: ChartMark[] = [];
  let y = PAD;
  for (const group of input.groups) {
    const room = CHART_WIDTH - 2 * PAD;
    marks.push({ type: "group", x: PAD, y: y + FONT_SIZE + 2, text: group.label, ...(textWidth(group.label) > room ? { fit: room } : {}) });
    y += GROUP_LINE;
    group.data.forEach((datum, series) => {
      const middle = y + ROW / 2;
      const baseline = middle + FONT_SIZE * 0.35;
      if (seriesLabels) marks.push({ type: "label", x: PAD, y: baseline, text: input.series[series].label });
      let textX = barStart;
      if ("value" in datum) {
        const width = max > 0 ? (Math.max(datum.value, 0) / max) * barSpace : 0;
        marks.push({ type: "bar", x: barStart, y: middle - BAR / 2, width, height: BAR, series });
        textX = barStart + width + PAD;
      }
      marks.push({ type: "value", x: textX, y: baseline, text: seriesText(input, datum, series), series });
      y += ROW;
    });
    y += GAP;
  }
  return { width: CHART_WIDTH, height: Math.ceil(y), marks };
}

/** What the chart and its table write for the datum of a series. */
export function seriesText(input: ChartInput, datum: ChartDatum, series: number): string {
  return datumText(datum, input.series[series]?.unit ?? input.unit);
}

/** A line a screen reader reads for the whole chart: "2021年：新收70件，办结69件；…". */
export function chartSummary(input: ChartInput): string {
  return input.groups
    .map((g) => `${g.label}：${g.data.map((d, i) => `${input.series.length > 1 ? input.series[i].label : ""}${seriesText(input, d, i)}`).join("，")}`)
    .join("；");
}
