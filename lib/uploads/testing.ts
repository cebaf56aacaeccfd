// Hostile and oversized files for the tests and the benchmark: zip entries whose headers may
// state sizes that their data does not keep, a workbook of
// millions of shared strings a few hundred KB long, a register CSV of any length, and GBK bytes.
import zlib from "node:zlib";
import { once } from "node:events";
import { zipArchive, type ZipEntry } from "@/lib/uploads/zip";


export function deflatedEntry(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, "utf8");
  return { name, method: 8, stored: zlib.deflateRawSync(data), size: data.length, crc32: zlib.crc32(data) };
}

/** `unit` repeated `times` times, deflated as one stream without ever holding the whole text. */
export async function repeatedEntry(name: string, head: string, unit: string, times: number, tail: string): Promise<ZipEntry> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => parts.push(chunk));
  const unitsPerChunk = Math.max(1, Math.floor((1 << 20) / unit.length));
  const chunk = Buffer.from(unit.repeat(unitsPerChunk), "utf8");
  let crc = zlib.crc32(head);
  let size = Buffer.byteLength(head);
  const write = async (buffer: Buffer) => {
    crc = zlib.crc32(buffer, crc);
    size += buffer.length;
    if (!deflate.write(buffer)) await once(deflate, "drain");
  };
  deflate.write(head);
  for (let left = times; left > 0; left -= unitsPerChunk) {
    await write(left >= unitsPerChunk ? chunk : Buffer.from(unit.repeat(left), "utf8"));
  }
  crc = zlib.crc32(tail, crc);
  size += Buffer.byteLength(tail);
  const ended = once(deflate, "end");
  deflate.end(tail);
  await ended;
  return { name, method: 8, stored: Buffer.concat(parts), size, crc32: crc };
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts every workbook of one sheet has, around its sheet and shared strings. */
export function workbookParts(): ZipEntry[] {
  return [
    deflatedEntry(
      "[Content_Types].xml",
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    deflatedEntry(
      "_rels/.rels",
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedEntry("xl/workbook.xml", `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="登记" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedEntry(
      "xl/_rels/workbook.xml.rels",
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  ];
}

/** A sheet of one row whose cells use the first shared strings. */
export function smallSheet(): ZipEntry {
  return deflatedEntry(
    "xl/worksheets/sheet1.xml",
    `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>`,
  );
}

/** A workbook whose sharedStrings.xml holds `count` strings: 24 million fit in under 1 MB. */
export async function sharedStringsBomb(count: number): Promise<Uint8Array> {
  const strings = await repeatedEntry(
    "xl/sharedStrings.xml",
    `${XML}<sst xmlns="${MAIN}" count="${count}" uniqueCount="${count}">`,
    "<si><t>编号</t></si>",
    count,
    "</sst>",
  );
  return zipArchive([...workbookParts(), smallSheet(), strings]);
}

/** A register CSV of `rows` requests after the header, every row valid; `open`: none closed yet (shorter rows). */
export function registerCsv(rows: number, options: { open?: boolean } = {}): Uint8Array {
  const lines = ["编号,收到日期,渠道,申请人类型,办结日期,办理结果"];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`2024-${i},2024-03-${day},网络,自然人,${options.open ? "," : `2024-04-${day},granted`}`);
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

/**
 * GBK bytes of the few characters the tests use, from the GB 2312 code table. Node cannot
 * encode GBK, so the table is written out; each pair is checked by decoding it back.
 */
const GBK: Record<string, [number, number]> = {
  编: [0xb1, 0xe0],
  号: [0xba, 0xc5],
  收: [0xca, 0xd5],
  到: [0xb5, 0xbd],
  日: [0xc8, 0xd5],
  期: [0xc6, 0xda],
  渠: [0xc7, 0xfe],
  道: [0xb5, 0xc0],
  申: [0xc9, 0xea],
  请: [0xc7, 0xeb],
  人: [0xc8, 0xcb],
  类: [0xc0, 0xe0],
  型: [0xd0, 0xcd],
  办: [0xb0, 0xec],
  结: [0xbd, 0xe1],
  理: [0xc0, 0xed],
  果: [0xb9, 0xfb],
  网: [0xcd, 0xf8],
  络: [0xc2, 0xe7],
  平: [0xc6, 0xbd],
  台: [0xcc, 0xa8],
  自: [0xd7, 0xd4],
  然: [0xc8, 0xbb],
  文: [0xce, 0xc4],
  昌: [0xb2, 0xfd],
  镇: [0xd5, 0xf2],
  春: [0xb4, 0xba],
  节: [0xbd, 0xda],
};

export function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = GBK[char];
      if (!pair) throw new Error(`no GBK bytes for ${char} in the test table`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
