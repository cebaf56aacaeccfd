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
