import { describe, expect, it } from "vitest";
import { cellDef, computeTotals, derivedTotals, emptyCells, listCells, normalizeCells, sumKnown, sumValues, valuesEqual, withoutDerivedTotals } from "./engine";
import { loadFixtures } from "./fixtures.testutil";
import { FORMATS, getFormat } from "./index";
import type { Cells } from "./types";

const gov2021 = FORMATS["gov-2021"];
const pingtan2021 = () => loadFixtures().find((f) => f.name === "pingtan-2021")!.raw.cells;

describe("cell lookup", () => {
  it("lists cells in table order, t2 before t3 before t4", () => {
    const keys = listCells(gov2021).map((c) => c.key);
    expect(keys[0]).toBe("t2.rules.issued");
    expect(keys[10]).toBe("t3.new.natural");
    expect(keys[keys.length - 1]).toBe("t4.suit_after_review.total");
  });

  it("finds a cell definition by key, and nothing for an unknown key", () => {
    expect(cellDef(gov2021, "t3.granted.natural")).toMatchObject({ table: "t3", row: "granted", column: "natural", kind: "count" });
    expect(cellDef(gov2021, "t3.other.total")).toBeUndefined();
    expect(cellDef(FORMATS["gov-2019"], "t3.other.total")).toBeDefined();
  });

  it("starts a report with every key blank", () => {
    const cells = emptyCells(gov2021);
    expect(Object.keys(cells)).toHaveLength(200);
    expect(Object.values(cells).every((v) => v === null)).toBe(true);
  });

  it("normalizes to the format's keys: absent is blank, foreign keys are dropped", () => {
    const cells = normalizeCells(gov2021, { "t3.new.natural": 4, "t9.x.y": 1 });
    expect(cells["t3.new.natural"]).toBe(4);
    expect(cells["t3.new.business"]).toBeNull();
    expect("t9.x.y" in cells).toBe(false);
  });
});

describe("exact sums", () => {
  it("adds money without binary-float drift", () => {
    expect(sumValues([0.1, 0.2])).toBe(0.3);
    expect(valuesEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(sumValues([24252.311082, 0.000001])).toBe(24252.311083);
    expect(sumValues([75394432.52, 0.48])).toBe(75394433);
  });

  it("sums the known values and lists the blank ones", () => {
    expect(sumKnown({ a: 1, b: null, c: 2 }, ["a", "b", "c", "d"])).toEqual({ sum: 3, blank: ["b", "d"] });
  });
});

describe("computeTotals", () => {
  it("leaves a complete report unchanged", () => {
    const cells = pingtan2021();
    expect(computeTotals(gov2021, cells)).toEqual(cells);
  });

  it("fills a blank row total from its applicant columns", () => {
    const cells: Cells = { ...pingtan2021(), "t3.granted.total": null };
    expect(computeTotals(gov2021, cells)["t3.granted.total"]).toBe(30);
  });

  it("fills the whole 总计 column and the grand total, iterating to a fixed point", () => {
    const cells: Cells = { ...pingtan2021() };
    for (const c of listCells(gov2021)) if (c.table === "t3" && (c.column === "total" || c.row === "total")) cells[c.key] = null;
    const computed = computeTotals(gov2021, cells);
    expect(computed).toEqual(pingtan2021());
  });

  it("never replaces a typed total, even a wrong one", () => {
    const cells: Cells = { ...pingtan2021(), "t3.granted.total": 31 };
    expect(computeTotals(gov2021, cells)["t3.granted.total"]).toBe(31);
  });

  it("does not compute a total while one of its parts is blank", () => {
    const cells: Cells = { ...pingtan2021(), "t4.review.total": null, "t4.review.other": null };
    const computed = computeTotals(gov2021, cells);
    expect(computed["t4.review.total"]).toBeNull();
    expect(computed["t4.review.other"]).toBeNull();
  });

  it("does not touch the input", () => {
    const cells: Cells = { ...pingtan2021(), "t4.review.total": null };
    computeTotals(gov2021, cells);
    expect(cells["t4.review.total"]).toBeNull();
  });

  it("fills legacy totals from their 其中 parts", () => {
    const wenchang = loadFixtures().find((f) => f.name === "wenchang-2018")!.raw;
    const cells: Cells = { ...wenchang.cells, "t1.channels_total.value": null };
    expect(computeTotals(getFormat("legacy-2014"), cells)["t1.channels_total.value"]).toBe(507);
  });
});

describe("withoutDerivedTotals", () => {
  it("keeps of every fixture only what computeTotals cannot give back, and computeTotals restores the document exactly", () => {
    for (const { name, raw } of loadFixtures()) {
      const format = getFormat(raw.format);
      const kept = withoutDerivedTotals(format, raw.cells);
      expect(computeTotals(format, kept), name).toEqual(normalizeCells(format, raw.cells));
      for (const key of listCells(format).map((c) => c.key)) {
        if (!derivedTotals(format).has(key)) expect(kept[key], `${name} ${key}`).toBe(raw.cells[key] ?? null);
      }
    }
  });

  it("drops a total that agrees, keeps one that disagrees and one whose parts are blank", () => {
    const cells: Cells = { ...pingtan2021(), "t3.granted.total": 999, "t3.new.legal": null };
    const kept = withoutDerivedTotals(gov2021, cells);
    expect(kept["t3.granted.total"]).toBe(999);
    expect(kept["t3.new.total"]).toBe(cells["t3.new.total"]);
    expect(kept["t3.carried_out.total"]).toBeNull();
  });
});
