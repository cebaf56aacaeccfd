import { describe, expect, it } from "vitest";
import { readSheet } from "@/lib/register/import";
import { LIMIT_MESSAGES, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { deflatedEntry, repeatedEntry, sharedStringsBomb, smallSheet, workbookParts } from "@/lib/uploads/testing";
import { countElements } from "@/lib/uploads/xlsx";
import { zipArchive } from "@/lib/uploads/zip";

const MB = 1024 * 1024;

/** Peak RSS of this process in MB, as the kernel keeps it. */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

describe("XLSX files are checked by what they unpack to before they are parsed", () => {
  it("refuses a workbook of 4 million shared strings (88 MB unpacked, about 210 KB stored) from its central directory", async () => {
    const bomb = await sharedStringsBomb(4_000_000);
    expect(bomb.length).toBeLessThan(250 * 1024);
    const before = peakRssMb();
    expect(await readSheet("xlsx", bomb)).toEqual({ ok: false, error: LIMIT_MESSAGES.unpackedBytes });
    expect(peakRssMb() - before).toBeLessThan(50);
  });

  it("refuses a part whose headers state a small size but whose data unpacks to more", async () => {
    const strings = await repeatedEntry("xl/sharedStrings.xml", "<sst>", "<si><t>编号</t></si>", 1_000_000, "</sst>");
    const lying = zipArchive([...workbookParts(), smallSheet(), { ...strings, size: 1000 }]);
    expect(await readSheet("xlsx", lying)).toEqual({ ok: false, error: "不是有效的 XLSX 文件（部件解压后的大小与文件中记载的不符）" });
  });

  it("refuses a part of 1 MB or more that unpacks to over 100 times its stored size", async () => {
    const padding = await repeatedEntry("xl/worksheets/sheet2.xml", "<worksheet>", " ", 8 * MB, "</worksheet>");
    const file = zipArchive([...workbookParts(), smallSheet(), deflatedEntry("xl/sharedStrings.xml", "<sst><si><t>编号</t></si></sst>"), padding]);
    expect(await readSheet("xlsx", file)).toEqual({ ok: false, error: LIMIT_MESSAGES.unpackRatio });
  });

  it("refuses more shared strings than a register can have cells, though they unpack to little", async () => {
    const unique = Array.from({ length: UPLOAD_LIMITS.sharedStrings + 1 }, (_, i) => `<si><t>${i}</t></si>`);
    const strings = deflatedEntry("xl/sharedStrings.xml", `<sst>${unique.join("")}</sst>`);
    expect(strings.size).toBeLessThan(UPLOAD_LIMITS.unpackedBytes);
    expect(await readSheet("xlsx", zipArchive([...workbookParts(), smallSheet(), strings]))).toEqual({ ok: false, error: LIMIT_MESSAGES.sharedStrings });
  });

  it("refuses a sheet of more rows than the register's limit and its header, before parsing it", async () => {
    const rows = await repeatedEntry("xl/worksheets/sheet1.xml", "<worksheet><sheetData>", '<row r="1"/>', UPLOAD_LIMITS.rows + 2, "</sheetData></worksheet>");
    const file = zipArchive([...workbookParts(), rows, deflatedEntry("xl/sharedStrings.xml", "<sst/>")]);
    expect(await readSheet("xlsx", file)).toEqual({ ok: false, error: LIMIT_MESSAGES.rows });
    expect(LIMIT_MESSAGES.rows).toBe("超过 20,000 行（不含表头）：请按年度或单位分成几个文件导入");
  });

  it("refuses an archive of more parts than a workbook has", async () => {
    const parts = Array.from({ length: UPLOAD_LIMITS.zipEntries + 1 }, (_, i) => deflatedEntry(`xl/media/image${i}.png`, "x"));
    expect(await readSheet("xlsx", zipArchive([...workbookParts(), smallSheet(), ...parts]))).toEqual({ ok: false, error: LIMIT_MESSAGES.zipEntries });
  });

  it("refuses an archive whose central directory points outside the file", async () => {
    const file = Buffer.from(zipArchive([...workbookParts(), smallSheet()]));
    file.writeUInt32LE(file.length + 100, file.length - 6);
    expect(await readSheet("xlsx", file)).toEqual({ ok: false, error: "不是有效的 XLSX 文件（无法打开工作簿）" });
    const entry = Buffer.from(zipArchive([...workbookParts(), smallSheet()]));
    entry.writeUInt32LE(0xfffffff0, entry.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 42);
    expect(await readSheet("xlsx", entry)).toEqual({ ok: false, error: "不是有效的 XLSX 文件（无法打开工作簿）" });
  });

  it("names the unpacked limit in megabytes", () => {
    expect(LIMIT_MESSAGES.unpackedBytes).toBe("文件解压后超过 64 MB：请删去登记簿以外的工作表和列，或另存为 CSV");
  });

  it("counts elements by their local name only", () => {
    const xml = Buffer.from('<row r="1"><c r="A1"/><c\nr="B1"></c><col/><cols></cols></row><row/><rows/><x:row/>');
    expect(countElements(xml, "row")).toBe(2);
    expect(countElements(xml, "c")).toBe(2);
  });
});
