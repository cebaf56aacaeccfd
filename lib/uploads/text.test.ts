import { describe, expect, it } from "vitest";
import { decodeText, NOT_UTF8, textChunks, textEncoding } from "@/lib/uploads/text";
import { gbk } from "@/lib/uploads/testing";

describe("text files in UTF-8 or GBK", () => {
  it("reads 文昌镇 saved in GBK (CE C4 B2 FD D5 F2) as GB18030", () => {
    expect(decodeText(new Uint8Array([0xce, 0xc4, 0xb2, 0xfd, 0xd5, 0xf2]))).toEqual({ ok: true, text: "文昌镇", encoding: "gb18030" });
  });

  it("reads UTF-8 and drops its BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("文昌镇")]))).toEqual({ ok: true, text: "文昌镇", encoding: "utf-8" });
  });

  it("refuses bytes that are neither UTF-8 nor GB18030 instead of reading replacement characters", () => {
    expect(decodeText(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ ok: false, error: NOT_UTF8 });
  });

  it("refuses a UTF-8 BOM followed by bytes that are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xce, 0xc4]))).toEqual({ ok: false, error: NOT_UTF8 });
  });

  it("refuses UTF-16, saying so", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x87, 0x65]))).toEqual({ ok: false, error: "文件是 UTF-16（Unicode）编码：请在表格软件或编辑器中另存为“UTF-8”" });
  });

  it("decodes in pieces without splitting a character across two of them", () => {
    const text = "文昌镇,".repeat(40_000);
    const bytes = gbk(text);
    const found = textEncoding(bytes);
    if (!found.ok) throw new Error(found.error);
    const pieces = [...textChunks(bytes, found)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(text);
  });
});
