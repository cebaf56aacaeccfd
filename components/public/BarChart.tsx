// A bar chart drawn on the server as SVG (no script, no style attributes), and right after it
// the same numbers as a table: the chart for the eye, the table for everyone else.
import { chartSummary, layoutBarChart, seriesText, type ChartInput, type ChartMark } from "@/lib/report/bar-chart";
import { DataTable } from "@/components/ui/TableScroll";

// Colours of the series: each at least 3:1 against white (WCAG non-text contrast).
const FILLS = ["#1f5fa8", "#b45309", "#2f7d4f", "#7b3fa0", "#b3261e", "#0e7490", "#57534e"];
const TEXT = "#1f2937";

export interface BarChartProps extends ChartInput {
  /** unique on the page: the SVG's title and description are named after it */
  id: string;
  title: string;
  /** the heading of the table's first column: "年度", "单位" */
  groupHeading: string;
}

function Mark({ mark }: { mark: ChartMark }) {
  switch (mark.type) {
    case "group":
      return (
        <text x={mark.x} y={mark.y} className="chart-group" fill={TEXT} fontWeight="bold" {...(mark.fit ? { textLength: mark.fit, lengthAdjust: "spacingAndGlyphs" } : {})}>
          {mark.text}
        </text>
      );
    case "label":
      return (
        <text x={mark.x} y={mark.y} fill={TEXT}>
          {mark.text}
        </text>
      );
    case "bar":
      return <rect x={mark.x} y={mark.y} width={mark.width} height={mark.height} fill={FILLS[mark.series % FILLS.length]} data-series={mark.series} />;
    case "value":
      return (
        <text x={mark.x} y={mark.y} fill={TEXT} className="chart-value" data-series={mark.series}>
          {mark.text}
        </text>
      );
  }
}

export function BarChart({ id, title, groupHeading, ...input }: BarChartProps) {
  const layout = layoutBarChart(input);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const seriesHeading = input.series.length === 1 ? [input.series[0].label] : input.series.map((s) => s.label);
  return (
    <div className="chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="chart-svg"
        fontSize={12}
        fontFamily="sans-serif"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{chartSummary(input)}</desc>
        {layout.marks.map((mark, i) => (
          <Mark key={i} mark={mark} />
        ))}
      </svg>
      <DataTable label={`${title}（表格）`} caption={title} nowrap>
        <thead>
          <tr>
            <th scope="col">{groupHeading}</th>
            {seriesHeading.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {input.groups.map((group) => (
            <tr key={group.label}>
              <th scope="row">{group.label}</th>
              {group.data.map((datum, i) => (
                <td key={i} className="chart-table-value">
                  {seriesText(input, datum, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
