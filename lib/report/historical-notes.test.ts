import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import type { Finding } from "@/lib/formats/types";
import { findingsProblem, noteHighlights, noteLead, noteNumbersByCell, notesOfFindings, notesOfTable, noteText, numberNotes } from "./historical-notes";

const gov2021 = getFormat("gov-2021");
const legacy = getFormat("legacy-2014");

describe("noteLead", () => {
  it("says a sum is wrong for every identity of the format, the legacy sums included", () => {
    for (const rule of ["I1", "I2", "I3", "I7"]) expect(noteLead(gov2021, rule)).toBe("原报告此处合计有误：");
    expect(noteLead(legacy, "L1")).toBe("原报告此处合计有误：");
  });

  it("names text against table, last year, a number's kind and an unreadable cell each in its own words", () => {
    expect(noteLead(gov2021, "N1")).toBe("原报告文字与表格不一致：");
    expect(noteLead(gov2021, "I5")).toBe("原报告与上一年度报告不衔接：");
    expect(noteLead(gov2021, "I4")).toBe("原报告此处数字不符合填报要求：");
    expect(noteLead(gov2021, "I9")).toBe("原报告此处数字不符合填报要求：");
    expect(noteLead(gov2021, "P1")).toBe("原报告此处未能准确辨认：");
    expect(noteLead(gov2021, "W1")).toBe("原报告此处存疑：");
  });

  it("makes no note of a blank cell or a short section: the page shows them as they are", () => {
    expect(noteLead(gov2021, "blank")).toBeNull();
    expect(noteLead(gov2021, "N2")).toBeNull();
  });
});

describe("notes of findings", () => {
  const findings: Finding[] = [
    { rule: "I2", severity: "error", cells: ["t3.total.total", "t3.granted.total"], sections: ["requests"], message: "合计不符。请核对并修改这些数字。", fact: "合计不符。" },
    { rule: "blank", severity: "warning", cells: ["t2.fees.amount"], message: "空白。" },
    { rule: "N1", severity: "warning", cells: ["t3.new.total"], sections: ["overview"], message: "文字写 75。", excerpt: { section: "overview", start: 0, end: 4 } },
  ];

  it("keeps the fact without the advice, numbers the notes and finds them by table and by cell", () => {
    const notes = numberNotes(notesOfFindings(gov2021, findings));
    expect(notes.map(({ number, note }) => [number, noteText(gov2021, note)])).toEqual([
      [1, "原报告此处合计有误：合计不符。"],
      [2, "原报告文字与表格不一致：文字写 75。"],
    ]);
    expect(notesOfTable(gov2021, "t3", notes).map((n) => n.number)).toEqual([1, 2]);
    expect(notesOfTable(gov2021, "t2", notes)).toEqual([]);
    expect(noteNumbersByCell(notes).get("t3.total.total")).toEqual([1]);
    expect(noteNumbersByCell(notes).get("t3.new.total")).toEqual([2]);
    expect(noteHighlights(notes, "overview")).toEqual([{ start: 0, end: 4, severity: "warning" }]);
    expect(noteHighlights(notes, "requests")).toEqual([]);
  });

  it("refuses findings that name a cell, a section or a passage the report does not have", () => {
    expect(findingsProblem(gov2021, { overview: "全年收到申请75件。" }, findings)).toBeUndefined();
    expect(findingsProblem(gov2021, { overview: "全年" }, findings)).toBe("第 3 条检查结果（N1）所指的文字不在报告的该部分中");
    expect(findingsProblem(gov2021, {}, [{ ...findings[0], sections: ["nowhere"] }])).toBe("第 1 条检查结果（I2）涉及的部分“nowhere”不在报告格式 gov-2021 中");
    expect(findingsProblem(gov2021, {}, [{ ...findings[0], rule: "I2; DROP" }])).toBe("第 1 条检查结果的规则编号“I2; DROP”无效");
    // Only the findings that are kept are checked, each named by its place in the whole list.
    const unread: Finding = { rule: "P1", severity: "warning", cells: ["t3.nowhere"], message: "无法辨认。" };
    expect(findingsProblem(gov2021, {}, [{ ...findings[0], sections: ["nowhere"] }, unread], (f) => f.rule === "P1")).toBe(
      "第 2 条检查结果（P1）涉及的单元格“t3.nowhere”不在报告格式 gov-2021 中",
    );
  });
});
