import { describe, expect, it } from "vitest";
import { SHARED_DIR } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import { buildSampleData } from "../sample/build-sample";
import { parseArabic, parseChineseNumeral } from "./numerals";
import { findStatements } from "./statements";

const gov2021 = FORMATS["gov-2021"];
const reports = buildSampleData(SHARED_DIR).reports;
const report = (organization: string, year: number) => {
  const found = reports.find((r) => r.document.organization === organization && r.document.year === year);
  if (!found) throw new Error(`${organization} ${year}`);
  return found;
};
/** subject, number, first reading of every statement in every section */
function statementsOf(organization: string, year: number) {
  const { document, sections } = report(organization, year);
  const format = getFormat(document.format);
  return Object.entries(sections).flatMap(([key, text]) =>
    findStatements(format, key, text, year).map((s) => [key, s.subject, s.value, s.readings[0]]),
  );
}
const statements = (text: string, year = 2021) => findStatements(gov2021, "overview", text, year);

describe("numbers as report text writes them", () => {
  it("reads Chinese numerals", () => {
    expect([ "十", "十二", "二十", "一百零三", "两千", "一万二千", "三百五十六", "零"].map(parseChineseNumeral)).toEqual([10, 12, 20, 103, 2000, 12000, 356, 0]);
    expect(parseChineseNumeral("一二")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });

  it("reads thousands separators and full-width digits", () => {
    expect(parseArabic("1,234")).toBe(1234);
    expect(parseArabic("１２")).toBe(12);
    expect(parseArabic("12,34")).toBeNull();
  });
});

describe("number statements in the fixture narratives", () => {
  it("wenchang-2018 (the seed): 主动公开 412 and the four channel counts", () => {
    expect(statementsOf("文昌镇", 2018)).toEqual([
      ["overview", "主动公开政府信息", 412, ["t1.proactive_total.value"]],
      ["overview", "政府网站发布", 157, ["t1.ch_website.value"]],
      ["overview", "政务微博发布", 34, ["t1.ch_weibo.value"]],
      ["overview", "政务微信发布", 155, ["t1.ch_wechat.value"]],
    ]);
  });

  it("wenchang-2018: 政务服务 counts (办结156件, 信访案件38件) are no 政府信息公开申请", () => {
    const text = report("文昌镇", 2018).sections.overview;
    expect(text).toContain("承诺按时办结156件");
    expect(statementsOf("文昌镇", 2018).map((s) => s[2])).not.toContain(156);
  });

  it("pingtan-2019: the category counts and the 2536 政府采购项目信息 are no statement of a cell", () => {
    expect(report("平潭综合实验区", 2019).sections.overview).toContain("政府采购项目信息2536条");
    expect(statementsOf("平潭综合实验区", 2019)).toEqual([]);
  });

  it("pingtan-2021: 收到 70, 办结 69, 1 结转下年度", () => {
    expect(statementsOf("平潭综合实验区", 2021)).toEqual([
      ["overview", "收到申请", 70, ["t3.new.total"]],
      ["overview", "办结", 69, ["t3.total.total"]],
      ["overview", "结转下年度", 1, ["t3.carried_out.total"]],
    ]);
  });

  it("pingtan-2022: 现行有效 698, 制发 88, 收到 75 (new + carried over as a reading), 诉讼 1, 复议 2", () => {
    const found = findStatements(gov2021, "overview", report("平潭综合实验区", 2022).sections.overview, 2022);
    expect(found.map((s) => [s.subject, s.value, s.readings])).toEqual([
      ["现行有效规范性文件", 698, [["t2.normative.in_force"]]],
      ["制发规范性文件", 88, [["t2.normative.issued"]]],
      ["收到申请", 75, [["t3.new.total"], ["t3.new.total", "t3.carried_in.total"]]],
      ["行政诉讼", 1, [["t4.suit_direct.total", "t4.suit_after_review.total"], ["t4.suit_direct.total"], ["t4.suit_after_review.total"]]],
      ["行政复议", 2, [["t4.review.total"]]],
    ]);
  });

  it("gives the sentence's offsets in the text as stored", () => {
    const text = report("平潭综合实验区", 2021).sections.overview;
    const [first] = findStatements(gov2021, "overview", text, 2021);
    expect(text.slice(first.start, first.end)).toBe("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。");
  });
});

describe("what is and is not a statement of a cell", () => {
  const subjects = (text: string, year?: number) => statements(text, year).map((s) => [s.subject, s.value]);

  it("finds the usual phrasings, number before or after the words", () => {
    expect(subjects("新收政府信息公开申请12件，上年结转申请3件，予以公开5件，部分公开2件，不予公开1件，无法提供4件，不予处理0件，结转下年度3件。")).toEqual([
      ["收到申请", 12],
      ["上年结转", 3],
      ["予以公开", 5],
      ["部分公开", 2],
      ["不予公开", 1],
      ["无法提供", 4],
      ["不予处理", 0],
      ["结转下年度", 3],
    ]);
    expect(subjects("全年办结申请40件，2件申请结转下一年度办理。")).toEqual([
      ["办结", 40],
      ["结转下年度", 2],
    ]);
  });

  it("reads Chinese numerals and thousands separators in a statement", () => {
    expect(subjects("全年收到政府信息公开申请十二件，办结一百零三件申请。")).toEqual([
      ["收到申请", 12],
      ["办结", 103],
    ]);
    expect(subjects("收到政府信息公开申请1,234件。")).toEqual([["收到申请", 1234]]);
  });

  it("knows 复议 and 诉讼 together, and both lawsuit blocks together", () => {
    const [together] = statements("因政府信息公开被申请行政复议、提起行政诉讼共3件。");
    expect(together.readings[0]).toEqual(["t4.review.total", "t4.suit_direct.total", "t4.suit_after_review.total"]);
    const [suits] = statements("发生行政诉讼4件。");
    expect(suits.readings[0]).toEqual(["t4.suit_direct.total", "t4.suit_after_review.total"]);
  });

  it("leaves out other periods, changes, approximations and ordinals", () => {
    expect(subjects("上半年收到政府信息公开申请5件。")).toEqual([]);
    expect(subjects("2019年收到政府信息公开申请5件。", 2021)).toEqual([]);
    expect(subjects("2021年收到政府信息公开申请5件。", 2021)).toEqual([["收到申请", 5]]);
    expect(subjects("截至6月底收到政府信息公开申请5件。")).toEqual([]);
    expect(subjects("截至12月31日收到政府信息公开申请5件。")).toEqual([["收到申请", 5]]);
    expect(subjects("收到政府信息公开申请同比增加5件。")).toEqual([]);
    expect(subjects("收到政府信息公开申请100余件。")).toEqual([]);
    expect(subjects("自2008年以来累计收到政府信息公开申请500件。")).toEqual([]);
  });

  it("leaves out other units and 办结 of things that are no 政府信息公开申请", () => {
    expect(subjects("收到政府信息公开申请5次。")).toEqual([]);
    expect(subjects("办结12345热线220件。")).toEqual([]);
    expect(subjects("办结率100%。")).toEqual([]);
  });

  it("does not read a reference's key as a number", () => {
    expect(subjects("共收到{{t3.new.total}}件申请，办结{{t3.total.total}}件。")).toEqual([]);
  });
});
