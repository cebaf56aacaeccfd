import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import { cellDef, listCells } from "@/lib/formats/engine";
import type { CellDef } from "@/lib/formats/types";
import { planPaste, readPastedValue, splitClipboard, stripLabels, type PastePlan } from "./paste";

const gov2021 = getFormat("gov-2021");
const [t2, t3, t4] = gov2021.tables;
const blankTexts = () => Object.fromEntries(listCells(gov2021).map((c) => [c.key, ""]));
const def = (key: string): CellDef => {
  const found = cellDef(gov2021, key);
  if (!found) throw new Error(key);
  return found;
};
const tsv = (rows: string[][], eol = "\r\n") => rows.map((r) => r.join("\t")).join(eol) + eol;

function block(plan: PastePlan) {
  if (plan.kind !== "block") throw new Error(`expected a block, got ${JSON.stringify(plan)}`);
  return plan;
}
const after = (plan: PastePlan) => Object.fromEntries(block(plan).changes.map((c) => [c.key, c.after]));

describe("splitClipboard", () => {
  it("splits tab-separated rows on CRLF, LF or CR and drops the final line break", () => {
    expect(splitClipboard("1\t2\r\n3\t4\r\n")).toEqual([["1", "2"], ["3", "4"]]);
    expect(splitClipboard("1\t2\n3\t4")).toEqual([["1", "2"], ["3", "4"]]);
    expect(splitClipboard("1\r2\r")).toEqual([["1"], ["2"]]);
  });

  it("keeps empty cells, including trailing ones", () => {
    expect(splitClipboard("1\t\t3\n\t\t\n")).toEqual([["1", "", "3"], ["", "", ""]]);
  });

  it("reads a quoted cell with a line break, a tab and doubled quotes inside as one cell", () => {
    expect(splitClipboard('"三、本年度\n办理结果"\t"a\tb"\t"say ""hi"""\r\n5\t6\t7\r\n')).toEqual([
      ["三、本年度\n办理结果", "a\tb", 'say "hi"'],
      ["5", "6", "7"],
    ]);
  });

  it("leaves a quote that does not close a cell as text", () => {
    expect(splitClipboard('"12\t3\n')).toEqual([['"12', "3"]]);
  });
});

describe("readPastedValue", () => {
  const count = def("t3.new.natural");
  const money = def("t2.fees.amount");
  it.each([
    ["1,234", 1234],
    ["1，234", 1234],
    ["１２３", 123],
    ["12 345", 12345],
    [" 7 ", 7],
    ["0", 0],
  ])("reads %j as %d", (raw, value) => {
    expect(readPastedValue(count, raw)).toEqual({ ok: true, value });
  });

  it.each(["/", "／", "—", "——", "－", "-", "–", "", "  "])("reads %j as blank (not applicable), never 0", (raw) => {
    expect(readPastedValue(count, raw)).toEqual({ ok: true, value: null });
  });

  it("reads money with decimals and thousands separators in 万元", () => {
    expect(readPastedValue(money, "1,234.56")).toEqual({ ok: true, value: 1234.56 });
    expect(readPastedValue(money, "０．５")).toEqual({ ok: true, value: 0.5 });
  });

  it("refuses 无, which may mean 0 or not applicable, saying how to write each", () => {
    expect(readPastedValue(count, "无")).toEqual({ ok: false, reason: "没有发生请填 0，不适用请留空或填“/”" });
  });

  it("refuses text, misplaced separators and numbers the cell cannot hold", () => {
    expect(readPastedValue(count, "abc")).toEqual({ ok: false });
    expect(readPastedValue(count, "12件")).toEqual({ ok: false });
    expect(readPastedValue(count, "1,23")).toEqual({ ok: false });
    expect(readPastedValue(count, "－5")).toEqual({ ok: false, reason: "应为不小于 0 的整数" });
    expect(readPastedValue(count, "1.5").ok).toBe(false);
  });
});

describe("planPaste", () => {
  const twoBySix = [
    ["2", "0", "0", "0", "0", "1"],
    ["0", "0", "0", "0", "0", "0"],
  ];

  it("a 2×6 block fills twelve cells from the focused one, right and down, never one cell", () => {
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard: tsv(twoBySix), texts: blankTexts() });
    expect(block(plan).rows).toBe(2);
    expect(block(plan).columns).toBe(6);
    expect(after(plan)).toEqual({
      "t3.new.natural": "2", "t3.new.business": "0", "t3.new.research": "0", "t3.new.nonprofit": "0", "t3.new.legal": "0", "t3.new.other": "1",
      "t3.carried_in.natural": "0", "t3.carried_in.business": "0", "t3.carried_in.research": "0", "t3.carried_in.nonprofit": "0", "t3.carried_in.legal": "0", "t3.carried_in.other": "0",
    });
  });

  it("lists only the cells whose value changes, with their text before and after", () => {
    const texts = { ...blankTexts(), "t3.new.natural": "2", "t3.new.business": "1,000" };
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard: "2\t1000\t5\n", texts });
    expect(block(plan).changes).toEqual([{ key: "t3.new.research", before: "", after: "5" }]);
  });

  it("a single value is typed normalised: 1,234 → 1234, / → blank; text is left to typing", () => {
    const single = (clipboard: string) => planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard, texts: blankTexts() });
    expect(single("1,234\r\n")).toEqual({ kind: "single", text: "1234" });
    expect(single("／")).toEqual({ kind: "single", text: "" });
    expect(single("十二")).toEqual({ kind: "typing" });
    expect(single("")).toEqual({ kind: "typing" });
  });

  it("a block with text changes no cell and names each bad cell by its labels with the text found", () => {
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard: "3\tabc\n4\t无\n", texts: blankTexts() });
    expect(plan).toEqual({
      kind: "refused",
      message:
        "粘贴的内容中有 2 处不是数字，未改变任何单元格：“一、本年新收政府信息公开申请数量 法人或其他组织 商业企业”：“abc”；“二、上年结转政府信息公开申请数量 法人或其他组织 商业企业”：“无”（没有发生请填 0，不适用请留空或填“/”）。数量为零请填 0，不适用请留空或填“/”。",
    });
  });

  it("a block past the table's edge is refused, saying its size and what fits", () => {
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.legal", clipboard: tsv(twoBySix), texts: blankTexts() });
    expect(plan).toEqual({
      kind: "refused",
      message:
        "粘贴的内容有 2 行 6 列，从“一、本年新收政府信息公开申请数量 法人或其他组织 法律服务机构”起本表只容得下 25 行 3 列，未改变任何单元格。请从更靠左或靠上的单元格开始粘贴，或少复制一些行列。",
    });
  });

  it("a row copied with the template's merged label columns lands on the numbers, not the labels", () => {
    const rows = [
      ["一、本年新收政府信息公开申请数量", "", "", "5", "1", "0", "0", "0", "0", "6"],
      ["二、上年结转政府信息公开申请数量", "", "", "0", "0", "0", "0", "0", "0", "0"],
    ];
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard: tsv(rows), texts: blankTexts() });
    expect(after(plan)["t3.new.natural"]).toBe("5");
    expect(after(plan)["t3.new.business"]).toBe("1");
    expect(block(plan).columns).toBe(7);
  });

  it("label columns given from the middle of a row group and with spaces are recognised", () => {
    const rows = [
      ["三、本年度办理结果", "（三）不予公开", "1.属于 国家秘密", "1", "", "", "", "", "", "1"],
      ["", "", "2.其他法律行政法规禁止公开", "2", "", "", "", "", "", "2"],
    ];
    expect(stripLabels(rows, t3)).toEqual([
      ["1", "", "", "", "", "", "1"],
      ["2", "", "", "", "", "", "2"],
    ]);
    expect(stripLabels([["", "2.其他法律行政法规禁止公开", "2"]].map((r) => r.slice(1)), t3)).toEqual([["2"]]);
  });

  it("the header rows of 表三 copied along are left out", () => {
    const header = [
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""],
      ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
      ["", "", "", "", "商业 企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
      ["一、本年新收政府信息公开申请数量", "", "", "9", "", "", "", "", "", "9"],
    ];
    expect(stripLabels(header, t3)).toEqual([["9", "", "", "", "", "", "9"]]);
  });

  it("a data row whose numbers are all blank is kept (it clears its cells), not taken for a header", () => {
    // Its row group's merged label is blank in a row copied from the middle of the group.
    expect(stripLabels([["", "（七）总计", "", "", "", "", "", "", "", ""]], t3)).toEqual([["", "", "", "", "", "", ""]]);
  });

  it("a pasted total is not stored; one that disagrees with its parts is reported with both numbers", () => {
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard: "1\t1\t1\t1\t1\t1\t9\n", texts: blankTexts() });
    expect(after(plan)["t3.new.total"]).toBeUndefined();
    expect(block(plan).totals).toEqual([{ key: "t3.new.total", pasted: 9, computed: 6 }]);
    const agreeing = planPaste({ format: gov2021, table: t3, start: "t3.new.natural", clipboard: "1\t1\t1\t1\t1\t1\t6\n", texts: blankTexts() });
    expect(block(agreeing).totals).toEqual([]);
  });

  it("表二: a merged one-column block takes its value and the blanks Excel copies for the merge", () => {
    const plan = planPaste({ format: gov2021, table: t2, start: "t2.normative.issued", clipboard: "1\t2\t3\n12\t\t\n", texts: blankTexts() });
    expect(after(plan)).toEqual({ "t2.normative.issued": "1", "t2.normative.repealed": "2", "t2.normative.in_force": "3", "t2.license.decisions": "12" });
  });

  it("表二: a number where the merged cell continues is refused, naming the merged cell", () => {
    const plan = planPaste({ format: gov2021, table: t2, start: "t2.normative.issued", clipboard: "1\t2\t3\n12\t5\t\n", texts: blankTexts() });
    expect(plan.kind).toBe("refused");
    expect(plan.kind === "refused" && plan.message).toContain("第 2 行第 2 列的“5”（这里没有可填的单元格，属于合并的“第二十条第（五）项 行政许可 本年处理决定数量”）");
  });

  it("表二: the header rows of the next block, copied along, are passed over like the positions", () => {
    const rows = [["规章", "1", "0", "5"], ["行政规范性文件", "2", "1", "9"], ["第二十条第（五）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""], ["行政许可", "30", "", ""]];
    const plan = planPaste({ format: gov2021, table: t2, start: "t2.rules.issued", clipboard: tsv(rows, "\n"), texts: blankTexts() });
    expect(after(plan)["t2.license.decisions"]).toBe("30");
    expect(after(plan)["t2.normative.in_force"]).toBe("9");
  });

  it("表四: a copied row of fifteen numbers fills the one row; the block totals are checked, not stored", () => {
    const row = ["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "1", "0", "0", "2"];
    const plan = planPaste({ format: gov2021, table: t4, start: "t4.review.upheld", clipboard: row.join("\t"), texts: blankTexts() });
    expect(Object.keys(after(plan))).toHaveLength(12);
    expect(block(plan).totals).toEqual([{ key: "t4.suit_after_review.total", pasted: 2, computed: 1 }]);
  });

  it("trailing blank columns past the edge (a merged cell's blanks) do not make the block too wide", () => {
    const plan = planPaste({ format: gov2021, table: t3, start: "t3.new.other", clipboard: "1\t\t\t\n2\t\t\t\n", texts: blankTexts() });
    expect(after(plan)).toEqual({ "t3.new.other": "1", "t3.carried_in.other": "2" });
  });

  it("legacy-2014: the header, a heading row and the label and unit columns copied along are left out; full-width brackets match", () => {
    const legacy = getFormat("legacy-2014");
    const rows = [
      ["统计指标", "单位", "统计数"],
      ["一、主动公开情况", "", ""],
      ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "186"],
      ["其中：主动公开规范性文件数", "条", "12"],
    ];
    const texts = Object.fromEntries(listCells(legacy).map((c) => [c.key, ""]));
    const plan = planPaste({ format: legacy, table: legacy.tables[0], start: "t1.proactive_total.value", clipboard: tsv(rows), texts });
    expect(after(plan)).toEqual({ "t1.proactive_total.value": "186", "t1.proactive_normative.value": "12" });
  });
});
