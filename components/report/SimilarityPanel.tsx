// 内容雷同 (国办公开办函〔2021〕30号: 不得出现……年年雷同现象): each narrative section found largely
// the same as the unit's earlier year or a sibling unit's report, with the shared sentences
// side by side, and what was compared. Server-rendered from the saved text.
import type { ComparedRef, SectionSimilarity } from "@/lib/similarity/report";
import { SIMILARITY_THRESHOLD } from "@/lib/similarity/compare";
import { sectionName } from "@/lib/report/section-name";
import "./similarity.css";

/** "2021 年度报告" for the unit's own year, "乙镇 2025 年度报告" for a sibling unit's. */
function reportName(ref: ComparedRef): string {
  return ref.relation === "earlier" ? `${ref.year} 年度报告` : `${ref.orgName} ${ref.year} 年度报告`;
}

function sourceName(ref: ComparedRef): string {
  if (ref.source.kind === "published") return `已发布第${ref.source.revision}版`;
  return ref.source.kind === "submitted" ? "已提交审核，未发布" : "工作稿，未发布";
}

export function SimilarityPanel({ sections, compared }: { sections: SectionSimilarity[]; compared: ComparedRef[] }) {
  return (
    <section className="similarity-panel no-print" aria-labelledby="similarity-heading">
      <h2 id="similarity-heading">内容雷同检查</h2>
      <p className="muted">
        按最后一次保存的内容，把各部分文字与本单位往年报告和同一上级单位下其他单位同年度的报告逐句比较（不计标题、年份、日期、数字和单位名称）；相似达到 {SIMILARITY_THRESHOLD}% 的部分列在下面。国办公开办函〔2021〕30号要求不得出现年年雷同现象。
      </p>
      {compared.length === 0 ? (
        <p>没有可以比较的其他报告。</p>
      ) : sections.length === 0 ? (
        <p>各部分与比较的 {compared.length} 份报告相似均未达到 {SIMILARITY_THRESHOLD}%。</p>
      ) : (
        sections.map(({ section, matches }) => (
          <div key={section.key} className="similarity-section">
            <h3>{sectionName(section)}</h3>
            {matches.map((match) => {
              const name = reportName(match.other);
              return (
                <div key={`${match.other.orgName}-${match.other.year}`} className="similarity-match">
                  <p className="similarity-figure">
                    与 {name}（{sourceName(match.other)}）的本部分相似 <strong>{match.percent}%</strong>
                  </p>
                  {match.shared.length > 0 && (
                    <div className="table-scroll">
                      <table className="data-table similarity-table">
                        <caption>相同或几乎相同的句子（{match.shared.length} 句）</caption>
                        <thead>
                          <tr>
                            <th scope="col">本报告</th>
                            <th scope="col">{name}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {match.shared.map((pair, index) => (
                            <tr key={index}>
                              <td>{pair.mine}</td>
                              <td>{pair.theirs}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        ))
      )}
      {compared.length > 0 && (
        <details>
          <summary>比较了哪些报告（{compared.length} 份）</summary>
          <ul>
            {compared.map((ref) => (
              <li key={`${ref.relation}-${ref.orgName}-${ref.year}`}>
                {reportName(ref)}（{sourceName(ref)}）
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
