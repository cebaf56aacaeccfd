// An XLSX file is a zip archive whose parts may unpack to far more than the file's size: 24
// million shared strings fit in under 1 MB. Before a workbook is parsed, its archive is read
// with the limits of lib/uploads/zip-read.ts (number of parts, their stated sizes, how much each
// unpacks compared with its stored size, the stated size as a hard ceiling), and
// the rows, cells and shared strings are counted; then the parser is given a new archive of
// only those parts, as they were stored, so that it reads nothing that was not checked.
import zlib from "node:zlib";
import { LIMIT_MESSAGES, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { zipArchive, type ZipEntry } from "@/lib/uploads/zip";
import { unpackEntry, zipDirectory, ZipRefusal, type ZipProblem } from "@/lib/uploads/zip-read";

export const NOT_XLSX = "不是有效的 XLSX 文件（无法打开工作簿）";
const SIZE_MISMATCH = "不是有效的 XLSX 文件（部件解压后的大小与文件中记载的不符）";

const MESSAGES: Record<ZipProblem, string> = {
  broken: NOT_XLSX,
  entries: LIMIT_MESSAGES.zipEntries,
  unpackedBytes: LIMIT_MESSAGES.unpackedBytes,
  unpackRatio: LIMIT_MESSAGES.unpackRatio,
  sizeMismatch: SIZE_MISMATCH,
};

/** The parts a sheet is read from, in the order the streaming parser wants them (relations and shared strings before sheets). */
const PART_ORDER = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"];
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

export type XlsxParts = { ok: true; parts: ZipEntry[] } | { ok: false; error: string };

class Refusal extends Error {}

/** How many elements of this local name (no namespace prefix, as the parser reads them) the XML holds. */
export function countElements(xml: Buffer, name: string): number {
  const open = Buffer.from(`<${name}`);
  let count = 0;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const next = xml[at + open.length];
    // space, tab, CR, LF, ">" or "/" ends the name: "<c " is a cell, "<col" is not
    if (next === 0x20 || next === 0x09 || next === 0x0d || next === 0x0a || next === 0x3e || next === 0x2f) count++;
  }
  return count;
}

/** The workbook's checked parts, or why it is refused. `rows` counts the header too. */
export function xlsxParts(input: Uint8Array, limits: { rows: number; cells: number; rowsMessage: string }): XlsxParts {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  try {
    const parts: ZipEntry[] = [];
    const wanted = zipDirectory(bytes).filter((entry) => PART_ORDER.includes(entry.name) || WORKSHEET.test(entry.name));
    for (const entry of wanted) {
      const { stored, data } = unpackEntry(bytes, entry);
      if (entry.name === "xl/sharedStrings.xml" && countElements(data, "si") > UPLOAD_LIMITS.sharedStrings) throw new Refusal(LIMIT_MESSAGES.sharedStrings);
      if (WORKSHEET.test(entry.name)) {
        if (countElements(data, "row") > limits.rows) throw new Refusal(limits.rowsMessage);
        if (countElements(data, "c") > limits.cells) throw new Refusal(LIMIT_MESSAGES.cells);
      }
      // kept as stored, now known to unpack to exactly what the headers say
      parts.push({ name: entry.name, method: entry.method === 8 ? 8 : 0, stored, size: entry.size, crc32: zlib.crc32(data) });
    }
    if (!parts.some((part) => part.name === "xl/workbook.xml")) return { ok: false, error: NOT_XLSX };
    return { ok: true, parts };
  } catch (error) {
    // anything else is a read outside the file that its own offsets led to
    if (error instanceof ZipRefusal) return { ok: false, error: MESSAGES[error.problem] };
    return { ok: false, error: error instanceof Refusal ? error.message : NOT_XLSX };
  }
}

/** The parts as an archive the parser reads, relations and shared strings before sheets. */
export function partsArchive(parts: readonly ZipEntry[]): Buffer {
  const rank = (name: string) => (PART_ORDER.includes(name) ? PART_ORDER.indexOf(name) : PART_ORDER.length);
  return zipArchive([...parts].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, "en", { numeric: true })));
}
