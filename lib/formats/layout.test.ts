import { describe, expect, it } from "vitest";
import { itemBoxes } from "./grid.testutil";
import { FORMAT_IDS, FORMATS, getFormat } from "./index";
import { labelColumns, placeGrid } from "./layout";

const allTables = FORMAT_IDS.flatMap((id) => FORMATS[id].tables.map((t) => [id, t.id, t] as const));

describe.each(allTables)("placeGrid %s %s", (_format, _table, table) => {
  it("puts every item where an HTML table puts it, with its spans", () => {
    const placed = placeGrid(table).flat();
    const boxes = itemBoxes(table);
    expect(placed).toHaveLength(boxes.length);
    placed.forEach((p, i) => {
      expect({ top: p.row, left: p.column, bottom: p.row + p.rowSpan - 1, right: p.column + p.colSpan - 1 }).toEqual(boxes[i]);
      expect(p.header).toBe(p.row < table.headerRows);
    });
  });
});

describe("placeGrid on 表三 (2021)", () => {
  it("places a data row under 三、本年度办理结果 after the group labels that span into it", () => {
    const rows = placeGrid(FORMATS["gov-2021"].tables[1]);
    // Row 7 is 1.属于国家秘密: （三）不予公开 starts on it, under 三、本年度办理结果 from row 5.
    const secret = rows[7].map((p) => [p.column, p.item.type === "label" ? p.item.text : p.item.key]);
    expect(secret.slice(0, 4)).toEqual([
      [1, "（三）不予公开"],
      [2, "1.属于国家秘密"],
      [3, "t3.refused_secret.natural"],
      [4, "t3.refused_secret.business"],
    ]);
    // Row 8, 2.其他法律行政法规禁止公开: both groups cover columns 0 and 1.
    expect(rows[8][0].column).toBe(2);
    expect(rows[5].slice(0, 2)).toMatchObject([
      { column: 0, rowSpan: 22, colSpan: 1 },
      { column: 1, rowSpan: 1, colSpan: 2 },
    ]);
  });
});

describe("labelColumns", () => {
  it("表三 of gov-2021: two narrow group columns and a row-label column, offsets adding up", () => {
    const t3 = getFormat("gov-2021").tables[1];
    expect(labelColumns(t3)).toEqual({ count: 3, widths: [4, 4, 12], offsets: [0, 4, 8] });
  });

  it("表二: one label column as wide as its longest label; 表四 has none", () => {
    const [t2, , t4] = getFormat("gov-2021").tables;
    expect(labelColumns(t2)).toEqual({ count: 1, widths: [8], offsets: [0] });
    expect(labelColumns(t4)).toEqual({ count: 0, widths: [], offsets: [] });
  });

  it("legacy-2014: the indicator column is wide, the unit column narrow", () => {
    const widths = labelColumns(getFormat("legacy-2014").tables[0]).widths;
    expect(widths).toEqual([12, 3]);
  });
});
