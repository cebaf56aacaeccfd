import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/formats";
import { formatCellValue } from "@/lib/formats/cell-number";
import { occupyGrid } from "@/lib/formats/grid.testutil";
import type { Cells, TableDef } from "@/lib/formats/types";
import { bareDocx, bodyXml, garbledEntry } from "@/lib/parse-text/fuzz";
import type { SourceDocument, SourceTable } from "@/lib/parse-text/types";
import { REPORT_LIMIT_MESSAGES, REPORT_LIMITS, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { deflatedEntry, repeatedEntry } from "@/lib/uploads/testing";
import { zipArchive } from "@/lib/uploads/zip";
import { DOCX_MESSAGES, NOT_DOCX, readDocx, wordDocument } from "./docx";
import { readSource } from "./index";
import { sampleDocument, sampleDocx } from "./testing.testutil";

/** The official template's table filled in as printed: every slot the label or number its item covers. */
function printedTable(table: TableDef, cells: Partial<Cells>): string[][] {
  const items = table.grid.flat();
  return occupyGrid(table).owner.map((row) =>
    row.map((index) => {
      const item = items[index ?? -1];
      if (!item) return "";
      if (item.type === "label") return item.text.replace(/\s+/g, " ").trim();
      const def = table.cells.find((cell) => cell.key === item.key);
      return def ? formatCellValue(def, cells[def.key]) : "";
    }),
  );
}

function read(bytes: Uint8Array): SourceDocument {
  const result = readSource(bytes, "报告.docx");
  if (!result.ok) throw new Error(result.error);
  return result.source;
}

const tables = (doc: SourceDocument) => doc.blocks.filter((block): block is SourceTable => block.kind === "table");
const refusal = (bytes: Uint8Array) => {
  const result = readSource(bytes, "报告.docx");
  return result.ok ? "read" : result.error;
};
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe("reading a .docx", () => {
  it.each([0, 1, 2, 3])("gives back every table of the project's own export of sample %i with labels and numbers in their slots", async (index) => {
    const { document, sections } = sampleDocument(index);
    const doc = read(await sampleDocx(index));
    expect(doc.kind).toBe("docx");
    const format = getFormat(document.format);
    const read_ = tables(doc);
    expect(read_).toHaveLength(format.tables.length);
    format.tables.forEach((table, i) => {
      const expected = printedTable(table, document.cells).filter((row) => row.some((cell) => cell !== ""));
      expect(read_[i].rows).toEqual(expected);
    });
    // the narrative's paragraphs come back in order, each one a block
    const paragraphs = doc.blocks.filter((block) => block.kind === "paragraph").map((block) => block.text);
    const firstSection = Object.values(sections).find((text) => text.trim())!;
    const firstParagraph = firstSection.split("\n").map((line) => line.trim()).find(Boolean)!;
    expect(paragraphs).toContain(firstParagraph);
    expect(paragraphs.indexOf(firstParagraph)).toBeLessThan(doc.blocks.indexOf(read_[0]));
    // every block is where its offset says in the document's text
    for (const block of doc.blocks) {
      const shown = block.kind === "paragraph" ? block.text : block.rows.map((row) => row.join("\t")).join("\n");
      expect(doc.text.slice(block.offset, block.offset + shown.length)).toBe(shown);
    }
  });

  it("reads runs, tabs, breaks, merged cells and a table inside a cell, leaving out deleted and moved-away text and the fallback copy of a text box", () => {
    const cell = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph(text)}</w:tc>`;
    const xml = bodyXml(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:tab/><w:t>总体</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:r><w:t>情况</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>` +
        `<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:drawing><w:txbxContent>${paragraph("框内")}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${paragraph("框内")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>框外</w:t></w:r></w:p>` +
        `<w:tbl>` +
        `<w:tr>${cell("项目", '<w:vMerge w:val="restart"/>')}${cell("申请人情况", '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${cell("", "<w:vMerge/>")}${cell("自然人")}${cell("法人")}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell("  1 ")}<w:tc>${paragraph("2")}<w:tbl><w:tr>${cell("内")}${cell("表")}</w:tr></w:tbl></w:tc></w:tr>` +
        `</w:tbl>` +
        paragraph("落款"),
    );
    const doc = wordDocument(xml);
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "一、\t总体情况\n第二行", offset: 0 },
      { kind: "paragraph", text: "框内 框外", offset: 12 },
      { kind: "table", rows: [["项目", "申请人情况", "申请人情况"], ["项目", "自然人", "法人"], ["", "1", "2 内 表"]], offset: 18 },
      { kind: "paragraph", text: "落款", offset: 52 },
    ]);
  });

  it("caps a hostile span at the limit of columns", () => {
    const xml = bodyXml(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000"/></w:tcPr>${paragraph("宽")}</w:tc><w:tc>${paragraph("1")}</w:tc></w:tr></w:tbl>`);
    const [table] = tables(wordDocument(xml));
    expect(table.rows[0]).toHaveLength(REPORT_LIMITS.columnSpan + 1);
  });

  it("refuses a renamed zip bomb, a bomb behind a small stated size, and a document too large once unpacked", async () => {
    const head = bodyXml("<w:p><w:r><w:t>").replace("</w:body></w:document>", "");
    const bomb = await repeatedEntry("word/document.xml", head, "零", 30_000_000, "</w:t></w:r></w:p></w:body></w:document>");
    expect(refusal(zipArchive([bomb]))).toBe(REPORT_LIMIT_MESSAGES.unpackedBytes);
    expect(refusal(zipArchive([{ ...bomb, size: 2048 }]))).toBe("不是有效的 Word 文档（.docx）：部件解压后的大小与文件中记载的不符");
    // 17 MB of digits packs to ≈ 8 MB: within the ratio, over the limit of the body
    const digits = Buffer.alloc(17 * 1024 * 1024);
    for (let i = 0, x = 7; i < digits.length; i++) digits[i] = 0x30 + ((x = (x * 1103515245 + 12345) & 0x7fffffff) % 10);
    const xml = Buffer.concat([Buffer.from(head), digits, Buffer.from("</w:t></w:r></w:p></w:body></w:document>")]);
    const large = zipArchive([{ name: "word/document.xml", method: 8, stored: zlib.deflateRawSync(xml, { level: 1 }), size: xml.length, crc32: zlib.crc32(xml) }]);
    expect(large.length).toBeLessThan(REPORT_LIMITS.fileBytes);
    expect(xml.length).toBeLessThan(UPLOAD_LIMITS.unpackedBytes);
    expect(refusal(large)).toBe(REPORT_LIMIT_MESSAGES.documentXmlBytes);
  });

  it("refuses an archive that is not a Word document, a truncated one and one whose XML is broken, each with one line", async () => {
    const docx = await sampleDocx(2);
    expect(refusal(zipArchive([deflatedEntry("xl/workbook.xml", "<workbook/>")]))).toBe(DOCX_MESSAGES.xlsx);
    expect(refusal(zipArchive([deflatedEntry("ppt/presentation.xml", "<p/>")]))).toBe(DOCX_MESSAGES.pptx);
    expect(refusal(zipArchive([deflatedEntry("mimetype", "application/vnd.oasis.opendocument.text"), deflatedEntry("content.xml", "<x/>")]))).toBe(DOCX_MESSAGES.odt);
    expect(refusal(zipArchive([deflatedEntry("word/media/image1.png", "png")]))).toBe(DOCX_MESSAGES.otherZip);
    expect(refusal(docx.subarray(0, Math.floor(docx.length / 2)))).toBe(NOT_DOCX);
    expect(refusal(zipArchive([garbledEntry("word/document.xml", 100)]))).toBe(NOT_DOCX);
    expect(refusal(bareDocx(bodyXml(paragraph("未闭合")).replace("</w:body>", "")))).toBe(DOCX_MESSAGES.notXml);
    expect(refusal(bareDocx(bodyXml(paragraph("a &nbsp; b"))))).toBe(DOCX_MESSAGES.notXml);
    expect(refusal(zipArchive([{ name: "word/document.xml", method: 8, stored: zlib.deflateRawSync(Buffer.from([0xff, 0xfe, 0x3c])), size: 3, crc32: 0 }]))).toBe(DOCX_MESSAGES.notXml);
  });

  it("reads a document of only a body and refuses one with no text", () => {
    expect(readDocx(bareDocx(bodyXml(paragraph("正文")))).blocks).toEqual([{ kind: "paragraph", text: "正文", offset: 0 }]);
    expect(refusal(bareDocx(bodyXml("<w:p/>")))).toBe("文件中没有可读取的文字");
  });
});
