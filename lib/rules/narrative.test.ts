import { describe, expect, it } from "vitest";
import { SHARED_DIR } from "../formats/fixtures.testutil";
import { FORMATS, getFormat } from "../formats/index";
import { buildSampleData } from "../sample/build-sample";
import { validateCells, validateReport } from "./index";
import { SECTION_MINIMUM_LENGTH, narrativeLength, sectionLengthGuide } from "./narrative";

const reports = buildSampleData(SHARED_DIR).reports;
const narrativeFindings = (organization: string, year: number) => {
  const r = reports.find((x) => x.document.organization === organization && x.document.year === year);
  if (!r) throw new Error(`${organization} ${year}`);
  const format = getFormat(r.document.format);
  return validateReport({ format, cells: r.document.cells, sections: r.sections, year }).filter((f) => f.rule.startsWith("N"));
};

const gov2021 = FORMATS["gov-2021"];
const pingtan2021 = reports.find((r) => r.document.year === 2021)!;
const withSections = (changes: Record<string, string>) =>
  validateReport({ format: gov2021, cells: pingtan2021.document.cells, sections: { ...pingtan2021.sections, ...changes }, year: 2021 });

describe("N1 numbers in the text against the table", () => {
  it("wenchang-2018: warns of 412 against 186 and 157 against 223, with the sentence", () => {
    const findings = narrativeFindings("文昌镇", 2018);
    expect(findings.map((f) => [f.rule, f.severity, f.cells, f.sections])).toEqual([
      ["N1", "warning", ["t1.proactive_total.value"], ["overview"]],
      ["N1", "warning", ["t1.ch_website.value"], ["overview"]],
    ]);
    expect(findings[0].message).toBe(
      "「一、主要工作开展情况」写“2018年主动公开政府信息共412条,其中,制发并主动公开政府文件66条;”：主动公开政府信息 412条，而政府信息公开情况统计表「一、主动公开情况 (一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)」为 186。请核对文字和表格；用“插入表格数字”引用单元格，文字就随表格变化。",
    );
    expect(findings[1].message).toContain("政府网站发布 157条，而政府信息公开情况统计表「一、主动公开情况 (二)通过不同渠道和方式公开政府信息的情况 2.政府网站公开政府信息数」为 223");
    const text = reports[0].sections.overview;
    const { start, end } = findings[1].excerpt!;
    expect(text.slice(start, end)).toBe("通过沙坡头区人民政府网站发布政府信息共157条;");
  });

  it("pingtan 2019, 2021, 2022: no narrative finding (75 received = 74 new + 1 carried over is no mismatch)", () => {
    expect(narrativeFindings("平潭综合实验区", 2019)).toEqual([]);
    expect(narrativeFindings("平潭综合实验区", 2021)).toEqual([]);
    expect(narrativeFindings("平潭综合实验区", 2022)).toEqual([]);
  });

  it("warns when a number the text states differs from every reading, naming both numbers", () => {
    const overview = pingtan2021.sections.overview.replace("办结69件", "办结68件");
    const [finding] = withSections({ overview }).filter((f) => f.rule === "N1");
    expect(finding.message).toContain("办结 68件，而表三「三、本年度办理结果 （七）总计 总计」为 69");
    expect(finding.cells).toEqual(["t3.total.total"]);
    expect(overview.slice(finding.excerpt!.start, finding.excerpt!.end)).toBe("本年度全区共收到70件申请，及时依法依规办结68件，1件结转下年度继续办理。");
  });

  it("compares with computed totals, and with a group's sum for 不予公开", () => {
    const cells = { ...pingtan2021.document.cells, "t3.total.total": null };
    const findings = validateReport({ format: gov2021, cells, sections: { overview: "办结申请69件，不予公开申请7件。" }, year: 2021 });
    const n1 = findings.filter((f) => f.rule === "N1");
    expect(n1).toHaveLength(1);
    expect(n1[0].message).toContain("不予公开 7件，而表三「（三）不予公开」各项之和为 8");
  });

  it("says nothing while the cell is blank", () => {
    const cells = { ...pingtan2021.document.cells, "t4.review.total": null, "t4.review.upheld": null };
    expect(validateReport({ format: gov2021, cells, sections: { overview: "行政复议9件。" }, year: 2021 }).filter((f) => f.rule === "N1")).toEqual([]);
  });
});

describe("N2 sections the law asks for, left empty or nearly so", () => {
  it("keeps every minimum in one table", () => {
    expect(SECTION_MINIMUM_LENGTH).toEqual({ preamble: 40, overview: 150, problems: 60, other: 1 });
  });

  it("warns of an empty 引言, 一, 五 and 六, naming each", () => {
    const findings = withSections({ preamble: "", overview: " ", problems: "", other: "" }).filter((f) => f.rule === "N2");
    expect(findings.map((f) => [f.severity, f.sections, f.message])).toEqual([
      ["warning", ["preamble"], "「报告开头（无标题的引言）」没有填写。年度报告须包括这一部分，请按说明填写。"],
      ["warning", ["overview"], "「一、总体情况」没有填写。年度报告须包括这一部分，请按说明填写。"],
      ["warning", ["problems"], "「五、存在的主要问题及改进情况」没有填写。年度报告须包括这一部分，请按说明填写。"],
      ["warning", ["other"], "「六、其他需要报告的事项」没有填写。没有其他需要报告的事项时，也请写明（如“本年度无其他需要报告的事项”）。"],
    ]);
  });

  it("warns of a near-empty 五, and accepts a short 六", () => {
    const findings = withSections({ problems: "无。", other: "无" }).filter((f) => f.rule === "N2");
    expect(findings.map((f) => f.message)).toEqual(["「五、存在的主要问题及改进情况」只有 2 个字（至少 60 个字）。请按说明写明这一部分应当报告的内容。"]);
  });

  it("counts references as their values and leaves spaces out", () => {
    expect(narrativeLength(gov2021, { "t3.new.total": 70 }, "收到 {{t3.new.total}} 件")).toBe(5);
  });

  it("gives 总计情况 of gov-2021 its 1,000-character guide, other formats none", () => {
    expect(sectionLengthGuide(gov2021, "overview")).toBe(1000);
    expect(sectionLengthGuide(FORMATS["gov-2019"], "overview")).toBeUndefined();
  });
});

describe("N3 references to cells the format does not have", () => {
  it("is an error naming the key and its place, never a crash", () => {
    const overview = "全年收到{{t1.req_received.value}}件申请。";
    const [finding] = withSections({ overview }).filter((f) => f.rule === "N3");
    expect(finding).toMatchObject({ severity: "error", sections: ["overview"], excerpt: { section: "overview", start: 4, end: 29 } });
    expect(finding.message).toBe("「一、总体情况」引用的单元格“t1.req_received.value”在中华人民共和国政府信息公开工作年度报告格式中不存在。请删除这个引用，用“插入表格数字”重新插入。");
  });
});

describe("validateCells", () => {
  it("still checks the cells alone", () => {
    expect(validateCells({ format: gov2021, cells: pingtan2021.document.cells })).toEqual([]);
  });
});
