// The official table laid out from its grid: thead = the first `headerRows` rows, spans and
// header scopes exactly as the format defines them. Used by the public table and the editor,
// which differ only in what a cell holds.
import type { ReactNode } from "react";
import type { CellDef, GridItem, TableDef } from "@/lib/formats/types";

export interface TableGridProps {
  table: TableDef;
  renderCell: (cell: CellDef) => ReactNode;
  cellClassName?: (cell: CellDef) => string | undefined;
  className?: string;
}

function GridLabel({ item }: { item: Extract<GridItem, { type: "label" }> }) {
  const spans = { rowSpan: item.rowSpan, colSpan: item.colSpan };
  if (item.scope) {
    const row = item.scope === "row" || item.scope === "rowgroup";
    return (
      <th scope={item.scope} {...spans} className={row ? "report-th-row" : "report-th-col"}>
        {item.text}
      </th>
    );
  }
  return (
    <td {...spans} className="report-td-label">
      {item.text}
    </td>
  );
}

function GridRow({ items, cells, renderCell, cellClassName }: { items: GridItem[]; cells: Map<string, CellDef> } & Pick<TableGridProps, "renderCell" | "cellClassName">) {
  return (
    <tr>
      {items.map((item, index) => {
        if (item.type === "label") return <GridLabel key={index} item={item} />;
        const cell = cells.get(item.key);
        if (!cell) return <td key={index} rowSpan={item.rowSpan} colSpan={item.colSpan} />;
        const extra = cellClassName?.(cell);
        return (
          <td key={item.key} rowSpan={item.rowSpan} colSpan={item.colSpan} className={extra ? `report-td-num ${extra}` : "report-td-num"}>
            {renderCell(cell)}
          </td>
        );
      })}
    </tr>
  );
}

export function TableGrid({ table, renderCell, cellClassName, className }: TableGridProps) {
  const cells = new Map(table.cells.map((cell) => [cell.key, cell]));
  const head = table.grid.slice(0, table.headerRows);
  const body = table.grid.slice(table.headerRows);
  const rowProps = { cells, renderCell, cellClassName };
  return (
    <table className={className ? `report-table ${className}` : "report-table"}>
      <caption>{table.title}</caption>
      {head.length > 0 && (
        <thead>
          {head.map((items, index) => (
            <GridRow key={index} items={items} {...rowProps} />
          ))}
        </thead>
      )}
      <tbody>
        {body.map((items, index) => (
          <GridRow key={index} items={items} {...rowProps} />
        ))}
      </tbody>
    </table>
  );
}
