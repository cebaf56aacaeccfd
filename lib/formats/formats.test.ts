import { describe, expect, it } from "vitest";
import { listCells } from "./engine";
import { loadFixtures, readShared } from "./fixtures.testutil";
import { occupyGrid } from "./grid.testutil";
import { FORMAT_IDS, FORMATS, formatForYear, getFormat, isFormatId } from "./index";
import type { FormatDef, GridItem, TableDef } from "./types";

/** Places every grid item like an HTML table does and reports what does not fit. */
const layoutProblems = (table: TableDef) => occupyGrid(table).problems;

const gridCellKeys = (table: TableDef) =>
  table.grid.flat().flatMap((item: GridItem) => (item.type === "cell" ? [item.key] : []));
const gridLabels = (table: TableDef) =>
  table.grid.flat().flatMap((item: GridItem) => (item.type === "label" ? [item.text] : []));
const allTables = FORMAT_IDS.flatMap((id) => FORMATS[id].tables.map((t) => [id, t.id, t] as const));

describe("format registry", () => {
  it("lists the three formats by id", () => {
    expect(FORMAT_IDS).toEqual(["legacy-2014", "gov-2019", "gov-2021"]);
    for (const id of FORMAT_IDS) expect(getFormat(id).id).toBe(id);
  });

  it("recognises format ids and nothing else", () => {
    expect(isFormatId("gov-2021")).toBe(true);
    expect(isFormatId("gov-2020")).toBe(false);
    expect(isFormatId(2021)).toBe(false);
  });

  it("names 新收 and 办结 of each format by the official labels of their rows", () => {
    const labels = (format: FormatDef) =>
      [format.requestTotals.received, format.requestTotals.closed].map((key) => listCells(format).find((c) => c.key === key)?.rowLabel.split(" ").at(-1));
    expect(labels(getFormat("legacy-2014"))).toEqual(["(一)收到申请数", "(二)申请办结数"]);
    for (const id of ["gov-2019", "gov-2021"] as const) {
      expect(labels(getFormat(id))).toEqual(["一、本年新收政府信息公开申请数量", "（七）总计"]);
    }
  });

  it("picks legacy-2014 up to 2018, gov-2019 for 2019–2020 and gov-2021 from 2021", () => {
    expect([2008, 2018, 2019, 2020, 2021, 2030].map((y) => formatForYear(y).id)).toEqual([
      "legacy-2014",
      "legacy-2014",
      "gov-2019",
      "gov-2019",
      "gov-2021",
      "gov-2021",
    ]);
  });
});

describe("cell counts", () => {
  const counts = (f: FormatDef) => Object.fromEntries(f.tables.map((t) => [t.id, t.cells.length]));
  it("gov-2021 has 10 + 175 + 15 = 200 cells", () => {
    expect(counts(FORMATS["gov-2021"])).toEqual({ t2: 10, t3: 175, t4: 15 });
  });
  it("gov-2019 has 22 + 161 + 15 = 198 cells", () => {
    expect(counts(FORMATS["gov-2019"])).toEqual({ t2: 22, t3: 161, t4: 15 });
  });
  it("legacy-2014 has 59 cells", () => {
    expect(counts(FORMATS["legacy-2014"])).toEqual({ t1: 59 });
  });
  it("keys are unique and follow table.row.column", () => {
    for (const id of FORMAT_IDS) {
      const keys = listCells(FORMATS[id]).map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of listCells(FORMATS[id])) expect(c.key).toBe(`${c.table}.${c.row}.${c.column}`);
    }
  });
});

describe("cell keys match the fixtures exactly", () => {
  for (const fixture of loadFixtures()) {
    it(fixture.name, () => {
      const format = getFormat(fixture.raw.format);
      expect(Object.keys(fixture.raw.cells)).toEqual(listCells(format).map((c) => c.key));
    });
  }
});

describe.each(allTables)("%s %s grid", (_format, _table, table) => {
  it("fills exactly `width` columns on every row after spans", () => {
    expect(layoutProblems(table)).toEqual([]);
  });
  it("shows every cell exactly once", () => {
    const keys = gridCellKeys(table);
    expect([...keys].sort()).toEqual(table.cells.map((c) => c.key).sort());
  });
  it("puts only labels in the header rows", () => {
    expect(table.grid.slice(0, table.headerRows).flat().every((i) => i.type === "label")).toBe(true);
  });
});

describe("official labels", () => {
  const formatsMd = readShared("domain/formats.md");

  it("every gov label occurs verbatim in formats.md", () => {
    for (const id of ["gov-2019", "gov-2021"] as const) {
      const format = FORMATS[id];
      const texts = new Set([
        ...format.tables.flatMap(gridLabels),
        ...listCells(format).flatMap((c) => [...(c.rowPath ?? []), ...(c.columnPath ?? [])]),
        ...format.sections.filter((s) => !s.untitled).map((s) => s.heading),
      ]);
      const missing = [...texts].filter((t) => !formatsMd.includes(t));
      expect(missing).toEqual([]);
    }
  });

  it("gov-2021 表三 rows are the rows of formats.md §1.4, in order", () => {
    const section = formatsMd.slice(formatsMd.indexOf("### 1.4"), formatsMd.indexOf("### 1.5"));
    const documented = [...section.matchAll(/^\| (?:R[\d.]+|—) \| (.+?) \|/gm)].map((m) => m[1]);
    const rows = FORMATS["gov-2021"].tables.find((t) => t.id === "t3")!;
    const seen: string[] = [];
    for (const cell of rows.cells.filter((c) => c.column === "natural")) {
      for (const part of cell.rowPath ?? []) if (!seen.includes(part)) seen.push(part);
    }
    expect(seen).toEqual(documented);
  });

  it("三、本年度办理结果 spans 22 rows in 2021 and 20 in 2019; its groups span 8/3/5/3", () => {
    const spanOf = (id: "gov-2019" | "gov-2021", text: string) =>
      FORMATS[id].tables
        .find((t) => t.id === "t3")!
        .grid.flat()
        .find((i) => i.type === "label" && i.text === text)?.rowSpan;
    const results = FORMATS["gov-2021"].tables[1].cells.find((c) => c.row === "granted")!.rowPath![0];
    expect(spanOf("gov-2021", results)).toBe(22);
    expect(spanOf("gov-2019", results)).toBe(20);
    const groups = FORMATS["gov-2021"].tables[1].cells
      .filter((c) => c.column === "total" && (c.rowPath?.length ?? 0) === 3)
      .map((c) => c.rowPath![1]);
    const distinct = [...new Set(groups)];
    expect(distinct.map((g) => spanOf("gov-2021", g))).toEqual([8, 3, 5, 3]);
  });

  it("legacy labels are the seed's 统计表 labels with the OCR spaces removed", () => {
    const seed = readShared("seeds/000_8522b7fa46d6f532.txt");
    const table = seed.slice(seed.lastIndexOf("统 计 指 标"));
    const lines = table.split("\n").map((line) => line.split("\t").map((field) => field.replace(/\s+/g, "")));
    const printed = lines.flat().filter((field) => field !== "");
    // The seed prints some notes on the line below their indicator.
    const firsts = lines.map((fields) => fields[0]).filter((label) => label !== "");
    const pairs = firsts.slice(1).map((label, i) => firsts[i] + label);
    const format = FORMATS["legacy-2014"];
    // Units are left out: the OCR reads 个 as "^" and 条 as "不"; interchange.md gives them.
    const headers = format.tables[0].grid.flat().flatMap((i) => (i.type === "label" && i.scope ? [i.text] : []));
    const labels = [...headers, ...listCells(format).map((c) => c.rowPath!.at(-1)!)];
    const missing = labels.filter((l) => !printed.includes(l) && !pairs.includes(l));
    expect(missing).toEqual([]);
  });

  it("cell labels are the row path and column path joined by a space", () => {
    for (const id of FORMAT_IDS) {
      for (const c of listCells(FORMATS[id])) {
        expect(c.rowLabel).toBe(c.rowPath!.join(" "));
        expect(c.columnLabel).toBe(c.columnPath!.join(" "));
      }
    }
  });

  it("accessible names (row + column label) are unique within a format", () => {
    for (const id of FORMAT_IDS) {
      const names = listCells(FORMATS[id]).map((c) => `${c.rowLabel} ${c.columnLabel}`);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("表四 cells name the block as row and the result as column", () => {
    const cell = listCells(FORMATS["gov-2021"]).find((c) => c.key === "t4.suit_direct.upheld")!;
    const t4 = FORMATS["gov-2021"].tables[2];
    const [litigation, direct, upheld] = [gridLabels(t4)[1], gridLabels(t4)[7], gridLabels(t4)[2]];
    expect(cell.rowLabel).toBe(`${litigation} ${direct}`);
    expect(cell.columnLabel).toBe(upheld);
  });
});

describe("number kinds", () => {
  const kindOf = (id: keyof typeof FORMATS, key: string) => listCells(FORMATS[id]).find((c) => c.key === key);
  it("marks money cells with their unit and 6 decimals", () => {
    expect(kindOf("gov-2021", "t2.fees.amount")).toMatchObject({ kind: "money", unit: "万元", decimals: 6 });
    expect(kindOf("gov-2019", "t2.procurement.amount")).toMatchObject({ kind: "money", unit: "元", decimals: 6 });
    expect(kindOf("legacy-2014", "t1.fees.value")).toMatchObject({ kind: "money", unit: "万元" });
    expect(kindOf("legacy-2014", "t1.budget.value")).toMatchObject({ kind: "money", unit: "万元" });
  });
  it("marks only the 2019 本年增/减 cells as signed", () => {
    const signed = FORMAT_IDS.flatMap((id) => listCells(FORMATS[id]).filter((c) => c.kind === "signed-count").map((c) => c.key));
    expect(signed).toEqual([
      "t2.license.change",
      "t2.other_services.change",
      "t2.penalty.change",
      "t2.coercion.change",
      "t2.fees.change",
    ]);
  });
  it("counts everything else", () => {
    for (const id of FORMAT_IDS) {
      const money = listCells(FORMATS[id]).filter((c) => c.kind === "money").length;
      expect(money).toBe(id === "gov-2019" ? 1 : id === "gov-2021" ? 1 : 2);
    }
  });
});

describe("sections", () => {
  it("gov formats have the preamble and the six template sections, tables on 二三四", () => {
    for (const id of ["gov-2019", "gov-2021"] as const) {
      const sections = FORMATS[id].sections;
      expect(sections.map((s) => s.key)).toEqual(["preamble", "overview", "proactive", "requests", "review_litigation", "problems", "other"]);
      expect(sections.map((s) => s.table ?? null)).toEqual([null, null, "t2", "t3", "t4", null, null]);
      expect(sections.every((s) => s.narrative && s.guidance.length > 0)).toBe(true);
      expect(sections[0]).toMatchObject({ heading: "", untitled: true });
    }
  });
  it("only 2021 asks for the 信息处理费 report in 六, and only 2021 limits 一 to 一千字", () => {
    const other = (id: "gov-2019" | "gov-2021") => FORMATS[id].sections.find((s) => s.key === "other")!.guidance;
    const overview = (id: "gov-2019" | "gov-2021") => FORMATS[id].sections.find((s) => s.key === "overview")!.guidance;
    expect(other("gov-2021")).toContain("信息处理费");
    expect(other("gov-2019")).not.toContain("信息处理费");
    expect(overview("gov-2021")).toContain("一千字");
    expect(overview("gov-2019")).not.toContain("一千字");
  });
  it("legacy has the preamble, three narrative sections and the 统计表 section", () => {
    const sections = FORMATS["legacy-2014"].sections;
    expect(sections.map((s) => [s.key, s.table ?? null, s.narrative])).toEqual([
      ["preamble", null, true],
      ["overview", null, true],
      ["problems", null, true],
      ["plans", null, true],
      ["statistics", "t1", false],
    ]);
  });
});

describe("rules in the definitions", () => {
  const rulesOf = (f: FormatDef) => f.sums.reduce<Record<string, number>>((n, s) => ({ ...n, [s.rule]: (n[s.rule] ?? 0) + 1 }), {});
  it("gov-2021: I1 and I2 per column, I3 per row, I7 per block", () => {
    expect(rulesOf(FORMATS["gov-2021"])).toEqual({ I1: 7, I2: 7, I3: 25, I7: 3 });
    expect(rulesOf(FORMATS["gov-2019"])).toEqual({ I1: 7, I2: 7, I3: 23, I7: 3 });
  });
  it("I2 adds the 21 (2021) or 19 (2019) outcome rows", () => {
    expect(FORMATS["gov-2021"].sums.find((s) => s.rule === "I2")!.right).toHaveLength(21);
    expect(FORMATS["gov-2019"].sums.find((s) => s.rule === "I2")!.right).toHaveLength(19);
  });
  it("legacy has L1–L8 as warnings", () => {
    const sums = FORMATS["legacy-2014"].sums;
    expect(sums.map((s) => s.rule)).toEqual(["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"]);
    expect(sums.every((s) => s.severity === "warning" && s.left.length === 1)).toBe(true);
  });
  it("every rule names existing cells", () => {
    for (const id of FORMAT_IDS) {
      const keys = new Set(listCells(FORMATS[id]).map((c) => c.key));
      for (const s of FORMATS[id].sums) for (const k of [...s.left, ...s.right]) expect(keys.has(k)).toBe(true);
    }
  });
  it("W1 compares 其他处理 without a lawful outcome (2021: 3.其他 only) with 总计; W4 looks at the 规章 row", () => {
    expect(FORMATS["gov-2021"].otherHandling).toEqual({ rows: ["t3.other_misc.total"], total: "t3.total.total" });
    expect(FORMATS["gov-2019"].otherHandling).toEqual({ rows: ["t3.other.total"], total: "t3.total.total" });
    expect(FORMATS["gov-2021"].townshipForbidden).toEqual(["t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"]);
    expect(FORMATS["gov-2019"].townshipForbidden).toEqual(["t2.rules.made", "t2.rules.published", "t2.rules.public_total"]);
  });
});

describe("legacy units", () => {
  it("match the unit column of interchange.md", () => {
    const doc = readShared("domain/interchange.md");
    const legacy = doc.slice(doc.indexOf("## legacy-2014"));
    const cells = listCells(FORMATS["legacy-2014"]);
    let checked = 0;
    for (const line of legacy.split("\n")) {
      const columns = line.split("|").map((c) => c.trim());
      const unit = columns[3];
      if (!line.startsWith("| `") || !unit) continue;
      for (const [, id] of columns[1].matchAll(/`([a-z_]+)`/g)) {
        expect([id, cells.find((c) => c.row === id)?.unit]).toEqual([id, unit]);
        checked++;
      }
    }
    expect(checked).toBe(56); // all but meetings / trainings / trainees, whose units sit in the label column
  });
});
