// Where every item of a table's grid lands: row and column of its top-left corner, as an HTML
// table places it (an item goes to the first column its row has not already given to a rowSpan
// from above). The browser does this for the public page; the XLSX and DOCX exports need the
// positions themselves to merge cells and to size columns.
import type { GridItem, TableDef } from "./types";

export interface PlacedItem {
  item: GridItem;
  /** 0-based row of the grid */
  row: number;
  /** 0-based column of the grid */
  column: number;
  rowSpan: number;
  colSpan: number;
  /** the item is in the column header (the first `headerRows` rows) */
  header: boolean;
}

/** The items of each grid row with their positions, row by row as the grid lists them. */
export function placeGrid(table: TableDef): PlacedItem[][] {
  // covered[r] holds the columns of row r taken by rowSpans that started above it
  const covered: Set<number>[] = table.grid.map(() => new Set<number>());
  return table.grid.map((items, row) => {
    let column = 0;
    return items.map((item) => {
      while (covered[row].has(column)) column++;
      const placed: PlacedItem = {
        item,
        row,
        column,
        rowSpan: item.rowSpan ?? 1,
        colSpan: item.colSpan ?? 1,
        header: row < table.headerRows,
      };
      for (let below = row + 1; below < row + placed.rowSpan && below < table.grid.length; below++) {
        for (let c = column; c < column + placed.colSpan; c++) covered[below].add(c);
      }
      column += placed.colSpan;
      return placed;
    });
  });
}

/** How wide each label column of a table is set, in em, where it stays in view while the numbers scroll. */
export interface LabelColumns {
  /** the grid columns left of the first number cell */
  count: number;
  widths: number[];
  /** where each label column begins: the sum of the widths before it */
  offsets: number[];
}

/**
 * The label columns of a table and their widths: a column of group labels that each span
 * several rows (三、本年度办理结果, （三）不予公开) is narrow, as the label can run down its rows; a
 * column of row labels is as wide as its longest label, up to 12em, where longer ones wrap.
 */
export function labelColumns(table: TableDef): LabelColumns {
  const placed = placeGrid(table).flat();
  const count = Math.min(...placed.filter((p) => p.item.type === "cell").map((p) => p.column));
  const widths = Array.from({ length: Number.isFinite(count) ? count : 0 }, (_, column) => {
    const own = placed.filter((p) => p.item.type === "label" && !p.header && p.column === column && p.colSpan === 1);
    if (own.length > 0 && own.every((p) => p.rowSpan > 1)) return 4;
    const longest = Math.max(0, ...own.map((p) => (p.item.type === "label" ? p.item.text.length : 0)));
    return Math.min(12, Math.max(3, longest + 1));
  });
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return { count: widths.length, widths, offsets };
}

const isColumnHeader = (p: PlacedItem) => p.item.type === "label" && (p.item.scope === "col" || p.item.scope === "colgroup");
const isRowHeader = (p: PlacedItem) => p.item.type === "label" && (p.item.scope === "row" || p.item.scope === "rowgroup");
const overlaps = (start: number, span: number, otherStart: number, otherSpan: number) => start < otherStart + otherSpan && otherStart < start + span;

/**
 * The header cells (th) that name each other item of the grid, every level of them, for the
 * `headers` attribute that ties a number to its row and column labels:
 * - the row headers left of it in its rows (a rowgroup spanning them included);
 * - the column headers above it in its columns, from the nearest band of header rows (a table
 *   such as 表二 starts a new band above each of its blocks);
 * - a group label the template prints in a row of its own (2014's "三、依申请公开情况",
 *   "(一)收到申请数" above "1.当面申请数"): the nearest header above that the cell's official
 *   row or column label names as one of its parts.
 * In the order row headers, then column headers, outermost first.
 */
export function gridHeaders(table: TableDef, placed: PlacedItem[][] = placeGrid(table)): Map<PlacedItem, PlacedItem[]> {
  const all = placed.flat();
  const paths = new Map(table.cells.map((cell) => [cell.key, [...(cell.rowPath ?? [cell.rowLabel]), ...(cell.columnPath ?? [cell.columnLabel])]]));
  const result = new Map<PlacedItem, PlacedItem[]>();
  for (const target of all) {
    if (isColumnHeader(target) || isRowHeader(target)) continue;
    const rows = all.filter((h) => isRowHeader(h) && overlaps(h.row, h.rowSpan, target.row, target.rowSpan) && h.column + h.colSpan <= target.column);
    // The nearest band of column headers above: skip the rows without any, then take rows while they have some.
    const band: PlacedItem[] = [];
    let inBand = false;
    for (let row = target.row - 1; row >= 0; row--) {
      const headers = placed[row].filter(isColumnHeader);
      if (headers.length === 0) {
        if (inBand) break;
        continue;
      }
      inBand = true;
      band.push(...headers.filter((h) => overlaps(h.column, h.colSpan, target.column, target.colSpan)));
    }
    const found = new Set([...rows, ...band]);
    const named: PlacedItem[] = [];
    const parts = target.item.type === "cell" ? (paths.get(target.item.key) ?? []) : [];
    for (const part of parts) {
      if ([...found].some((h) => h.item.type === "label" && h.item.text === part)) continue;
      const nearest = all
        .filter((h) => (isRowHeader(h) || isColumnHeader(h)) && h.row < target.row && h.item.type === "label" && h.item.text === part)
        .sort((a, b) => b.row - a.row)[0];
      if (nearest) {
        named.push(nearest);
        found.add(nearest);
      }
    }
    const rowsOuterFirst = [...rows, ...named.filter(isRowHeader)].sort((a, b) => a.column - b.column || a.row - b.row);
    const columnsOuterFirst = [...band, ...named.filter(isColumnHeader)].sort((a, b) => a.row - b.row || a.column - b.column);
    result.set(target, [...rowsOuterFirst, ...columnsOuterFirst]);
  }
  return result;
}
