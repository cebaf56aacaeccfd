import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import { hasChanges, revisionChanges, type ComparedRevision } from "@/lib/report/revision-changes";
import { UNTITLED_SECTION_NAME } from "@/lib/report/section-name";

const gov = getFormat("gov-2021");
const revision = (cells: ComparedRevision["cells"], sections: ComparedRevision["sections"] = {}, format = gov): ComparedRevision => ({
  format,
  cells,
  sections,
});

describe("what a correction changed", () => {
  it("names each changed cell by its table, official row and column labels, with the values as printed", () => {
    const before = revision({ "t3.new.natural": 3, "t3.new.total": 3, "t4.review.upheld": 1, "t2.fees.amount": 1.5 });
    const after = revision({ "t3.new.natural": 4, "t3.new.total": 3, "t4.review.upheld": null, "t2.fees.amount": 1.25, "t3.granted.natural": 0 });
    const changes = revisionChanges(before, after);
    expect(changes.format).toBeNull();
    expect(changes.cells).toEqual([
      { key: "t2.fees.amount", table: "表二", rowLabel: "第二十条第（八）项 行政事业性收费", columnLabel: "本年收费金额（单位：万元）", before: "1.5", after: "1.25" },
      { key: "t3.new.natural", table: "表三", rowLabel: "一、本年新收政府信息公开申请数量", columnLabel: "自然人", before: "3", after: "4" },
      { key: "t3.granted.natural", table: "表三", rowLabel: "三、本年度办理结果 （一）予以公开", columnLabel: "自然人", before: "", after: "0" },
      { key: "t4.review.upheld", table: "表四", rowLabel: "行政复议", columnLabel: "结果维持", before: "1", after: "" },
    ]);
    expect(changes.sections).toEqual([]);
    expect(hasChanges(changes)).toBe(true);
  });

  it("names each changed section and gives its removed and added sentences, unchanged ones counted", () => {
    const before = revision({}, { preamble: "本报告依据条例编制。", overview: "第一句。第二句。第三句。", problems: "问题。" });
    const after = revision({}, { preamble: "本报告依据条例编制。", overview: "第一句。第二句改了。第三句。", problems: "问题。\n" });
    const changes = revisionChanges(before, after);
    expect(changes.cells).toEqual([]);
    expect(changes.sections).toEqual([
      {
        key: "overview",
        name: "一、总体情况",
        parts: [
          { kind: "same", count: 1 },
          { kind: "removed", text: "第二句。" },
          { kind: "added", text: "第二句改了。" },
          { kind: "same", count: 1 },
        ],
      },
    ]);
  });

  it("calls the untitled opening by its name, and a section written for the first time all added", () => {
    const changes = revisionChanges(revision({}, {}), revision({}, { preamble: "新写的引言。" }));
    expect(changes.sections).toEqual([{ key: "preamble", name: UNTITLED_SECTION_NAME, parts: [{ kind: "added", text: "新写的引言。" }] }]);
  });

  it("finds nothing between equal revisions", () => {
    const same = revision({ "t3.new.natural": 2 }, { overview: "同一段。" });
    const changes = revisionChanges(same, { ...same, cells: { ...same.cells }, sections: { ...same.sections } });
    expect(changes).toEqual({ format: null, cells: [], sections: [] });
    expect(hasChanges(changes)).toBe(false);
  });

  it("says so when the later revision uses another format, rather than comparing cells of different tables", () => {
    const legacy = getFormat("legacy-2014");
    const changes = revisionChanges(revision({ "t1.req_received.value": 3 }, {}, legacy), revision({ "t3.new.natural": 3 }));
    expect(changes.format).toEqual({ before: legacy.name, after: gov.name });
    expect(changes.cells).toEqual([]);
    expect(hasChanges(changes)).toBe(true);
  });
});
