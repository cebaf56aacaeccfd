import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/register/csv";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and gives each record its first line", () => {
    const result = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,row');
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["x, y", 'say "hi"'] },
        { line: 3, cells: ["two\nlines", "z"] },
        { line: 5, cells: ["last", "row"] },
      ],
    });
  });

  it("accepts LF line ends and a trailing line break", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual({ ok: true, rows: [{ line: 1, cells: ["a", "b"] }, { line: 2, cells: ["1", "2"] }] });
  });

  it("keeps empty fields", () => {
    expect(parseCsv("a,,c\n,,")).toEqual({ ok: true, rows: [{ line: 1, cells: ["a", "", "c"] }, { line: 2, cells: ["", "", ""] }] });
  });

  it("reports an unterminated quote with the line it opened on", () => {
    expect(parseCsv('a,b\n"open,2\n3,4')).toEqual({ ok: false, error: "第 2 行的引号没有闭合（CSV 格式错误）" });
  });

  it("reads text given in pieces, a doubled quote and a CRLF split between two of them", () => {
    expect(parseCsv(['a,"x"', '"y"\r', "\nb,c"])).toEqual({ ok: true, rows: [{ line: 1, cells: ["a", 'x"y'] }, { line: 2, cells: ["b", "c"] }] });
  });

  it("stops reading an endless text at the row limit", () => {
    function* endless() {
      for (let i = 0; ; i++) yield `${i},x\n`;
    }
    expect(parseCsv(endless(), { rows: 1000, cells: 10_000, messages: { rows: "行太多", cells: "单元格太多" } })).toEqual({ ok: false, error: "行太多" });
  });

  it("stops reading at the cell limit, inside a row", () => {
    function* endless() {
      for (;;) yield ",,,,,,,,,";
    }
    expect(parseCsv(endless(), { rows: 1000, cells: 10_000, messages: { rows: "行太多", cells: "单元格太多" } })).toEqual({ ok: false, error: "单元格太多" });
  });
});
