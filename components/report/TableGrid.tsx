// The official table laid out from its grid: thead = the first `headerRows` rows, spans and
// header scopes exactly as the format defines them. Used by the public table and the editor,
// which differ only in what a cell holds. The label columns keep their widths and stay in
// view (sticky) while the numbers scroll sideways in the table's frame. Every header cell has
// an id and every other cell lists its row and column headers (all levels) in `headers`, so
// that a screen reader announces both labels of each number.
import type { ReactNode } from "react";
import type { CellDef, GridItem, TableDef } from "@/lib/formats/types";
import { gridHeaders, labelColumns, placeGrid, type LabelColumns, type PlacedItem } from "@/lib/formats/layout";

export interface TableGridProps {
  table: TableDef;
  renderCell: (cell: CellDef) => ReactNode;
  cellClassName?: (cell: CellDef) => string | undefined;
  className?: string;
  /** begins the ids of the header cells; the table's id by default (unique among a report's tables) */
  idPrefix?: string;
}

// Widths and offsets are classes (globals.css: label-left-N, label-width-N, in em scaled down
// on narrow screens), as the content security policy refuses style attributes.
const widthClass = (em: number) => `label-width-${em}`;

/** Where a label within the label columns sticks, and how wide it is: its classes, or "" outside them. */
function stickyClasses(placed: PlacedItem, columns: LabelColumns): string {
  if (placed.column + placed.colSpan > columns.count) return "";
  const width = columns.widths.slice(placed.column, placed.column + placed.colSpan).reduce((sum, w) => sum + w, 0);
  const edge = placed.column + placed.colSpan === columns.count ? " report-sticky-edge" : "";
  return ` report-sticky label-left-${columns.offsets[placed.column]} ${widthClass(width)}${edge}`;
}

function GridLabel({ item, sticky, id, headers }: { item: Extract<GridItem, { type: "label" }>; sticky: string; id: string; headers?: string }) {
  const spans = { rowSpan: item.rowSpan, colSpan: item.colSpan };
  if (item.scope) {
    const row = item.scope === "row" || item.scope === "rowgroup";
    return (
      <th id={id} scope={item.scope} {...spans} className={(row ? "report-th-row" : "report-th-col") + sticky}>
        {item.text}
      </th>
    );
  }
  return (
    <td {...spans} headers={headers} className={"report-td-label" + sticky}>
      {item.text}
    </td>
  );
}

interface RowProps extends Pick<TableGridProps, "renderCell" | "cellClassName"> {
  placed: PlacedItem[];
  cells: Map<string, CellDef>;
  columns: LabelColumns;
  headerIds: (p: PlacedItem) => string | undefined;
  idOf: (p: PlacedItem) => string;
}

function GridRow({ placed, cells, columns, renderCell, cellClassName, headerIds, idOf }: RowProps) {
  return (
    <tr>
      {placed.map((p, index) => {
        const { item } = p;
        // The first column draws the table's left edge, so that it stays with a sticky label.
        const first = p.column === 0 ? " report-first-column" : "";
        const headers = headerIds(p);
        if (item.type === "label") return <GridLabel key={index} item={item} sticky={stickyClasses(p, columns) + first} id={idOf(p)} headers={headers} />;
        const cell = cells.get(item.key);
        if (!cell) return <td key={index} rowSpan={item.rowSpan} colSpan={item.colSpan} headers={headers} className={first.trim() || undefined} />;
        const extra = cellClassName?.(cell);
        return (
          <td key={item.key} rowSpan={item.rowSpan} colSpan={item.colSpan} headers={headers} className={`report-td-num${first}${extra ? ` ${extra}` : ""}`}>
            {renderCell(cell)}
          </td>
        );
      })}
    </tr>
  );
}

export function TableGrid({ table, renderCell, cellClassName, className, idPrefix = table.id }: TableGridProps) {
  const cells = new Map(table.cells.map((cell) => [cell.key, cell]));
  const placed = placeGrid(table);
  const columns = labelColumns(table);
  const head = placed.slice(0, table.headerRows);
  const body = placed.slice(table.headerRows);
  const headersOf = gridHeaders(table, placed);
  const idOf = (p: PlacedItem) => `${idPrefix}-h${p.row}-${p.column}`;
  const headerIds = (p: PlacedItem) => {
    const ids = headersOf.get(p)?.map(idOf);
    return ids && ids.length > 0 ? ids.join(" ") : undefined;
  };
  const rowProps = { cells, columns, renderCell, cellClassName, headerIds, idOf };
  return (
    <table className={className ? `report-table ${className}` : "report-table"}>
      <caption>{table.title}</caption>
      {columns.count > 0 && (
        <colgroup>
          {columns.widths.map((width, index) => (
            <col key={index} className={widthClass(width)} />
          ))}
          <col span={table.width - columns.count} />
        </colgroup>
      )}
      {head.length > 0 && (
        <thead>
          {head.map((row, index) => (
            <GridRow key={index} placed={row} {...rowProps} />
          ))}
        </thead>
      )}
      <tbody>
        {body.map((row, index) => (
          <GridRow key={index} placed={row} {...rowProps} />
        ))}
      </tbody>
    </table>
  );
}
