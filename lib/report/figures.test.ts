import { describe, expect, it } from "vitest";
import { FORMAT_IDS, getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import type { FormatId } from "@/lib/formats/types";
import {
  APPEAL_FIGURES,
  OUTCOME_FIGURES,
  PROACTIVE_FIGURES,
  REQUEST_FIGURES,
  figureCells,
  figureFormula,
  figureNumber,
  figureUnit,
  figureValue,
  type FigureId,
} from "./figures";

const fixtures = Object.fromEntries(loadFixtures().map((f) => [f.name, f.raw]));
const ALL: FigureId[] = [...REQUEST_FIGURES, ...OUTCOME_FIGURES, ...APPEAL_FIGURES, ...PROACTIVE_FIGURES];

function figuresOf(name: string): Record<string, number | null> {
  const doc = fixtures[name];
  return Object.fromEntries(ALL.map((id) => [id, figureNumber(id, doc.format, doc.cells)]));
}

describe("figures of the real reports, checked by hand against formats.md §6", () => {
  it("pingtan-2021: 70 new, 69 concluded (70 + 0 − 1), outcomes 30/5/8/25/0/1 and 1 pending, 复议 3, 诉讼 12", () => {
    expect(figuresOf("pingtan-2021")).toEqual({
      new: 70,
      concluded: 69,
      granted: 30,
      partial: 5,
      // （三）5 三类内部事务 1 + 7 行政执法案卷 6 + 8 行政查询事项 1
      refused: 8,
      // （四）1 本机关不掌握 25
      unable: 25,
      declined: 0,
      // （六）3 其他 1
      other: 1,
      pending: 1,
      review: 3,
      review_corrected: 0,
      // 未经复议直接起诉 12 + 复议后起诉 0
      suit: 12,
      suit_corrected: 0,
      rules_issued: 0,
      normative_issued: 69,
      proactive_items: null,
    });
  });

  it("wenchang-2018 (legacy-2014): no requests, 186 items published, no 不予处理, 规章 or 尚未办结 in its format", () => {
    const doc = fixtures["wenchang-2018"];
    expect(figuresOf("wenchang-2018")).toEqual({
      new: 0,
      concluded: 0,
      granted: 0,
      partial: 0,
      refused: 0,
      unable: 0,
      declined: null,
      other: 0,
      pending: null,
      review: 0,
      review_corrected: 0,
      suit: 0,
      suit_corrected: 0,
      rules_issued: null,
      normative_issued: 0,
      proactive_items: 186,
    });
    for (const id of ["declined", "pending", "rules_issued"] as const) expect(figureValue(id, doc.format, doc.cells)).toEqual({ state: "absent" });
  });

  it("pingtan-2019 (gov-2019, one （六） row) and pingtan-2022: the outcomes add up to 办结", () => {
    expect(figuresOf("pingtan-2019")).toMatchObject({ new: 23, concluded: 23, granted: 7, partial: 1, refused: 0, unable: 12, declined: 3, other: 0, normative_issued: 89 });
    expect(figuresOf("pingtan-2022")).toMatchObject({ new: 74, concluded: 75, granted: 21, partial: 9, refused: 4, unable: 37, other: 4, review: 2, review_corrected: 1, suit: 1 });
    for (const name of ["pingtan-2019", "pingtan-2021", "pingtan-2022"]) {
      const f = figuresOf(name);
      const outcomes = OUTCOME_FIGURES.filter((id) => id !== "pending").reduce((sum, id) => sum + (f[id] ?? 0), 0);
      expect(outcomes, name).toBe(f.concluded);
    }
  });
});

describe("figureValue", () => {
  it("is blank, not 0, when a cell it needs was left blank", () => {
    const cells = { ...fixtures["pingtan-2021"].cells, "t3.carried_out.total": null };
    expect(figureValue("concluded", "gov-2021", cells)).toEqual({ state: "blank" });
    expect(figureValue("new", "gov-2021", cells)).toEqual({ state: "value", value: 70 });
  });
});

describe("the registry of figures", () => {
  it("names only cells that exist in each format", () => {
    for (const formatId of FORMAT_IDS) {
      const keys = new Set(listCells(getFormat(formatId)).map((c) => c.key));
      for (const id of ALL) for (const key of figureCells(id, formatId)) expect(keys.has(key), `${formatId} ${id} ${key}`).toBe(true);
    }
  });

  it("explains each figure with the official labels of the format", () => {
    expect(figureFormula("concluded", "gov-2021")).toBe(
      "办结 = 一、本年新收政府信息公开申请数量（总计） + 二、上年结转政府信息公开申请数量（总计） − 四、结转下年度继续办理（总计）",
    );
    expect(figureFormula("refused", "gov-2021")).toBe("不予公开 = “（三）不予公开”各项之和（总计，共8项）");
    expect(figureFormula("other", "gov-2019")).toBe("其他处理 = （六）其他处理（总计）");
    expect(figureFormula("suit", "gov-2021")).toBe("行政诉讼 = 未经复议直接起诉（总计） + 复议后起诉（总计）");
    expect(figureFormula("new", "legacy-2014")).toBe("新收 = (一)收到申请数");
    expect(figureFormula("unable", "legacy-2014")).toBe("无法提供 = 5.不属于本行政机关公开数 + 6.申请信息不存在数");
    expect(figureFormula("declined", "legacy-2014")).toBeNull();
  });

  it("has a formula for every figure a format has", () => {
    for (const formatId of FORMAT_IDS as readonly FormatId[])
      for (const id of ALL) expect(figureFormula(id, formatId) === null, `${formatId} ${id}`).toBe(figureCells(id, formatId).length === 0);
  });
});

describe("figureUnit", () => {
  it("takes the unit the format names (主动公开政府信息数 in 条), else 件", () => {
    expect(figureUnit("proactive_items", ["gov-2021", "legacy-2014"])).toBe("条");
    expect(figureUnit("new", ["gov-2021"])).toBe("件");
    expect(figureUnit("normative_issued", ["gov-2021"])).toBe("件");
  });
});
