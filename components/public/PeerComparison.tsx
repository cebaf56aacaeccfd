// A unit's year beside the units under the same parent (and, for a parent, the units below
// it): a table of every unit, ranked where the numbers allow, and a chart per measure.
import type { PeerComparison as PeerData } from "@/lib/data/public-compare";
import { publicReportPath, publicUnitPath } from "@/lib/paths";
import { MIN_COMPARABLE_REQUESTS, PEER_FIGURES, PEER_METRICS, SMALL_NUMBERS_NOTE, comparePeers, type PeerRow } from "@/lib/report/comparison";
import { datumText } from "@/lib/report/bar-chart";
import type { FormatId } from "@/lib/formats/types";
import { DataTable } from "@/components/ui/TableScroll";
import { BarChart } from "./BarChart";
import { FigureNotes } from "./FigureNotes";

type Published = Extract<PeerRow, { metrics: unknown }>;

const metricText = (value: number | null, unit: string) => (value === null ? "—" : datumText({ value }, unit));

function PeerGroup({ id, heading, rows, current, year }: { id: string; heading: string; rows: PeerRow[]; current: string; year: number }) {
  const ranked = rows.filter((row): row is Published => row.status === "ranked");
  const formats: FormatId[] = rows.flatMap((row) => ("format" in row ? [row.format] : []));
  const name = (row: PeerRow) => (row.slug === current ? `${row.name}（本单位）` : row.name);
  return (
    <section className="peer-group" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <DataTable label={`${heading}（${year}年度）`} caption={`${heading}：${year}年度各单位比较`} nowrap>
        <thead>
          <tr>
            <th scope="col">排序</th>
            <th scope="col">单位</th>
            {PEER_METRICS.map((metric) => (
              <th scope="col" key={metric.id}>
                {metric.label}
              </th>
            ))}
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className={row.slug === current ? "peer-current" : undefined}>
              <td>{"rank" in row && row.rank !== null ? row.rank : "—"}</td>
              <th scope="row">{row.status === "unpublished" ? name(row) : <a href={publicReportPath(row.slug, year)}>{name(row)}</a>}</th>
              {PEER_METRICS.map((metric) => (
                <td key={metric.id}>{row.status === "unpublished" ? "—" : metricText(row.metrics[metric.id], metric.unit)}</td>
              ))}
              <td className={row.status === "ranked" ? undefined : "peer-flag"}>
                {row.status === "small" ? SMALL_NUMBERS_NOTE : row.status === "unpublished" ? "未公开" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {ranked.length > 0 ? (
        <>
          <p>以下图表只列参与排序的单位（按新收申请数从多到少）；{SMALL_NUMBERS_NOTE}的单位和未公开的单位见上表。</p>
          {PEER_METRICS.map((metric) => (
            <section className="compare-chart" key={metric.id} aria-labelledby={`${id}-${metric.id}`}>
              <h3 id={`${id}-${metric.id}`}>{metric.label}</h3>
              <BarChart
                id={`${id}-chart-${metric.id}`}
                title={`${heading}：${metric.label}（${year}年度）`}
                groupHeading="单位"
                unit={metric.unit}
                series={[{ id: metric.id, label: metric.label }]}
                groups={ranked.map((row) => ({
                  label: name(row),
                  data: [row.metrics[metric.id] === null ? { note: "—（无法计算：分母为0或未填报）" } : { value: row.metrics[metric.id] as number }],
                }))}
              />
            </section>
          ))}
        </>
      ) : (
        <p>没有新收申请达到{MIN_COMPARABLE_REQUESTS}件的单位，不作排序和图表。</p>
      )}
      {formats.length > 0 && <FigureNotes figures={PEER_FIGURES} formats={formats} lead={PEER_METRICS.map((metric) => metric.formula)} />}
    </section>
  );
}

export function PeerComparison({ data, year }: { data: PeerData; year: number }) {
  const { unit, parent } = data;
  return (
    <article className="public-compare">
      <h1>
        {unit.name}
        {year}年度与其他单位比较
      </h1>
      <p className="compare-links">
        <a href={publicUnitPath(unit.slug)}>{unit.name}的历年报告</a>
        {unit.report && <a href={publicReportPath(unit.slug, year)}>{unit.name}{year}年度报告</a>}
      </p>
      <p>
        比较取各单位{year}年度最新公开的报告。新收申请少于{MIN_COMPARABLE_REQUESTS}件的单位，各项比例受个别申请影响很大：标注“{SMALL_NUMBERS_NOTE}”，不参与排序。
      </p>
      {parent && data.siblings.length > 0 && (
        <PeerGroup id="peers-siblings" heading={`${parent.name}所属单位`} rows={comparePeers(data.siblings)} current={unit.slug} year={year} />
      )}
      {data.children.length > 0 && (
        <PeerGroup id="peers-children" heading={`${unit.name}的下级单位`} rows={comparePeers(data.children)} current={unit.slug} year={year} />
      )}
      {!parent && data.children.length === 0 && <p>该单位没有上级单位和下级单位，无可比较的单位。</p>}
    </article>
  );
}
