// The cells a reading left blank because the source did not say for certain what they hold:
// where, what was printed there, and why it was not taken.
import type { FormatDef } from "@/lib/formats/types";
import type { UncertainCell } from "@/lib/parse-text/types";
import { cellName } from "@/lib/rules/labels";
import { DataTable } from "@/components/ui/TableScroll";

export function UncertainCells({ format, uncertain }: { format: FormatDef; uncertain: readonly UncertainCell[] }) {
  if (uncertain.length === 0) return null;
  return (
    <DataTable label={`未能确定、已留空的单元格（${uncertain.length} 个）`}>
      <thead>
        <tr>
          <th scope="col">单元格</th>
          <th scope="col" className="whitespace-nowrap">
            原文
          </th>
          <th scope="col" className="min-w-[10em]">
            留空的原因
          </th>
        </tr>
      </thead>
      <tbody>
        {uncertain.map((cell) => (
          <tr key={cell.key} className="uncertain-row">
            <th scope="row" className="font-normal">
              {cellName(format, cell.key)}
            </th>
            <td className="whitespace-nowrap">
              <code>{cell.printed}</code>
            </td>
            <td>{cell.reason}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
