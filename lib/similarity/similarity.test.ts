import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleDataSchema, SAMPLE_DATA_FILE } from "@/lib/sample/schema";
import { boilerplateOf, normalizeSentence, sentencesOf } from "@/lib/similarity/normalize";
import { findSimilarity, MIN_COMPARED_LENGTH, prepareText, SIMILARITY_THRESHOLD, similarityOf } from "@/lib/similarity/compare";

const reports = sampleDataSchema.parse(JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8"))).reports;
function section(org: string, year: number, key: string): string {
  const report = reports.find((r) => r.org === org && r.document.year === year);
  const text = report?.sections[key];
  if (!text) throw new Error(`no ${key} in ${org} ${year}`);
  return text;
}
const PINGTAN = ["平潭综合实验区"];
const WENCHANG = ["文昌镇", "中卫市沙坡头区"];
const pingtan = (year: number, key: string) => prepareText(section("pingtan", year, key), PINGTAN);
const wenchang = (key: string) => prepareText(section("wenchang", 2018, key), WENCHANG);

describe("boilerplate removal", () => {
  const plain = boilerplateOf(["文昌镇人民政府", "中卫市沙坡头区"]);

  it("removes years written in digits and in Chinese numerals", () => {
    expect(normalizeSentence("2019年，我镇加强了公开工作", plain)).toBe("我镇加强了公开工作");
    expect(normalizeSentence("二〇二〇年度，我镇加强了公开工作", plain)).toBe("我镇加强了公开工作");
    expect(normalizeSentence("２０２１年，我镇加强了公开工作", plain)).toBe("我镇加强了公开工作");
  });

  it("removes dates and figures, so that new figures leave the same sentence", () => {
    expect(normalizeSentence("统计期限自1月1日起至12月31日止", plain)).toBe("统计期限自起至止");
    expect(normalizeSentence("统计期限自一月一日起至十二月三十一日止", plain)).toBe("统计期限自起至止");
    expect(normalizeSentence("全年主动公开政府信息2,645条，占比12.5%", plain)).toBe(normalizeSentence("全年主动公开政府信息14571条，占比3%", plain));
  });

  it("removes the unit's and its parent's names, with and without 人民政府, and any 某某镇人民政府", () => {
    expect(normalizeSentence("文昌镇人民政府高度重视", plain)).toBe("高度重视");
    expect(normalizeSentence("文昌镇高度重视，中卫市沙坡头区指导", plain)).toBe("高度重视指导");
    expect(normalizeSentence("请与宣和镇人民政府党政办联系", plain)).toBe("党政办联系");
    expect(normalizeSentence("甲镇人民政府高度重视，甲镇领导", boilerplateOf(["甲镇"]))).toBe("高度重视领导");
  });

  it("removes item markers, official headings and punctuation", () => {
    expect(normalizeSentence("（一）加强学习，夯实基础", plain)).toBe("加强学习夯实基础");
    expect(normalizeSentence("五、存在的主要问题及改进情况：问题不少", plain)).toBe("问题不少");
    expect(normalizeSentence("“两微一端” 平台 (APP)", plain)).toBe("两微一端平台app");
  });

  it("splits sentences at 。！？； and line breaks and leaves heading lines out", () => {
    const sentences = sentencesOf("一、总体情况\n（一）主动公开方面\n加强学习；夯实基础。提升能力！\n2021年", ["文昌镇"]);
    expect(sentences.map((s) => s.text)).toEqual(["加强学习", "夯实基础", "提升能力"]);
  });
});

describe("similarity of real narratives (the figures of compare.ts's table)", () => {
  const problems2021 = section("pingtan", 2021, "problems");

  it("a text pasted again with its years, dates and figures changed is the same text, every sentence shared", () => {
    const pasted = problems2021.replace(/2021年/g, "二〇二二年").replace(/一是/g, "1.一是");
    const result = findSimilarity(prepareText(pasted, PINGTAN), pingtan(2021, "problems"));
    expect(result?.percent).toBe(100);
    expect(result?.shared).toHaveLength(5);
    expect(result?.shared[1]).toEqual({
      mine: "政务公开质量水平有待提高，政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要",
      theirs: "政务公开质量水平有待提高，政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要",
    });
  });

  it("a copied text extended by as much new text again still reaches the threshold", () => {
    const extended = prepareText(`${problems2021}\n${section("pingtan", 2022, "problems")}`, PINGTAN);
    expect(similarityOf(extended, pingtan(2021, "problems"))).toBe(51);
    expect(findSimilarity(extended, pingtan(2021, "problems"))?.shared).toHaveLength(5);
  });

  it("genuinely different texts of one unit and of different units stay far below the threshold", () => {
    const measured = [
      similarityOf(pingtan(2021, "problems"), pingtan(2019, "problems")),
      similarityOf(pingtan(2022, "problems"), pingtan(2021, "problems")),
      similarityOf(pingtan(2022, "overview"), pingtan(2021, "overview")),
      similarityOf(pingtan(2021, "overview"), pingtan(2019, "overview")),
      similarityOf(wenchang("problems"), pingtan(2019, "problems")),
      similarityOf(wenchang("overview"), pingtan(2019, "overview")),
    ];
    expect(measured).toEqual([5, 9, 10, 13, 10, 7]);
    expect(Math.max(...(measured as number[]))).toBeLessThan(SIMILARITY_THRESHOLD / 2);
    expect(findSimilarity(pingtan(2022, "problems"), pingtan(2021, "problems"))).toBeNull();
  });

  it("the opening paragraph (引言) is templated by nature: 85 % between two years, which is why it is not compared", () => {
    expect(similarityOf(pingtan(2021, "preamble"), pingtan(2019, "preamble"))).toBe(85);
  });

  it("does not compare sections too short to mean anything", () => {
    const short = prepareText(section("pingtan", 2022, "other"), PINGTAN);
    expect(short.length).toBeLessThan(MIN_COMPARED_LENGTH);
    expect(similarityOf(short, prepareText(section("pingtan", 2021, "other"), PINGTAN))).toBeNull();
  });
});
