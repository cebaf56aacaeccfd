import { describe, expect, it } from "vitest";
import { loadFixtures } from "@/lib/formats/fixtures.testutil";
import { comparePeers, figureDatum, figureNotes, presentFigures, yearSeries, SMALL_NUMBERS_NOTE, type PeerUnit } from "./comparison";

const fixtures = Object.fromEntries(loadFixtures().map((f) => [f.name, f.raw]));
const report = (name: string) => ({ format: fixtures[name].format, cells: fixtures[name].cells });

describe("yearSeries", () => {
  it("puts a unit's years oldest first, across formats, with absent figures marked", () => {
    const series = yearSeries(
      [
        { year: 2022, ...report("pingtan-2022") },
        { year: 2019, ...report("pingtan-2019") },
        { year: 2018, ...report("wenchang-2018") },
      ],
      ["new", "concluded", "declined"],
    );
    expect(series.years).toEqual([2018, 2019, 2022]);
    expect(series.values.new).toEqual([
      { state: "value", value: 0 },
      { state: "value", value: 23 },
      { state: "value", value: 74 },
    ]);
    expect(series.values.concluded.map((v) => (v.state === "value" ? v.value : v.state))).toEqual([0, 23, 75]);
    expect(series.values.declined[0]).toEqual({ state: "absent" });
  });
});

describe("figureNotes", () => {
  it("explains the figures once per format used, newest format first, and says where a format lacks one", () => {
    const notes = figureNotes(["new", "declined"], ["legacy-2014", "gov-2021", "gov-2021"]);
    expect(notes.map((n) => n.format)).toEqual([
      "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》（2021年起）",
      "国办发〔2014〕32号《政府信息公开情况统计表》（2014—2018年）",
    ]);
    expect(notes[1].lines).toEqual(["新收 = (一)收到申请数", "不予处理：该格式无此项"]);
  });
});

describe("comparePeers", () => {
  const withNew = (name: string, slug: string, newRequests: number): PeerUnit => {
    const base = report("pingtan-2021");
    return { slug, name, report: { format: base.format, cells: { ...base.cells, "t3.new.total": newRequests, "t3.carried_out.total": 0 } } };
  };

  it("computes pingtan-2021's shares by hand: 8 ÷ 69 不予公开, 1 ÷ 69 其他处理, (3 + 12) ÷ 70 × 100", () => {
    const [row] = comparePeers([{ slug: "pingtan", name: "平潭综合实验区", report: report("pingtan-2021") }]);
    expect(row).toEqual({
      slug: "pingtan",
      name: "平潭综合实验区",
      status: "ranked",
      rank: 1,
      format: "gov-2021",
      metrics: { new: 70, refusedShare: 11.6, otherShare: 1.4, appealsPer100: 21.4 },
    });
  });

  it("ranks by new requests, flags units below 5 requests without a rank, lists the unpublished last", () => {
    const rows = comparePeers([
      { slug: "c", name: "丙镇", report: null },
      withNew("乙镇", "b", 12),
      withNew("丁镇", "d", 4),
      { slug: "w", name: "文昌镇", report: report("wenchang-2018") },
      withNew("甲镇", "a", 30),
      withNew("戊镇", "e", 5),
    ]);
    expect(rows.map((r) => [r.slug, r.status, "rank" in r ? r.rank : undefined])).toEqual([
      ["a", "ranked", 1],
      ["b", "ranked", 2],
      ["e", "ranked", 3],
      ["d", "small", null],
      ["w", "small", null],
      ["c", "unpublished", undefined],
    ]);
    // wenchang-2018: no requests, so no shares (办结 0) and no rate per 100 requests
    const wenchang = rows.find((r) => r.slug === "w");
    expect(wenchang && "metrics" in wenchang ? wenchang.metrics : null).toEqual({ new: 0, refusedShare: null, otherShare: null, appealsPer100: null });
    expect(SMALL_NUMBERS_NOTE).toBe("申请量少于5件，比例不具可比性");
  });
});

describe("figureDatum and presentFigures", () => {
  it("write a missing figure as absent from the format or left blank, and drop figures no year has", () => {
    expect(figureDatum({ state: "value", value: 3 })).toEqual({ value: 3 });
    expect(figureDatum({ state: "absent" })).toEqual({ note: "—（该年格式无此项）" });
    expect(figureDatum({ state: "blank" })).toEqual({ note: "未填报" });
    const series = yearSeries([{ year: 2021, ...report("pingtan-2021") }], ["rules_issued", "normative_issued", "proactive_items"]);
    expect(presentFigures(series, ["rules_issued", "normative_issued", "proactive_items"])).toEqual(["rules_issued", "normative_issued"]);
  });
});
