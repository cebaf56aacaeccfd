import { describe, expect, it } from "vitest";
import type { PublishedReport } from "@/lib/data/public";
import { describeIndex, describeReport } from "./describe";
import { buildIndexView } from "./units";

const report = (overrides: Partial<PublishedReport> = {}): PublishedReport => ({
  orgSlug: "pingtan",
  orgName: "平潭综合实验区",
  year: 2022,
  format: "gov-2021",
  revision: 1,
  publishedAt: new Date("2023-01-20T02:00:00Z"),
  reason: null,
  cells: { "t3.new.total": 74, "t3.total.total": 75 },
  sections: {},
  channels: [],
  scope: "own",
  rollup: null,
  corrections: [{ number: 1, publishedAt: new Date("2023-01-20T02:00:00Z"), reason: null, changes: null }],
  historical: null,
  ...overrides,
});

describe("a report's title and description", () => {
  it("names the unit, the year, the date published and the requests received and closed", () => {
    expect(describeReport(report())).toEqual({
      title: "平潭综合实验区2022年政府信息公开工作年度报告",
      description:
        "平潭综合实验区2022年政府信息公开工作年度报告，2023年1月20日发布。本年度新收政府信息公开申请 74 件，办结 75 件。含全文和统计表，可下载 JSON、CSV、XLSX 数据。",
      path: "/reports/pingtan/2022",
      type: "article",
    });
  });

  it("reads the figures of the 2014 format from its own rows, and leaves out a figure left blank", () => {
    const legacy = report({ year: 2018, format: "legacy-2014", cells: { "t1.req_received.value": 3, "t1.req_closed.value": null } });
    expect(describeReport(legacy).description).toContain("本年度新收政府信息公开申请 3 件。含全文");
    expect(describeReport(report({ cells: {} })).description).not.toContain("本年度");
  });

  it("gives a revision's permanent address its number in the title and a correction's number in the description", () => {
    const second = report({ revision: 2 });
    expect(describeReport(second).description).toMatch(/^平潭综合实验区2022年政府信息公开工作年度报告（第 2 版），/);
    expect(describeReport(second).title).toBe("平潭综合实验区2022年政府信息公开工作年度报告");
    const permanent = describeReport(report(), { permanent: true });
    expect([permanent.title, permanent.path]).toEqual(["平潭综合实验区2022年政府信息公开工作年度报告（第 1 版）", "/reports/pingtan/2022/r/1"]);
  });

  it("says how many units a roll-up sums", () => {
    const rollup = report({
      scope: "rollup",
      rollup: {
        units: [
          { slug: "a", name: "甲镇", source: "published", revision: 1 },
          { slug: "b", name: "乙镇", source: "published", revision: 2 },
        ],
        missing: [],
        blanks: {},
        includeSubmitted: false,
        includeOwn: false,
        builtAt: "2023-02-01T00:00:00Z",
      },
    });
    const described = describeReport(rollup);
    expect(described.title).toBe("平潭综合实验区2022年政府信息公开工作年度报告（汇总）");
    expect(described.description).toContain("发布。汇总下属 2 个单位的报告。本年度新收");
    expect(described.path).toBe("/reports/pingtan/2022/rollup");
  });
});

describe("the index's title and description", () => {
  const units = [
    { id: "c", slug: "shapotou", name: "中卫市沙坡头区", kind: "county" as const, parentId: null },
    { id: "w", slug: "wenchang", name: "文昌镇", kind: "township" as const, parentId: "c" },
  ];
  const view = (q: string, year: number) =>
    buildIndexView({ units, published: [{ orgId: "w", year: 2018, scope: "own" }], query: { q, year }, currentYear: 2025 });

  it("counts the units that published in the year shown", () => {
    expect(describeIndex(view("", 2025), 2025)).toEqual({
      title: "政府信息公开工作年度报告",
      description:
        "按县（区）、乡镇、街道和部门查找各单位的政府信息公开工作年度报告。2025年度已公开 0 个单位，共 2 个单位；可阅读全文，下载 JSON、CSV、XLSX 数据。",
      path: "/reports",
      type: "website",
    });
    const in2018 = describeIndex(view("", 2018), 2025);
    expect([in2018.title, in2018.path]).toEqual(["2018年度政府信息公开工作年度报告", "/reports?year=2018"]);
    expect(in2018.description).toContain("2018年度已公开 1 个单位，共 2 个单位");
  });

  it("repeats the search and says how many units it found, or that it found none", () => {
    expect(describeIndex(view("文昌", 2025), 2025)).toMatchObject({
      title: "查找“文昌”：政府信息公开工作年度报告",
      description: "名称或标识包含“文昌”的单位共 1 个，及其2025年度政府信息公开工作年度报告的公开情况。",
      path: "/reports?q=%E6%96%87%E6%98%8C",
    });
    expect(describeIndex(view("无此单位", 2025), 2025).description).toBe("没有名称或标识包含“无此单位”的单位。");
  });
});
