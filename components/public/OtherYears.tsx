// A report page's links to the unit's other years: every year it has published, the year shown
// marked, and the year being reported on when its report is not out yet.
import { publicReportPath, publicUnitPath } from "@/lib/paths";

export interface OtherYearsProps {
  orgSlug: string;
  orgName: string;
  /** the years with a published report (of the same scope as the page) */
  years: readonly number[];
  /** the year of the report on the page */
  year: number;
  /** the year being reported on (lib/formats/report-year) */
  reportingYear: number;
  scope?: "own" | "rollup";
}

export function OtherYears({ orgSlug, orgName, years, year, reportingYear, scope = "own" }: OtherYearsProps) {
  const shown = [...new Set([...years, year])].sort((a, b) => b - a);
  const pending = !shown.includes(reportingYear) && reportingYear > (shown[0] ?? 0);
  return (
    <nav aria-label={`${orgName}各年度的报告`} className="other-years no-print">
      <h2>各年度的报告</h2>
      <ul>
        {pending && (
          <li>
            {reportingYear}年度<span className="index-missing">（未公开）</span>
          </li>
        )}
        {shown.map((y) =>
          y === year ? (
            <li key={y} aria-current="page">
              {y}年度<span className="visually-hidden">（本页）</span>
            </li>
          ) : (
            <li key={y}>
              <a href={publicReportPath(orgSlug, y, scope)}>{y}年度</a>
            </li>
          ),
        )}
      </ul>
      <p>
        <a href={publicUnitPath(orgSlug)}>{orgName}各年度对比</a>
      </p>
    </nav>
  );
}
