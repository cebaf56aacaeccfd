import { describe, expect, it } from "vitest";
import { buildIndexView, indexYears, matchesQuery, QUERY_MAX_LENGTH, readIndexQuery, yearCounts, type IndexUnit, type IndexView, type PublishedYear } from "./units";

const unit = (id: string, name: string, kind: IndexUnit["kind"], parentId: string | null = null): IndexUnit => ({ id, slug: `s-${id}`, name, kind, parentId });

// A city with a county below it, a county at the top with every kind of unit, and a county alone.
const UNITS: IndexUnit[] = [
  unit("county", "测试县", "county"),
  unit("jia", "甲镇", "township", "county"),
  unit("yi", "乙镇", "township", "county"),
  unit("street", "东街街道", "subdistrict", "county"),
  unit("bureau", "教育局", "department", "county"),
  unit("school", "实验学校", "other", "bureau"),
  unit("city", "某市", "other"),
  unit("bing", "丙县", "county", "city"),
  unit("ding", "丁镇", "township", "bing"),
  unit("office", "市政府办公室", "department", "city"),
  unit("pingtan", "平潭综合实验区", "county"),
];

const PUBLISHED: PublishedYear[] = [
  { orgId: "jia", year: 2024, scope: "own" },
  { orgId: "jia", year: 2022, scope: "own" },
  { orgId: "county", year: 2024, scope: "rollup" },
  { orgId: "county", year: 2024, scope: "own" },
  { orgId: "ding", year: 2025, scope: "own" },
  { orgId: "school", year: 2024, scope: "own" },
];

const view = (q = "", year = 2024): IndexView => buildIndexView({ units: UNITS, published: PUBLISHED, query: { q, year }, currentYear: 2025 });

/** Each group as "head: kind label [names]" lines. */
function outline(v: IndexView): string[] {
  return v.groups.map((g) => `${g.head.unit.name}: ${g.kinds.map((k) => `${k.label}[${k.rows.map((r) => r.unit.name).join(",")}]`).join(" ")}`);
}

describe("the units grouped by their hierarchy", () => {
  it("puts each county's townships, subdistricts, departments and other units under it, and a county below a city in a group of its own, in 拼音 order", () => {
    expect(outline(view())).toEqual([
      "测试县: 乡镇[甲镇,乙镇] 街道[东街街道] 县级部门[教育局] 其他[实验学校]",
      "某市: 县级部门[市政府办公室]",
      "丙县: 乡镇[丁镇]",
      "平潭综合实验区: ",
    ]);
  });

  it("names the unit directly above a unit that is not the head of its group", () => {
    const county = view().groups.find((g) => g.head.unit.id === "county")!;
    const rows = county.kinds.flatMap((k) => k.rows);
    expect(rows.map((r) => [r.unit.name, r.under])).toEqual([
      ["甲镇", null],
      ["乙镇", null],
      ["东街街道", null],
      ["教育局", null],
      ["实验学校", "教育局"],
    ]);
  });

  it("says for the year shown which units published their own report or roll-up, and their other years", () => {
    const county = view().groups.find((g) => g.head.unit.id === "county")!;
    expect([county.head.own, county.head.rollup]).toEqual([true, true]);
    const byName = new Map(county.kinds.flatMap((k) => k.rows).map((r) => [r.unit.name, r]));
    expect(byName.get("甲镇")).toMatchObject({ own: true, rollup: false, otherYears: [{ year: 2022, scope: "own" }] });
    expect(byName.get("乙镇")).toMatchObject({ own: false, rollup: false, otherYears: [] });
    const in2025 = view("", 2025).groups.find((g) => g.head.unit.id === "county")!;
    expect(in2025.kinds[0].rows.map((r) => [r.unit.name, r.own, r.otherYears.map((o) => o.year)])).toEqual([
      ["甲镇", false, [2024, 2022]],
      ["乙镇", false, []],
    ]);
    // The county published its roll-up of 2023 only: that year links to the roll-up.
    const withRollup = buildIndexView({ units: UNITS, published: [...PUBLISHED, { orgId: "county", year: 2023, scope: "rollup" }], query: { q: "", year: 2025 }, currentYear: 2025 });
    expect(withRollup.groups.find((g) => g.head.unit.id === "county")!.head.otherYears).toEqual([
      { year: 2024, scope: "own" },
      { year: 2023, scope: "rollup" },
    ]);
  });
});

describe("the years and their counts", () => {
  it("lists every year with a published report and the year being reported on, newest first, once each", () => {
    expect(indexYears(PUBLISHED, 2025)).toEqual([2025, 2024, 2022]);
    expect(indexYears(PUBLISHED, 2026)).toEqual([2026, 2025, 2024, 2022]);
    expect(indexYears([], 2025)).toEqual([2025]);
  });

  it("counts the units that published a report or a roll-up in each year, of all units", () => {
    expect(yearCounts(UNITS, PUBLISHED, [2025, 2024, 2022, 2021])).toEqual([
      { year: 2025, published: 1, total: 11 },
      { year: 2024, published: 3, total: 11 },
      { year: 2022, published: 1, total: 11 },
      { year: 2021, published: 0, total: 11 },
    ]);
  });

  it("shows the year being reported on when asked for a year nobody published", () => {
    expect(view("", 2019).query.year).toBe(2025);
    expect(view("", 2022).query.year).toBe(2022);
  });
});

describe("finding a unit by name", () => {
  it("finds a unit by part of its name, under its county, and no other unit", () => {
    const found = view("乙");
    expect(outline(found)).toEqual(["测试县: 乡镇[乙镇]"]);
    expect(found.groups[0].headMatches).toBe(false);
    expect(found.found).toBe(1);
  });

  it("finds a county by name with none of its units unless they match too", () => {
    const found = view("平潭");
    expect(outline(found)).toEqual(["平潭综合实验区: "]);
    expect([found.groups[0].headMatches, found.found]).toEqual([true, 1]);
  });

  it("finds a unit by its slug in either case", () => {
    expect(matchesQuery({ name: "文昌镇", slug: "wenchang" }, "WenChang")).toBe(true);
    expect(matchesQuery({ name: "文昌镇", slug: "wenchang" }, "chang")).toBe(true);
    expect(matchesQuery({ name: "文昌镇", slug: "wenchang" }, "滨河")).toBe(false);
    expect(outline(view("S-DING"))).toEqual(["丙县: 乡镇[丁镇]"]);
  });

  it("finds nothing when no name or slug contains the query", () => {
    const found = view("不存在的单位");
    expect([found.groups, found.found]).toEqual([[], 0]);
  });
});

describe("the query in the address", () => {
  const read = (search: string) => readIndexQuery(new URL(`http://localhost/reports${search}`), new Date("2026-12-03T12:00:00Z"));

  it("reads ?q= trimmed and ?year=, and defaults to every unit in the year being reported on", () => {
    expect(read("")).toEqual({ q: "", year: 2025 });
    expect(read("?q=%20%E6%96%87%E6%98%8C%20&year=2018")).toEqual({ q: "文昌", year: 2018 });
  });

  it("ignores a year that is no report year", () => {
    expect(read("?year=1999").year).toBe(2025);
    expect(read("?year=20x1").year).toBe(2025);
    expect(read("?year=2021.5").year).toBe(2025);
  });

  it(`cuts a query longer than ${QUERY_MAX_LENGTH} characters, counting a Chinese character as one`, () => {
    const long = "镇".repeat(QUERY_MAX_LENGTH + 10);
    expect(read(`?q=${encodeURIComponent(long)}`).q).toBe("镇".repeat(QUERY_MAX_LENGTH));
    expect(Array.from(read(`?q=${"😀".repeat(60)}`).q)).toHaveLength(QUERY_MAX_LENGTH);
  });
});
