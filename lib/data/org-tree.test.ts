import { describe, expect, it } from "vitest";
import { orderAsTree, sortByName, subtreeIds } from "@/lib/data/org-tree";

const node = (id: string, parentId: string | null = null) => ({ id, parentId });

describe("orderAsTree", () => {
  it("puts every unit after its parent, deeper by one, siblings in the order given", () => {
    const ordered = orderAsTree([node("town-b", "county"), node("county"), node("village", "town-a"), node("town-a", "county"), node("other")]);
    expect(ordered.map(({ id, depth }) => `${depth}:${id}`)).toEqual(["0:county", "1:town-b", "1:town-a", "2:village", "0:other"]);
  });

  it("starts a tree at a unit whose parent is not in the list, and keeps units caught in a cycle", () => {
    const ordered = orderAsTree([node("town", "hidden-county"), node("a", "b"), node("b", "a")]);
    expect(ordered.map(({ id, depth }) => `${depth}:${id}`)).toEqual(["0:town", "0:a", "1:b"]);
  });
});

describe("subtreeIds", () => {
  it("finds the unit and everything below it, however the list is ordered", () => {
    const nodes = [node("village", "town"), node("town", "county"), node("county"), node("sibling", "county"), node("elsewhere")];
    expect([...subtreeIds(nodes, "town")].sort()).toEqual(["town", "village"]);
    expect([...subtreeIds(nodes, "county")].sort()).toEqual(["county", "sibling", "town", "village"]);
  });
});

describe("sortByName", () => {
  it("sorts Chinese names by 拼音, then by slug", () => {
    const units = [
      { name: "乙镇", slug: "b" },
      { name: "甲镇", slug: "z" },
      { name: "甲镇", slug: "a" },
      { name: "沙坡头区", slug: "s" },
    ];
    expect(sortByName(units).map((u) => `${u.name}/${u.slug}`)).toEqual(["甲镇/a", "甲镇/z", "沙坡头区/s", "乙镇/b"]);
  });
});
