import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_DIR } from "@/lib/formats/fixtures.testutil";
import type { SourceDocument, SourceTable } from "@/lib/parse-text/types";
import { REPORT_LIMIT_MESSAGES, REPORT_LIMITS } from "@/lib/uploads/limits";
import { gbk } from "@/lib/uploads/testing";
import { readSource } from "./index";
import { textDocument } from "./text";

const SEED = path.join(SHARED_DIR, "seeds/000_8522b7fa46d6f532.txt");

function read(bytes: Uint8Array, name = "报告.txt"): SourceDocument {
  const result = readSource(bytes, name);
  if (!result.ok) throw new Error(result.error);
  return result.source;
}
const tables = (doc: SourceDocument) => doc.blocks.filter((block): block is SourceTable => block.kind === "table");

describe("reading a report as plain text", () => {
  it("reads the OCR seed's 统计表 as one table of all its rows, blank lines inside it included", () => {
    const raw = fs.readFileSync(SEED, "utf8");
    const doc = read(new Uint8Array(fs.readFileSync(SEED)));
    expect(doc.kind).toBe("text");
    const [table, ...others] = tables(doc);
    expect(others).toEqual([]);
    const rowLines = raw.split("\n").filter((line) => line.includes("\t") && line.replace(/[\t\s]/g, "") !== "");
    expect(table.rows).toHaveLength(rowLines.length);
    expect(table.rows[0]).toEqual(["统 计 指 标", "单位", "统计数"]);
    expect(table.rows).toContainEqual(["(一) 主动公开政府信息数", "条", "186"]);
    expect(table.rows).toContainEqual(["2. 政府网站公开政府信息数", "条", "223"]);
    expect(table.rows).toContainEqual(["(一)维持具体行政行为或者驳回原告诉讼请求数", "件", "0"]);
    expect(table.rows[table.rows.length - 1]).toEqual(["(三)接受培训人员数", "人次", "50"]);
    expect(doc.text.slice(table.offset).startsWith("统 计 指 标\t单位")).toBe(true);
    // the narrative is paragraphs, each where its offset says
    const paragraphs = doc.blocks.filter((block) => block.kind === "paragraph");
    expect(paragraphs.some((block) => block.text.includes("主动公开政府信息共 412条"))).toBe(true);
    for (const block of paragraphs) expect(doc.text.slice(block.offset, block.offset + block.text.length)).toBe(block.text);
    expect(doc.blocks.indexOf(table)).toBe(doc.blocks.length - 1);
  });

  it("normalises line ends and wide spaces, and ends a table at the next line without a tab", () => {
    const doc = textDocument("\u3000\u3000一、总体情况\r\n第一段\u00a0内容\r表\t1\r\n\r\n\f行\t 2 \n\t\t\n段\u3000落\n另\t3");
    expect(doc.text).toBe("  一、总体情况\n第一段 内容\n表\t1\n\n\n行\t 2 \n\t\t\n段 落\n另\t3");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "一、总体情况", offset: 2 },
      { kind: "paragraph", text: "第一段 内容", offset: 9 },
      { kind: "table", rows: [["表", "1"], ["行", "2"]], offset: 16 },
      { kind: "paragraph", text: "段 落", offset: 31 },
      { kind: "table", rows: [["另", "3"]], offset: 35 },
    ]);
  });

  it("reads GBK text, and refuses what is not text at all", () => {
    const doc = read(new Uint8Array([...gbk("文昌镇"), 0x09, 0x31, 0x0a]));
    expect(tables(doc)[0].rows).toEqual([["文昌镇", "1"]]);
    expect(readSource(new Uint8Array([0x41, 0, 0x42, 0]), "a.txt")).toEqual({ ok: false, error: expect.stringContaining("不是文本") });
    expect(readSource(new Uint8Array([0xff, 0xfe, 0x41, 0]), "a.txt")).toEqual({ ok: false, error: expect.stringContaining("UTF-16") });
    expect(readSource(new TextEncoder().encode(" \n\t\n"), "a.txt")).toEqual({ ok: false, error: "文件中没有可读取的文字" });
  });

  it("refuses more paragraphs or table cells than any report has", () => {
    const lines = (count: number, line: string) => new TextEncoder().encode(`${line}\n`.repeat(count));
    expect(readSource(lines(REPORT_LIMITS.blocks, "段"), "a.txt").ok).toBe(true);
    expect(readSource(lines(REPORT_LIMITS.blocks + 1, "段"), "a.txt")).toEqual({ ok: false, error: REPORT_LIMIT_MESSAGES.blocks });
    const row = Array.from({ length: 100 }, () => "1").join("\t");
    expect(readSource(lines(REPORT_LIMITS.tableCells / 100, row), "a.txt").ok).toBe(true);
    expect(readSource(lines(REPORT_LIMITS.tableCells / 100 + 1, row), "a.txt")).toEqual({ ok: false, error: REPORT_LIMIT_MESSAGES.tableCells });
  });
});
