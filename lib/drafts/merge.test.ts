import { describe, expect, it } from "vitest";
import { mergeThreeWay, resolveMerge } from "./merge";

const base = { a: "1", b: "2", c: "3", d: "4", e: "" };

describe("mergeThreeWay", () => {
  it("takes what only they changed, keeps what only I changed, and lists what both changed differently", () => {
    const mine = { ...base, b: "20", c: "30", e: "5" };
    const theirs = { ...base, a: "10", c: "31", e: "5" };
    expect(mergeThreeWay({ base, mine, theirs }, ["e", "d", "c", "b", "a"])).toEqual({
      theirs: { a: "10" },
      mine: ["b"],
      conflicts: [{ key: "c", base: "3", mine: "30", theirs: "31" }],
    });
  });

  it("finds nothing to decide when both made the same change or nobody changed anything", () => {
    expect(mergeThreeWay({ base, mine: { ...base, a: "9" }, theirs: { ...base, a: "9" } })).toEqual({ theirs: {}, mine: [], conflicts: [] });
    expect(mergeThreeWay({ base, mine: base, theirs: base })).toEqual({ theirs: {}, mine: [], conflicts: [] });
  });

  it("treats a missing key as blank: they cleared a value I left alone, I filled one they never had", () => {
    const { a: _a, ...theirs } = base;
    expect(mergeThreeWay({ base, mine: { ...base, f: "7" }, theirs })).toEqual({ theirs: { a: "" }, mine: ["f"], conflicts: [] });
  });

  it("sees a blank made by one side and a new value by the other as a conflict", () => {
    expect(mergeThreeWay({ base, mine: { ...base, d: "" }, theirs: { ...base, d: "40" } }).conflicts).toEqual([{ key: "d", base: "4", mine: "", theirs: "40" }]);
  });
});

describe("resolveMerge", () => {
  it("honours each choice and takes their lone changes", () => {
    const mine = { ...base, b: "20", c: "30", d: "41" };
    const theirs = { ...base, a: "10", c: "31", d: "42" };
    const merge = mergeThreeWay({ base, mine, theirs });
    expect(resolveMerge(mine, merge, { c: "theirs", d: "mine" })).toEqual({ a: "10", b: "20", c: "31", d: "41", e: "" });
  });

  it("decides nothing the user has not chosen", () => {
    const merge = mergeThreeWay({ base, mine: { ...base, a: "5" }, theirs: { ...base, a: "6" } });
    expect(() => resolveMerge({ ...base, a: "5" }, merge, {})).toThrow("no choice for a");
  });
});
