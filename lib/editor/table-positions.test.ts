import { describe, expect, it } from "vitest";
import { FORMAT_IDS, getFormat } from "@/lib/formats";
import { derivedTotals } from "@/lib/formats/engine";
import { moveFrom, tablePositions, type Move } from "./table-positions";

function walk(positions: ReturnType<typeof tablePositions>, from: string, move: Move, skip: ReadonlySet<string>): string[] {
  const visited = [from];
  for (let next = moveFrom(positions, from, move, skip); next !== null; next = moveFrom(positions, next, move, skip)) visited.push(next);
  return visited;
}

describe.each(FORMAT_IDS.flatMap((id) => getFormat(id).tables.map((table) => [id, table.id, table] as const)))("%s %s", (id, _tableId, table) => {
  const skip = derivedTotals(getFormat(id));
  const positions = tablePositions(table);
  const typed = table.cells.map((c) => c.key).filter((key) => !skip.has(key));

  it("Tab visits every typed cell once, in the order of the template, and passes over computed totals", () => {
    expect(walk(positions, typed[0], "next", skip)).toEqual(typed);
    expect(walk(positions, typed[typed.length - 1], "previous", skip)).toEqual([...typed].reverse());
  });

  it("Tab stops at the table's last typed cell, so that the next Tab leaves the table", () => {
    expect(moveFrom(positions, typed[typed.length - 1], "next", skip)).toBeNull();
    expect(moveFrom(positions, typed[0], "previous", skip)).toBeNull();
  });

  it("each cell is at one top-left position and covers only positions of its own", () => {
    expect(positions.order).toEqual(table.cells.map((c) => c.key));
    for (const [key, box] of positions.boxes) expect(positions.keys[box.row][box.column]).toBe(key);
  });

  it("a move never lands on a computed total, and right then left comes back where the row goes on", () => {
    for (const key of typed) {
      for (const move of ["up", "down", "left", "right"] as const) {
        const to = moveFrom(positions, key, move, skip);
        if (to !== null) expect(skip.has(to)).toBe(false);
      }
      const right = moveFrom(positions, key, "right", skip);
      if (right !== null) expect(moveFrom(positions, right, "left", skip)).toBe(key);
    }
  });
});

describe("moves on the official tables", () => {
  const gov2021 = getFormat("gov-2021");
  const skip = derivedTotals(gov2021);
  const t2 = tablePositions(gov2021.tables[0]);
  const t3 = tablePositions(gov2021.tables[1]);
  const t4 = tablePositions(gov2021.tables[2]);

  it("表三: Down from the last outcome passes over （七）总计 to 结转下年度; Up comes back", () => {
    expect(moveFrom(t3, "t3.other_misc.natural", "down", skip)).toBe("t3.carried_out.natural");
    expect(moveFrom(t3, "t3.carried_out.natural", "up", skip)).toBe("t3.other_misc.natural");
  });

  it("表三: Right from 其他 stops (总计 is computed); Tab goes on to the next row's 自然人", () => {
    expect(moveFrom(t3, "t3.new.other", "right", skip)).toBeNull();
    expect(moveFrom(t3, "t3.new.other", "next", skip)).toBe("t3.carried_in.natural");
    expect(moveFrom(t3, "t3.new.natural", "right", skip)).toBe("t3.new.business");
  });

  it("表三 from a computed total (clicked into): the moves start at its position", () => {
    expect(moveFrom(t3, "t3.total.natural", "down", skip)).toBe("t3.carried_out.natural");
    expect(moveFrom(t3, "t3.new.total", "left", skip)).toBe("t3.new.other");
  });

  it("表二: a one-column block's cell spans the row, as a merged cell; Down keeps the column where it begins", () => {
    expect(t2.keys[2]).toEqual(["t2.license.decisions", "t2.license.decisions", "t2.license.decisions"]);
    expect(moveFrom(t2, "t2.normative.in_force", "down", skip)).toBe("t2.license.decisions");
    expect(moveFrom(t2, "t2.license.decisions", "up", skip)).toBe("t2.normative.issued");
    expect(moveFrom(t2, "t2.license.decisions", "right", skip)).toBeNull();
  });

  it("表四: one row of fifteen positions; Right from 尚未审结 passes over the block's 总计", () => {
    expect(t4.keys).toHaveLength(1);
    expect(t4.keys[0]).toHaveLength(15);
    expect(moveFrom(t4, "t4.review.pending", "right", skip)).toBe("t4.suit_direct.upheld");
    expect(moveFrom(t4, "t4.review.pending", "down", skip)).toBeNull();
  });

  it("legacy-2014: Down goes to the next indicator, over the heading rows between them", () => {
    const legacy = getFormat("legacy-2014");
    const table = tablePositions(legacy.tables[0]);
    expect(table.keys.every((row) => row.length === 1)).toBe(true);
    const [first, second] = legacy.tables[0].cells;
    expect(moveFrom(table, first.key, "down", derivedTotals(legacy))).toBe(second.key);
  });
});
