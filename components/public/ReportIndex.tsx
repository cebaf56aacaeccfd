// The index of units (/reports): a GET search form, the years with their counts, and for the
// year shown each county's units by kind with what they have published. Server markup only.
import type { IndexGroup, IndexRow, IndexView, YearCount } from "@/lib/public-index/units";
import { QUERY_MAX_LENGTH } from "@/lib/public-index/units";
import { PUBLIC_INDEX_PATH, publicGuidePath, publicIndexPath, publicReportPath, publicUnitPath } from "@/lib/paths";

/**
 * The unit's own report and its roll-up for the year, as links, or 未公开. The link's name says
 * whose report of which year, and ends with the word it shows.
 */
function YearStatus({ row, year }: { row: IndexRow; year: number }) {
  const { unit } = row;
  if (!row.own && !row.rollup) return <span className="index-missing">未公开</span>;
  return (
    <>
      {row.own && (
        <a href={publicReportPath(unit.slug, year)} aria-label={`${unit.name}${year}年度报告已公开`}>
          已公开
        </a>
      )}
      {row.own && row.rollup && " "}
      {row.rollup && (
        <a href={publicReportPath(unit.slug, year, "rollup")} aria-label={`${unit.name}${year}年度报告汇总`} className="index-rollup">
          汇总
        </a>
      )}
    </>
  );
}

function OtherYearLinks({ row }: { row: IndexRow }) {
  // A year with only a roll-up links to the roll-up.
  return row.otherYears.map(({ year, scope }) => (
    <a key={year} href={publicReportPath(row.unit.slug, year, scope)}>
      {year}
      {scope === "rollup" && "汇总"}
    </a>
  ));
}

/** The unit's 政府信息公开指南 and 公开目录; the link's name says whose. */
function GuideLink({ unit, short }: { unit: IndexRow["unit"]; short?: boolean }) {
  return (
    <a href={publicGuidePath(unit.slug)} aria-label={`${unit.name}政府信息公开指南`}>
      {short ? "指南" : "政府信息公开指南"}
    </a>
  );
}

function UnitRows({ rows, year }: { rows: readonly IndexRow[]; year: number }) {
  return rows.map((row) => (
    <tr key={row.unit.id}>
      <th scope="row">
        <a href={publicUnitPath(row.unit.slug)}>{row.unit.name}</a>
        {row.under && <span className="index-under">（{row.under}）</span>}
      </th>
      <td>
        <YearStatus row={row} year={year} />
      </td>
      <td className="index-other-years">
        <OtherYearLinks row={row} />
      </td>
      <td>
        <GuideLink unit={row.unit} short />
      </td>
    </tr>
  ));
}

function Group({ group, year }: { group: IndexGroup; year: number }) {
  const { head } = group;
  const headingId = `unit-${head.unit.slug}`;
  return (
    <section className="index-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={publicUnitPath(head.unit.slug)}>{head.unit.name}</a>
      </h3>
      <p className="index-head-guide">
        <GuideLink unit={head.unit} />
      </p>
      {group.headMatches && (
        <p className="index-head-status">
          本级 {year} 年度：<YearStatus row={head} year={year} />
          {head.otherYears.length > 0 && (
            <>
              <span className="index-head-other">其他年度：</span>
              <span className="index-other-years">
                <OtherYearLinks row={head} />
              </span>
            </>
          )}
        </p>
      )}
      {group.kinds.map((kind) => (
        <table key={kind.kind} className="data-table index-table">
          <caption>
            {kind.label}（{kind.rows.length}）
          </caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">{year}年度</th>
              <th scope="col">其他年度</th>
              <th scope="col">公开指南</th>
            </tr>
          </thead>
          <tbody>
            <UnitRows rows={kind.rows} year={year} />
          </tbody>
        </table>
      ))}
    </section>
  );
}

function SearchForm({ q, year, currentYear }: { q: string; year: number; currentYear: number }) {
  return (
    <form method="get" action={PUBLIC_INDEX_PATH} role="search" className="index-search">
      <label htmlFor="index-q">单位名称</label>
      <input id="index-q" name="q" type="search" defaultValue={q} maxLength={QUERY_MAX_LENGTH} className="index-search-input" />
      {year !== currentYear && <input type="hidden" name="year" value={year} />}
      <button type="submit" className="button button-primary">
        查找
      </button>
      {q && <a href={publicIndexPath({ year: year === currentYear ? undefined : year })}>显示全部单位</a>}
    </form>
  );
}

function YearNav({ years, shown, q, currentYear }: { years: readonly YearCount[]; shown: number; q: string; currentYear: number }) {
  return (
    <nav aria-label="年度" className="index-years">
      <ul>
        {years.map((y) => (
          <li key={y.year}>
            <a href={publicIndexPath({ q: q || undefined, year: y.year === currentYear ? undefined : y.year })} aria-current={y.year === shown ? "page" : undefined}>
              {y.year}年度
            </a>
            <span className="index-count">
              已公开 {y.published} / {y.total}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ReportIndex({ view, currentYear }: { view: IndexView; currentYear: number }) {
  const { q, year } = view.query;
  return (
    <>
      <h1>政府信息公开工作年度报告</h1>
      <p>
        {"各单位按《中华人民共和国政府信息公开条例》第四十九条、第五十条，于每年 1 月 31 日前公开上一年度的政府信息公开工作年度报告。" +
          "按县（区）查看所属乡镇、街道和部门，或按单位名称查找；每份报告可阅读全文，下载 JSON、CSV、XLSX 数据。"}
      </p>
      <SearchForm q={q} year={year} currentYear={currentYear} />
      <YearNav years={view.years} shown={year} q={q} currentYear={currentYear} />
      <h2>
        {year}年度报告{q ? `：名称包含“${q}”的单位（${view.found} 个）` : ""}
      </h2>
      {view.groups.length === 0 ? (
        <p className="index-empty">{q ? `没有名称或标识包含“${q}”的单位。` : "还没有单位。"}</p>
      ) : (
        view.groups.map((group) => <Group key={group.head.unit.id} group={group} year={year} />)
      )}
    </>
  );
}
