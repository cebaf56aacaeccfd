import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceDocument, SourceTable } from "@/lib/parse-text/types";
import { REPORT_LIMIT_MESSAGES, REPORT_LIMITS } from "@/lib/uploads/limits";
import { gbk } from "@/lib/uploads/testing";
import { declaredCharset, htmlDocument } from "./html";
import { readSource } from "./index";
import { NOT_TEXT } from "./document";

const page = (name: string) => new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, "testdata", name)));

function read(bytes: Uint8Array, name = "报告.html"): SourceDocument {
  const result = readSource(bytes, name);
  if (!result.ok) throw new Error(result.error);
  return result.source;
}
const tables = (doc: SourceDocument) => doc.blocks.filter((block): block is SourceTable => block.kind === "table");
const paragraphs = (doc: SourceDocument) => doc.blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));

const TIE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

describe("reading a web page saved from Word", () => {
  const doc = read(page("word-export.html"));

  it("makes paragraphs of the body's blocks and leaves out the head, styles, scripts and Word's XML", () => {
    expect(doc.kind).toBe("html");
    expect(paragraphs(doc)).toEqual([
      "某县人民政府2021年政府信息公开工作年度报告",
      "本报告由某县人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
      "一、总体情况",
      "全年主动公开政府信息 1,286 条——比上年增加“12%”。",
      "其中政策解读48篇。",
      "三、收到和处理政府信息公开申请情况",
      "附：联系方式",
      "某县人民政府办公室",
      "2022年1月20日",
    ]);
    expect(doc.text).not.toContain("不是正文");
    expect(doc.text).not.toContain("MsoNormal");
  });

  it("repeats a header's row and column spans into every slot they cover", () => {
    const [table, contacts] = tables(doc);
    expect(table.rows.slice(0, 3)).toEqual([
      [TIE, TIE, TIE, "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况"],
      [TIE, TIE, TIE, "自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "总计"],
      [TIE, TIE, TIE, "自然人", "商业 企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
    ]);
    expect(table.rows[3]).toEqual(["一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "64", "0", "0", "2", "0", "4", "70"]);
    expect(table.rows.slice(4).map((row) => row.slice(0, 4))).toEqual([
      ["三、本年度办理结果", "（一）予以公开", "（一）予以公开", "27"],
      ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"],
      ["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”", "1"],
    ]);
    // a table inside a cell is part of that cell's text
    expect(contacts.rows).toEqual([["联系人", "张三 0955\u20117061801"]]);
    for (const block of doc.blocks) {
      const shown = block.kind === "paragraph" ? block.text : block.rows.map((row) => row.join("\t")).join("\n");
      expect(doc.text.slice(block.offset, block.offset + shown.length)).toBe(shown);
    }
  });

  it("reads the same page in GBK, as it declares, the same way", () => {
    expect(declaredCharset(page("word-export.gbk.html"))).toBe("gb2312");
    const gbkDoc = read(page("word-export.gbk.html"));
    expect(gbkDoc.text).toBe(doc.text.replace("\u2011", "-"));
    expect(gbkDoc.blocks.length).toBe(doc.blocks.length);
  });

  it("reads GBK bytes whose page declares nothing or a Western charset, and refuses bytes in no encoding it knows", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("<html><body><p>"), ...gbk("文昌镇"), ...new TextEncoder().encode("</p></body></html>")]);
    expect(paragraphs(read(bytes))).toEqual(["文昌镇"]);
    const latin = (charset: string) => new Uint8Array([...new TextEncoder().encode(`<html><meta charset="${charset}"><p>`), ...gbk("文昌镇")]);
    expect(paragraphs(read(latin("iso-8859-1")))).toEqual(["文昌镇"]);
    expect(paragraphs(read(latin("big5")))).not.toEqual(["文昌镇"]);
    // bytes that are not GB18030 are read in the Western charset declared
    expect(paragraphs(read(new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'), 0xe9])))).toEqual(["caf\u00e9"]);
    const broken = new Uint8Array([...new TextEncoder().encode("<html><body><p>"), 0x81, 0x20, 0xff, 0xfe]);
    expect(readSource(broken, "a.html")).toEqual({ ok: false, error: NOT_TEXT });
  });
});

describe("reading malformed HTML", () => {
  it("closes what is left open and ignores what closes nothing", () => {
    const doc = htmlDocument("<p>一<p>二</span><div>三<br>四</b></div></p></p><li>五<li>六");
    expect(paragraphs(doc)).toEqual(["一", "二", "三", "四", "五", "六"]);
  });

  it("caps hostile spans and keeps a table with rows longer than the header", () => {
    const doc = htmlDocument(`<table><tr><td colspan="100000" rowspan="100000">宽</td></tr><tr><td colspan=-3>1</td><td colspan="abc">2</td></tr></table>`);
    const [table] = tables(doc);
    expect(table.rows[0]).toHaveLength(REPORT_LIMITS.columnSpan);
    expect(table.rows[1].slice(REPORT_LIMITS.columnSpan)).toEqual(["1", "2"]);
    expect(table.rows).toHaveLength(2);
  });

  it("refuses a page nested deeper than any real page, and one of many closing tags that close nothing", () => {
    const encode = (html: string) => new TextEncoder().encode(html);
    expect(readSource(encode("<div>".repeat(REPORT_LIMITS.htmlDepth + 1) + "文字"), "a.html")).toEqual({ ok: false, error: REPORT_LIMIT_MESSAGES.htmlDepth });
    expect(paragraphs(read(encode("<div>".repeat(REPORT_LIMITS.htmlDepth) + "文字" + "</span>".repeat(10_000))))).toEqual(["文字"]);
    const started = Date.now();
    const stray = "<div>".repeat(REPORT_LIMITS.htmlDepth) + "文字" + "</span>".repeat(500_000);
    expect(readSource(encode(stray), "a.html")).toEqual({ ok: false, error: REPORT_LIMIT_MESSAGES.htmlCloseWork });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("reads a table never closed and a cell outside any table", () => {
    expect(tables(htmlDocument("<table><tr><td>甲<td>1<tr><td>乙<td>2")).map((t) => t.rows)).toEqual([[["甲", "1"], ["乙", "2"]]]);
    expect(paragraphs(htmlDocument("<td>孤立的单元格</td>后文"))).toEqual(["孤立的单元格", "后文"]);
  });

  it("treats a line wrapped in the source between Chinese characters as nothing and other whitespace as one space", () => {
    expect(paragraphs(htmlDocument("<p>政府信息\r\n  公开 工作\u3000年度&nbsp;&nbsp;报告\n2021</p>"))).toEqual(["政府信息公开 工作 年度 报告 2021"]);
  });
});
