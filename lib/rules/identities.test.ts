import { describe, expect, it } from "vitest";
import { computeTotals } from "../formats/engine";
import { loadFixtures } from "../formats/fixtures.testutil";
import { getFormat } from "../formats/index";
import type { Cells } from "../formats/types";
import { checkIdentities } from "./identities";

const fixtures = loadFixtures();
const govFixtures = fixtures.filter((f) => f.raw.format !== "legacy-2014");
const fixture = (name: string) => fixtures.find((f) => f.name === name)!.raw;
const check = (name: string, changes: Cells) => {
  const doc = fixture(name);
  const format = getFormat(doc.format);
  return checkIdentities(format, computeTotals(format, { ...doc.cells, ...changes }));
};
const bump = (name: string, key: string, by = 1) => ({ [key]: (fixture(name).cells[key] as number) + by });
const column = (c: string) => [`t3.new.${c}`, `t3.carried_in.${c}`, `t3.total.${c}`, `t3.carried_out.${c}`];

describe("every fixture satisfies its identities", () => {
  for (const { name, raw } of fixtures) {
    it(name, () => {
      expect(checkIdentities(getFormat(raw.format), raw.cells)).toEqual([]);
    });
  }
});

describe.each(govFixtures.map((f) => f.name))("%s, broken", (name) => {
  it("a changed 自然人 新收 breaks I1 in the 自然人 column and I3 in the 新收 row", () => {
    const findings = check(name, bump(name, "t3.new.natural"));
    expect(findings.map((f) => f.rule)).toEqual(["I1", "I3"]);
    expect(findings[0]).toMatchObject({ severity: "error", cells: column("natural"), sections: ["requests"] });
    expect(findings[1].cells).toEqual(["t3.new.total", "t3.new.natural", "t3.new.business", "t3.new.research", "t3.new.nonprofit", "t3.new.legal", "t3.new.other"]);
  });

  it("a changed 予以公开 总计 breaks I2 in the 总计 column and I3 in the 予以公开 row", () => {
    const findings = check(name, bump(name, "t3.granted.total"));
    expect(findings.map((f) => f.rule)).toEqual(["I2", "I3"]);
    expect(findings[0].cells[0]).toBe("t3.total.total");
    expect(findings[0].cells).toContain("t3.granted.total");
    expect(findings[1].cells[0]).toBe("t3.granted.total");
  });

  it("a changed 表四 cell breaks I7 for its block only", () => {
    const findings = check(name, bump(name, "t4.suit_direct.pending"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "I7",
      severity: "error",
      cells: ["t4.suit_direct.total", "t4.suit_direct.upheld", "t4.suit_direct.corrected", "t4.suit_direct.other", "t4.suit_direct.pending"],
      sections: ["review_litigation"],
    });
  });

  it("skips a rule while one of its cells is blank", () => {
    expect(check(name, { ...bump(name, "t4.review.upheld"), "t4.review.pending": null })).toEqual([]);
  });
});

describe("messages", () => {
  it("name every label and value and both sums (I1)", () => {
    const [i1] = check("pingtan-2021", { "t3.carried_out.natural": 0 });
    expect(i1.message).toBe(
      "表三「自然人」列：一、本年新收政府信息公开申请数量 64 + 二、上年结转政府信息公开申请数量 0 = 64，" +
        "不等于 （七）总计 63 + 四、结转下年度继续办理 0 = 63。请核对并修改这些数字。",
    );
  });

  it("name a row's columns for I3 and a block's results for I7", () => {
    const i3 = check("pingtan-2021", { "t3.granted.natural": 28 }).find((f) => f.rule === "I3")!;
    expect(i3.message).toBe(
      "表三「三、本年度办理结果 （一）予以公开」：总计 30，不等于 自然人 28 + 商业企业 0 + 科研机构 0 + 社会公益组织 2 + 法律服务机构 0 + 其他 1 = 31。请核对并修改这些数字。",
    );
    const [i7] = check("pingtan-2022", { "t4.review.total": 3 });
    expect(i7.message).toBe("表四「行政复议」：总计 3，不等于 结果维持 0 + 结果纠正 1 + 其他结果 1 + 尚未审结 0 = 2。请核对并修改这些数字。");
  });

  it("show a typed total that disagrees with the computed sum (I2 names both numbers)", () => {
    const i2 = check("pingtan-2019", { "t3.total.natural": 22 }).find((f) => f.rule === "I2")!;
    expect(i2.message).toMatch(/^表三「自然人」列：（七）总计 22，不等于 （一）予以公开 7 \+ .* = 23。/);
  });
});

describe("legacy 其中 identities", () => {
  it("a broken (二) channels total is an L1 warning naming the five channels", () => {
    const findings = check("wenchang-2018", { "t1.channels_total.value": 500 });
    expect(findings).toEqual([
      {
        rule: "L1",
        severity: "warning",
        cells: ["t1.channels_total.value", "t1.ch_gazette.value", "t1.ch_website.value", "t1.ch_weibo.value", "t1.ch_wechat.value", "t1.ch_other.value"],
        sections: ["statistics"],
        message:
          "政府信息公开情况统计表：(二)通过不同渠道和方式公开政府信息的情况 500，不等于 1.政府公报公开政府信息数 0 + 2.政府网站公开政府信息数 223 + " +
          "3.政务微博公开政府信息数 34 + 4.政务微信公开政府信息数 155 + 5.其他方式公开政府信息数 95 = 507。请核对这些数字；如数字无误，请说明原因。",
        fact:
          "政府信息公开情况统计表：(二)通过不同渠道和方式公开政府信息的情况 500，不等于 1.政府公报公开政府信息数 0 + 2.政府网站公开政府信息数 223 + " +
          "3.政务微博公开政府信息数 34 + 4.政务微信公开政府信息数 155 + 5.其他方式公开政府信息数 95 = 507。",
      },
    ]);
  });

  it("a broken staff total is L8", () => {
    expect(check("wenchang-2018", { "t1.staff_part_time.value": 2 }).map((f) => f.rule)).toEqual(["L8"]);
  });
});
