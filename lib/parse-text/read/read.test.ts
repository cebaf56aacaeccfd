// The reader's tolerance, case by case (formats.md §1.4 label variants, §5.4 conventions, the
// fixture READMEs): each case changes one thing in a report printed from pingtan-2021's cells.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/cli/testing/run-cli";
import { getFormat } from "@/lib/formats";
import type { Cells } from "@/lib/formats/types";
import { NOT_A_REPORT, readReport } from "@/lib/parse-text/read";
import { textDocument } from "@/lib/parse-text/source/text";
import { reportDocument, tableAsTsv, type PrintedReport } from "@/lib/parse-text/testing";
import type { ParsedReport, SourceDocument } from "@/lib/parse-text/types";

const FIXTURES = path.resolve(PROJECT_ROOT, "../shared/fixtures/reports");

function fixture(name: string): PrintedReport {
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8"));
  return { ...expected, narrative: fs.readFileSync(path.join(FIXTURES, name, "narrative.txt"), "utf8") };
}

const P21 = fixture("pingtan-2021");
const P19 = fixture("pingtan-2019");
const F21 = getFormat("gov-2021");
const F19 = getFormat("gov-2019");
const TITLE21 = "平潭综合实验区2021年度政府信息公开工作年度报告";

/** A 2021 report of the title and the given table lines (tab-separated), nothing else. */
function read(lines: string[], title = TITLE21): ParsedReport {
  return readDoc(textDocument([title, ...lines].join("\n")));
}

function readDoc(doc: SourceDocument): ParsedReport {
  const result = readReport(doc);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

const table = (format: typeof F21, id: string) => format.tables.find((t) => t.id === id)!;
const t3Lines = (cells: Partial<Cells> = P21.cells) => ["三、收到和处理政府信息公开申请情况", ...tableAsTsv(F21, table(F21, "t3"), cells)];
const t3Cells = (cells: Partial<Cells>) => Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith("t3.")));
const pick = (cells: Cells) => t3Cells(cells);

/** The t3 line of a row, found by its label. */
function replaceLine(lines: string[], label: string, replace: (line: string) => string): string[] {
  const at = lines.findIndex((l) => l.split("\t").includes(label));
  if (at === -1) throw new Error(`no line ${label}`);
  return lines.map((l, i) => (i === at ? replace(l) : l));
}

describe("labels", () => {
  it("reads 表三 by label whatever order the rows come in", () => {
    const lines = t3Lines();
    const header = lines.slice(0, 4);
    const shuffled = [...header, ...lines.slice(4).reverse()];
    expect(pick(read(shuffled).cells)).toEqual(t3Cells(P21.cells));
  });

  it("whitespace inside labels, '，' for '、', ASCII quotes, '1、' and '1．' for '1.', half-width brackets", () => {
    let lines = t3Lines();
    lines = replaceLine(lines, "（一）予以公开", (l) => l.replace(/（一）予以公开/g, "( 一 ) 予 以 公 开"));
    lines = replaceLine(lines, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", (l) =>
      l.replace("1.申请人无正当理由逾期不补正、行政机关", "1、申请人无正当理由逾期不补正，行政机关"),
    );
    lines = replaceLine(lines, "3.危及“三安全一稳定”", (l) => l.replace("3.危及“三安全一稳定”", '3．危及"三安全一稳定"'));
    const parsed = read(lines);
    expect(pick(parsed.cells)).toEqual(t3Cells(P21.cells));
    expect(parsed.findings.filter((f) => f.rule.startsWith("P") && f.cells.some((k) => k.startsWith("t3.")))).toEqual([]);
  });

  it("the 2019 wording under 2021 headers: 规范性文件 for 行政规范性文件", () => {
    const t2 = tableAsTsv(F21, table(F21, "t2"), P21.cells).map((l) => l.replace(/^行政规范性文件/, "规范性文件"));
    const parsed = read(["二、主动公开政府信息情况", ...t2]);
    expect(parsed.cells["t2.normative.issued"]).toBe(69);
    expect(parsed.cells["t2.normative.in_force"]).toBe(665);
  });

  it("a table broken across pages: the rows after the page break (and its page number) still read", () => {
    const doc = reportDocument(P21);
    // cut 表三's block in two, a page number between them
    const at = doc.blocks.findIndex((b) => b.kind === "table" && b.rows.some((r) => r.includes("（七）总计")));
    const block = doc.blocks[at];
    if (block.kind !== "table") throw new Error("no 表三");
    const cut = 15;
    doc.blocks.splice(
      at,
      1,
      { ...block, rows: block.rows.slice(0, cut) },
      { kind: "paragraph", text: "- 3 -", offset: block.offset },
      { ...block, rows: block.rows.slice(cut) },
    );
    const parsed = readDoc(doc);
    expect(parsed.cells).toEqual(P21.cells);
  });

  it("columns read by their labels: 总计 printed first", () => {
    const lines = t3Lines().map((l, i) => {
      if (i === 0) return l;
      const slots = l.split("\t");
      return [...slots.slice(0, 3), slots[9], ...slots.slice(3, 9)].join("\t");
    });
    expect(pick(read(lines).cells)).toEqual(t3Cells(P21.cells));
  });

  it("a column the template does not have (法人或其他组织小计) is left aside", () => {
    const lines = t3Lines().map((l, i) => {
      if (i === 0) return l;
      const slots = l.split("\t");
      const header = i <= 3;
      const subtotal = header
        ? i === 1 ? "申请人情况" : "法人或其他组织小计"
        : String(slots.slice(4, 9).reduce((sum, v) => sum + Number(v), 0));
      return [...slots.slice(0, 9), subtotal, slots[9]].join("\t");
    });
    expect(lines[5].split("\t")).toHaveLength(11);
    const parsed = read(lines);
    expect(pick(parsed.cells)).toEqual(t3Cells(P21.cells));
    expect(parsed.findings.filter((f) => f.rule === "P3").map((f) => f.message)).toEqual([expect.stringContaining("“法人或其他组织小计”一列")]);
  });

  it("a row printed twice: the same numbers read once; different numbers leave it blank and flagged", () => {
    const lines = t3Lines();
    const granted = lines.find((l) => l.includes("（一）予以公开"))!;
    expect(pick(read([...lines, granted]).cells)).toEqual(t3Cells(P21.cells));
    const parsed = read([...lines, granted.replace(/\t30$/, "\t31")]);
    expect(parsed.cells["t3.granted.total"]).toBeNull();
    expect(parsed.uncertain.find((u) => u.key === "t3.granted.total")?.reason).toContain("印了两次");
  });

  it("a row of the format missing: its cells blank, a P2 finding naming it", () => {
    const lines = t3Lines().filter((l) => !l.includes("2.重复申请"));
    const parsed = read(lines);
    expect(parsed.cells["t3.declined_repeat.natural"]).toBeNull();
    const p2 = parsed.findings.filter((f) => f.rule === "P2");
    expect(p2.find((f) => f.cells.includes("t3.declined_repeat.total"))?.message).toContain("2.重复申请");
    // 表二 and 表四 are absent altogether: one finding each
    expect(p2.filter((f) => f.message.includes("没有找到表二") || f.message.includes("没有找到表四"))).toHaveLength(2);
  });

  it("a row among the table's rows whose label matches nothing: not read, a P3 finding", () => {
    const lines = [...t3Lines(), "（八）其他情形小计\t1\t0\t0\t0\t0\t0\t1"];
    const parsed = read(lines);
    expect(pick(parsed.cells)).toEqual(t3Cells(P21.cells));
    expect(parsed.findings.filter((f) => f.rule === "P3").map((f) => f.message)).toEqual([expect.stringContaining("（八）其他情形小计")]);
  });
});

describe("values", () => {
  const t2 = (cells: Partial<Cells>, format = F21) => ["二、主动公开政府信息情况", ...tableAsTsv(format, table(format, "t2"), cells)];

  it('"/" "—" "-" and nothing are blank, never 0', () => {
    const lines = t2({ ...P21.cells }).map((l) =>
      l.startsWith("规章\t") ? "规章\t/\t—\t-" : l.startsWith("行政强制\t") ? "行政强制\t" : l,
    );
    const parsed = read(lines);
    expect([parsed.cells["t2.rules.issued"], parsed.cells["t2.rules.repealed"], parsed.cells["t2.rules.in_force"]]).toEqual([null, null, null]);
    expect(parsed.cells["t2.coercion.decisions"]).toBeNull();
    expect(parsed.uncertain).toEqual([]);
  });

  it("units in cells: 元 in a 元 column, 万元 in a 万元 column, 元 in a 万元 column converted", () => {
    const p19 = readDoc(textDocument(["平潭综合实验区2019年度政府信息公开工作年度报告", "二、主动公开政府信息情况", ...tableAsTsv(F19, table(F19, "t2"), P19.cells, { units: true })].join("\n")));
    expect(p19.cells["t2.procurement.amount"]).toBe(75394432.52);
    const fees = (text: string) => read(t2(P21.cells).map((l) => (l.startsWith("行政事业性收费\t") ? `行政事业性收费\t${text}` : l))).cells["t2.fees.amount"];
    expect(fees("24252.311082万元")).toBe(24252.311082);
    expect(fees("251000元")).toBe(25.1);
  });

  it("a number with a note, thousands separators and full-width digits", () => {
    const lines = t2(P21.cells).map((l) =>
      l.startsWith("行政规范性文件\t") ? "行政规范性文件\t22（其中修订 16 件）\t3\t665" : l.startsWith("行政许可\t") ? "行政许可\t2,293" : l.startsWith("行政处罚\t") ? "行政处罚\t１２８２" : l,
    );
    const parsed = read(lines);
    expect(parsed.cells["t2.normative.issued"]).toBe(22);
    expect(parsed.cells["t2.license.decisions"]).toBe(2293);
    expect(parsed.cells["t2.penalty.decisions"]).toBe(1282);
  });

  it("what cannot be a cell (30 digits, a negative count, words) is blank, uncertain, and a P1 finding", () => {
    const lines = t2(P21.cells).map((l) =>
      l.startsWith("行政许可\t") ? `行政许可\t${"9".repeat(30)}` : l.startsWith("行政处罚\t") ? "行政处罚\t-3" : l.startsWith("行政强制\t") ? "行政强制\t约30" : l,
    );
    const parsed = read(lines);
    const keys = ["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"];
    for (const key of keys) expect(parsed.cells[key], key).toBeNull();
    expect(parsed.uncertain.map((u) => [u.key, u.printed])).toEqual([
      ["t2.license.decisions", "9".repeat(30)],
      ["t2.penalty.decisions", "-3"],
      ["t2.coercion.decisions", "约30"],
    ]);
    const p1 = parsed.findings.filter((f) => f.rule === "P1");
    expect(p1.map((f) => f.cells)).toEqual(keys.map((k) => [k]));
    expect(p1[0].message).toContain("留空");
  });

  it("a rough number in a row's first value column (\"约30\") leaves that cell blank and reads the others in their columns", () => {
    const lines = t3Lines(P21.cells).map((l) => (l.startsWith("一、本年新收") ? l.replace(/\t64\t/, "\t约64\t") : l));
    const parsed = read(lines);
    expect(parsed.cells["t3.new.natural"]).toBeNull();
    expect(parsed.uncertain.map((u) => [u.key, u.printed])).toEqual([["t3.new.natural", "约64"]]);
    for (const column of ["business", "research", "nonprofit", "legal", "other", "total"]) {
      expect(parsed.cells[`t3.new.${column}`], column).toBe(P21.cells[`t3.new.${column}`]);
    }
  });
});

describe("what is not a report", () => {
  it("text with neither a title nor a table row is refused, also when the year is given", () => {
    const prose = textDocument("今天天气很好。\n我们去公园散步，看见 2021 年栽下的树。");
    expect(readReport(prose, { year: 2021 })).toEqual({ ok: false, error: NOT_A_REPORT });
    expect(readReport(prose)).toEqual({ ok: false, error: NOT_A_REPORT });
  });
});

describe("（六）其他处理 printed as one row in a 2021 table", () => {
  const oneRow = (cells: Partial<Cells>, values: string) => {
    const lines = t3Lines(cells).filter((l) => !l.includes("（六）其他处理"));
    const at = lines.findIndex((l) => l.includes("（七）总计"));
    return [...lines.slice(0, at), `三、本年度办理结果\t（六）其他处理\t（六）其他处理\t${values}`, ...lines.slice(at)];
  };
  const subRows = ["other_no_correction", "other_no_fee", "other_misc"];

  it("all 0: the three sub-rows are 0", () => {
    const cells = { ...P21.cells, ...Object.fromEntries(subRows.flatMap((r) => ["natural", "business", "research", "nonprofit", "legal", "other", "total"].map((c) => [`t3.${r}.${c}`, 0]))) };
    const parsed = read(oneRow(cells, "0\t0\t0\t0\t0\t0\t0"));
    for (const r of subRows) expect(parsed.cells[`t3.${r}.total`]).toBe(0);
    expect(parsed.uncertain).toEqual([]);
  });

  it("not all 0: the sub-rows are blank and flagged", () => {
    const parsed = read(oneRow(P21.cells, "1\t0\t0\t0\t0\t0\t1"));
    for (const r of subRows) expect(parsed.cells[`t3.${r}.natural`]).toBeNull();
    expect(parsed.uncertain).toHaveLength(21);
    expect(parsed.findings.find((f) => f.rule === "P1")?.message).toContain("（六）其他处理");
  });
});

describe("glued digits", () => {
  it("a label followed by its row's digits in a paragraph, decided by the identities with the other rows", () => {
    const lines = replaceLine(t3Lines(), "（一）予以公开", () => "（一）予以公开270020130");
    const parsed = read(lines);
    expect(pick(parsed.cells)).toEqual(t3Cells(P21.cells));
  });

  it("a split the identities do not decide: blank, and the printed digits kept", () => {
    // with 总计's row blank, I2 cannot tell 27/0/0/2/0/1/30 from 2/7/0/0/20/1/30
    let lines = replaceLine(t3Lines(), "（一）予以公开", () => "（一）予以公开270020130");
    lines = replaceLine(lines, "（七）总计", (l) => l.replace(/\t[^\t]*/g, (m, i) => (i < l.indexOf("（七）总计") + 6 ? m : "\t")));
    const parsed = read(lines);
    expect(parsed.cells["t3.granted.natural"]).toBeNull();
    const u = parsed.uncertain.find((x) => x.key === "t3.granted.natural");
    expect(u?.printed).toBe("270020130");
    expect(u?.reason).toContain("2 种拆法");
  });

  it("digits that no split makes agree with the row's total: blank and flagged", () => {
    const lines = replaceLine(t3Lines(), "（一）予以公开", () => "（一）予以公开999");
    const parsed = read(lines);
    expect(parsed.cells["t3.granted.total"]).toBeNull();
    expect(parsed.findings.some((f) => f.rule === "P1" && f.cells.includes("t3.granted.total"))).toBe(true);
  });

  it("a very long run of digits stays blank without working for ever", () => {
    const lines = replaceLine(t3Lines(), "（一）予以公开", () => `（一）予以公开${"1".repeat(60)}`);
    const started = Date.now();
    const parsed = read(lines);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(parsed.cells["t3.granted.total"]).toBeNull();
  });
});

describe("title, year and format", () => {
  it("unit and year from titles with and without spaces and 度", () => {
    expect(read([], "文昌镇 2018 年政府信息公开工作年度报告").organization).toBe("文昌镇");
    const p = read([], "平潭综合实验区2021年度政府信息公开工作年度报告");
    expect([p.organization, p.year, p.format]).toEqual(["平潭综合实验区", 2021, "gov-2021"]);
  });

  it("tables of another format than the year's: read as the tables say, with a P4 finding", () => {
    const seed = fs.readFileSync(path.resolve(PROJECT_ROOT, "../shared/seeds/000_8522b7fa46d6f532.txt"), "utf8").replace("文昌镇 2018 年", "文昌镇 2019 年");
    const parsed = readDoc(textDocument(seed));
    expect(parsed.format).toBe("legacy-2014");
    expect(parsed.year).toBe(2019);
    expect(parsed.findings.filter((f) => f.rule === "P4")).toHaveLength(1);
  });

  it("nothing that looks like a report: refused with one line", () => {
    const result = readReport(textDocument("会议纪要\n今天讨论了三件事。\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.split("\n")).toHaveLength(1);
  });
});

describe("sections", () => {
  it("heading variants: 四 worded as in Pingtan's introduction, spaces after the numbering, （一） numbering", () => {
    const narrative = P21.narrative
      .replace("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开申请行政复议、提起行政诉讼的情况")
      .replace("一、总体情况", "一、 总 体 情 况")
      .replace("五、存在的主要问题及改进情况", "（五）政府信息公开工作存在的主要问题及改进情况");
    const parsed = readDoc(textDocument(`${TITLE21}\n${narrative}`));
    const original = readDoc(textDocument(`${TITLE21}\n${P21.narrative}`));
    expect(parsed.sections).toEqual(original.sections);
    expect(Object.keys(parsed.sections)).toEqual(["preamble", "overview", "problems", "other"]);
  });

  it("the 落款 (unit and date) at the end is no part of section 六; a short last sentence is", () => {
    const original = readDoc(textDocument(`${TITLE21}\n${P21.narrative}`));
    for (const signature of ["平潭综合实验区管委会办公室\n2022年2月8日", "平潭综合实验区\n二〇二二年二月八日", "平潭综合实验区\n年  月  日"]) {
      const parsed = readDoc(textDocument(`${TITLE21}\n${P21.narrative.trimEnd()}\n\n${signature}\n`));
      expect(parsed.sections.other, signature).toBe(original.sections.other);
    }
    const short = readDoc(textDocument(`${TITLE21}\n${P21.narrative.replace("2021年，无收取信息处理费情况。", "无其他需要报告的事项")}\n2022年2月8日`));
    expect(short.sections.other).toBe("无其他需要报告的事项");
  });
});
