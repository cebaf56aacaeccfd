import { describe, expect, it } from "vitest";
import { replayUntil, type HistoryEntry } from "@/lib/history/replay";
import { groupHistory, pageOf, HISTORY_PAGE_SIZE } from "@/lib/history/items";
import { diffText, diffUnits } from "@/lib/history/text-diff";

const R = "rep1";
let sequence = 0;
/** An entry as lib/data writes it; `ms` after a fixed start. */
function entry(ms: number, fields: Omit<HistoryEntry, "id" | "at" | "actorId" | "via"> & { actorId?: string | null; via?: string }): HistoryEntry {
  sequence++;
  return { id: `e${String(sequence).padStart(4, "0")}`, at: new Date(Date.UTC(2026, 0, 5) + ms), actorId: "u1", via: "web", ...fields };
}
const cell = (ms: number, key: string, before: number | null, after: number | null, action = "save") =>
  entry(ms, { entity: "cell", entityId: `${R}:${key}`, action, before: { value: before }, after: { value: after } });
const section = (ms: number, key: string, before: string | null, after: string, action = "save") =>
  entry(ms, { entity: "section", entityId: `${R}:${key}`, action, before: { text: before }, after: { text: after } });
const status = (ms: number, from: string, to: string, extra: Record<string, unknown> = {}, actorId = "u1") =>
  entry(ms, { entity: "status", entityId: R, action: `status:${to}`, before: { status: from }, after: { status: to, ...extra }, actorId });

describe("rebuilding a report from its audit log", () => {
  const created = entry(0, { entity: "report", entityId: R, action: "create", before: null, after: { year: 2025, format: "gov-2021" } });
  const save1 = [cell(60_000, "t3.new.natural", null, 3), section(60_000, "overview", null, "第一稿。")];
  const save2 = [cell(120_000, "t3.new.natural", 3, 5), cell(120_000, "t3.new.total", null, 5)];
  const totals = cell(180_000, "t3.total.total", null, 0, "compute-total");
  const submitted = status(180_004, "draft", "submitted", { reviewComment: null });
  const returned = status(240_000, "submitted", "returned", { reviewComment: "请补充总体情况" }, "u2");
  const log = [created, ...save1, ...save2, totals, submitted, returned];

  it("gives the cells and sections right after any entry, and after the whole log", () => {
    expect(replayUntil(log, save1[1].id)).toEqual({
      format: "gov-2021",
      cells: { "t3.new.natural": 3 },
      sections: { overview: "第一稿。" },
      status: "draft",
      revision: null,
    });
    expect(replayUntil(log, save2[1].id)?.cells).toEqual({ "t3.new.natural": 5, "t3.new.total": 5 });
    expect(replayUntil(log, null)).toMatchObject({ status: "returned", cells: { "t3.total.total": 0 } });
  });

  it("does not depend on the order the entries were read in", () => {
    expect(replayUntil([...log].reverse(), save1[1].id)?.cells).toEqual({ "t3.new.natural": 3 });
  });

  it("answers null for an entry that is not the report's", () => {
    expect(replayUntil(log, "elsewhere")).toBeNull();
  });

  it("rebuilds a report created by an import, then changed to another format and imported again", () => {
    const imported = [
      entry(0, { entity: "report", entityId: R, action: "create", before: null, after: { year: 2020, format: "gov-2019" } }),
      cell(0, "t3.new.natural", null, 7, "import"),
      section(0, "overview", null, "导入的文字。", "import"),
      entry(5, { entity: "revision", entityId: `${R}:1`, action: "publish", before: null, after: { number: 1, reason: null } }),
      status(6, "draft", "published", { correctionReason: null }),
    ];
    // The second import deletes every cell with the format change, then writes the new format's cells (before: null).
    const reimported = [
      entry(600_000, { entity: "report", entityId: R, action: "format", before: { format: "gov-2019" }, after: { format: "gov-2021" } }),
      cell(600_000, "t3.new.total", null, 9, "import"),
      status(600_010, "published", "draft"),
    ];
    const all = [...imported, ...reimported];
    expect(replayUntil(all, imported[4].id)).toEqual({
      format: "gov-2019",
      cells: { "t3.new.natural": 7 },
      sections: { overview: "导入的文字。" },
      status: "published",
      revision: 1,
    });
    expect(replayUntil(all, reimported[2].id)).toEqual({
      format: "gov-2021",
      cells: { "t3.new.total": 9 },
      sections: { overview: "导入的文字。" },
      status: "draft",
      revision: 1,
    });
  });

  it("groups one save into one item, keeps 提交审核 with the totals it computed, and lists the newest first", () => {
    const items = groupHistory(log);
    expect(items.map((item) => item.entries.map((e) => e.action))).toEqual([
      ["status:returned"],
      ["compute-total", "status:submitted"],
      ["save", "save"],
      ["save", "save"],
      ["create"],
    ]);
    expect(items[1].lastId).toBe(submitted.id);
  });

  it("keeps two saves of one person as two items, however quick, and a save followed at once by 提交审核, or 提交审核 by 发布, too", () => {
    const quick = [
      cell(0, "t1.a", null, 1),
      cell(40, "t1.a", 1, 2),
      status(45, "draft", "submitted"),
      entry(50, { entity: "revision", entityId: `${R}:1`, action: "publish", before: null, after: { number: 1, reason: null } }),
      status(52, "submitted", "published"),
    ];
    expect(groupHistory(quick).map((item) => item.entries.map((e) => e.action))).toEqual([["publish", "status:published"], ["status:submitted"], ["save"], ["save"]]);
  });

  it("pages long histories", () => {
    const many = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(many, 3)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(pageOf(many, 99).page).toBe(3);
    expect(pageOf(many, Number.NaN).items).toHaveLength(HISTORY_PAGE_SIZE);
  });
});

describe("text diff of a narrative", () => {
  it("splits into sentences at 。！？； and line breaks", () => {
    expect(diffUnits("一是加强学习。二是完善制度；\n三是强化监督")).toEqual(["一是加强学习。", "二是完善制度；", "三是强化监督"]);
  });

  it("shows a replaced sentence as removed then added, and counts the unchanged ones", () => {
    expect(diffText("甲。乙。丙。丁。", "甲。乙。改过的丙。丁。戊。")).toEqual([
      { kind: "same", count: 2 },
      { kind: "removed", text: "丙。" },
      { kind: "added", text: "改过的丙。" },
      { kind: "same", count: 1 },
      { kind: "added", text: "戊。" },
    ]);
  });

  it("shows a first text as all added", () => {
    expect(diffText("", "新写的。")).toEqual([{ kind: "added", text: "新写的。" }]);
  });
});
