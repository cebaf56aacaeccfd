// A report's file as it was read: its paragraphs in order, its tables as tables (a cell that
// spans several slots is repeated in each, as the reader sees it).
import type { SourceBlock } from "@/lib/parse-text/types";

export function SourceView({ blocks, omitted }: { blocks: readonly SourceBlock[]; omitted: number }) {
  const tableNumbers = new Map(blocks.filter((block) => block.kind === "table").map((block, index) => [block, index + 1]));
  return (
    <div className="source-view">
      {blocks.map((block, index) => {
        if (block.kind === "paragraph") return block.text.trim() === "" ? null : <p key={index}>{block.text}</p>;
        return (
          <table key={index} className="source-table">
            <caption className="visually-hidden">原文第 {tableNumbers.get(block)} 个表格</caption>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    // a printed table's first row is its header
                    r === 0 ? (
                      <th key={c} scope="col">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {omitted > 0 && <p className="muted">（原文较长，以下 {omitted} 段未显示。）</p>}
    </div>
  );
}
