// A unit's public page: the years it has published, and those years side by side as charts,
// each with its table and how its figures are computed. Pure server markup.
import type { PublishedUnit } from "@/lib/data/public-compare";
import { APPLY_STATUS_PATH, applyPath, publicComparePath, publicGuidePath, publicReportPath, publicUnitPath } from "@/lib/paths";
import { figureDatum, presentFigures, yearSeries, type YearSeries } from "@/lib/report/comparison";
import { APPEAL_FIGURES, OUTCOME_FIGURES, PROACTIVE_FIGURES, REQUEST_FIGURES, figureLabel, figureUnit, type FigureId } from "@/lib/report/figures";
import { reportTitle } from "@/lib/report/title";
import { BarChart } from "./BarChart";
import { FigureNotes } from "./FigureNotes";

const CHARTS: { id: string; title: string; figures: readonly FigureId[]; onlyPresent?: boolean }[] = [
  { id: "requests", title: "依申请公开：新收和办结", figures: REQUEST_FIGURES },
  { id: "outcomes", title: "办理结果", figures: OUTCOME_FIGURES },
  { id: "appeals", title: "行政复议和行政诉讼", figures: APPEAL_FIGURES },
  { id: "proactive", title: "主动公开", figures: PROACTIVE_FIGURES, onlyPresent: true },
];

function YearChart({ unitName, chart, series, formats }: { unitName: string; chart: (typeof CHARTS)[number]; series: YearSeries; formats: PublishedUnit["reports"][number]["format"][] }) {
  const figures = chart.onlyPresent ? presentFigures(series, chart.figures) : [...chart.figures];
  if (figures.length === 0) return null;
  const headingId = `chart-${chart.id}`;
  return (
    <section className="compare-chart" aria-labelledby={headingId}>
      <h3 id={headingId}>{chart.title}</h3>
      <BarChart
        id={`years-${chart.id}`}
        title={`${unitName}历年${chart.title}`}
        groupHeading="年度"
        unit="件"
        series={figures.map((id) => ({ id, label: figureLabel(id), unit: figureUnit(id, formats) }))}
        groups={series.years.map((year, i) => ({ label: `${year}年`, data: figures.map((id) => figureDatum(series.values[id][i])) }))}
      />
      <FigureNotes figures={figures} formats={formats} />
    </section>
  );
}

export function UnitYears({ unit }: { unit: PublishedUnit }) {
  const years = [...unit.reports].sort((a, b) => b.year - a.year);
  const formats = unit.reports.map((r) => r.format);
  const series = yearSeries(unit.reports, CHARTS.flatMap((c) => c.figures));
  return (
    <article className="public-unit">
      <h1>{unit.name}政府信息公开工作年度报告</h1>
      {unit.parent && (
        <p>
          上级单位：<a href={publicUnitPath(unit.parent.slug)}>{unit.parent.name}</a>
        </p>
      )}
      <p>
        <a href={publicGuidePath(unit.slug)}>{unit.name}政府信息公开指南</a>（工作机构、联系方式、申请渠道和政府信息公开目录）
      </p>
      <p className="public-unit-apply">
        <a href={applyPath(unit.slug)}>向{unit.name}申请政府信息公开（网络申请）</a>
        {" · "}
        <a href={APPLY_STATUS_PATH}>查询申请办理进度</a>
      </p>

      <section aria-labelledby="unit-years">
        <h2 id="unit-years">已公开的年度报告</h2>
        {years.length === 0 && unit.rollupYears.length === 0 ? (
          <p>该单位尚未公开年度报告。</p>
        ) : (
          <ul className="unit-year-list">
            {years.map((report) => (
              <li key={report.year}>
                <a href={publicReportPath(unit.slug, report.year)}>{reportTitle(unit.name, report.year)}</a>
                <a className="unit-year-compare" href={publicComparePath(unit.slug, report.year)} aria-label={`${unit.name}${report.year}年度与其他单位比较`}>
                  与其他单位比较
                </a>
              </li>
            ))}
            {[...unit.rollupYears]
              .sort((a, b) => b - a)
              .map((year) => (
                <li key={`rollup-${year}`}>
                  <a href={publicReportPath(unit.slug, year, "rollup")}>{reportTitle(unit.name, year, "rollup")}</a>
                </li>
              ))}
          </ul>
        )}
      </section>

      {unit.children.length > 0 && (
        <section aria-labelledby="unit-children">
          <h2 id="unit-children">下级单位</h2>
          <ul className="unit-children">
            {unit.children.map((child) => (
              <li key={child.slug}>
                <a href={publicUnitPath(child.slug)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {unit.reports.length > 0 && (
        <section aria-labelledby="unit-series">
          <h2 id="unit-series">历年数据对比</h2>
          <p>以下图表取每个年度最新公开的版本，数字均来自年度报告的统计表；每张图表后附同样数字的表格，并说明每项数字的计算方法。</p>
          {CHARTS.map((chart) => (
            <YearChart key={chart.id} unitName={unit.name} chart={chart} series={series} formats={formats} />
          ))}
        </section>
      )}
    </article>
  );
}
