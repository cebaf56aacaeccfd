import { describe, expect, it } from "vitest";
import { sharedStringsBomb } from "@/lib/uploads/testing";
import { REPORT_UTF16 } from "./document";
import { DOCX_MESSAGES } from "./docx";
import { readSource, SOURCE_MESSAGES } from "./index";

const bytes = (text: string) => new TextEncoder().encode(text);
const binary = (...values: number[]) => new Uint8Array([...values, ...new Array(64).fill(0x20)]);
const kindOf = (data: Uint8Array, name: string) => {
  const result = readSource(data, name);
  return result.ok ? result.source.kind : result.error;
};

describe("telling a report's file apart by its content", () => {
  it("reads markup as HTML whatever the file is named, and text as text", () => {
    expect(kindOf(bytes("<!DOCTYPE html><html><body><p>报告</p>"), "报告.txt")).toBe("html");
    expect(kindOf(bytes("\ufeff  <!-- saved from url -->\n<html><p>报告"), "报告")).toBe("html");
    expect(kindOf(bytes("<table><tr><td>报告</td></tr></table>"), "报告.txt")).toBe("html");
    expect(kindOf(bytes("一、总体情况\n<p> 不是标签开头"), "报告.txt")).toBe("text");
    expect(kindOf(bytes("一、总体情况\n正文"), "报告.html")).toBe("text");
    // the extension decides only when the content could be either
    expect(kindOf(bytes("报告正文<br>第二行"), "报告.htm")).toBe("html");
    expect(kindOf(bytes("报告正文<br>第二行"), "报告.txt")).toBe("text");
  });

  it("refuses files it cannot read, each with one line saying what to give instead", () => {
    expect(readSource(new Uint8Array(0), "a.txt")).toEqual({ ok: false, error: SOURCE_MESSAGES.empty });
    expect(kindOf(binary(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "报告.doc")).toBe(SOURCE_MESSAGES.doc);
    expect(kindOf(bytes("%PDF-1.7\n%âãÏÓ"), "报告.pdf")).toBe(SOURCE_MESSAGES.pdf);
    expect(kindOf(binary(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "扫描.png")).toBe(SOURCE_MESSAGES.image);
    expect(kindOf(binary(0xff, 0xd8, 0xff, 0xe0), "扫描.jpg")).toBe(SOURCE_MESSAGES.image);
    expect(kindOf(bytes("{\\rtf1\\ansi 报告}"), "报告.rtf")).toBe(SOURCE_MESSAGES.rtf);
    expect(kindOf(binary(0x1f, 0x8b, 0x08), "报告.gz")).toBe(SOURCE_MESSAGES.archive);
    expect(kindOf(new Uint8Array(Buffer.from("<html><p>年度报告</p> 2021", "utf16le")), "报告.html")).toBe(REPORT_UTF16);
    expect(kindOf(new Uint8Array(Buffer.from("\ufeff年度报告 2021", "utf16le")), "报告.txt")).toBe(REPORT_UTF16);
    expect(kindOf(new Uint8Array(256).map((_, i) => (i * 7919) % 256), "报告.txt")).toMatch(/^文件不是/);
  });

  it("refuses a workbook, even a hostile one, as not a Word document without unpacking it", async () => {
    expect(kindOf(await sharedStringsBomb(1_000_000), "报告.docx")).toBe(DOCX_MESSAGES.xlsx);
  });
});
