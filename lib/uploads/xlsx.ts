// An XLSX file is a zip archive whose parts may unpack to far more than the file's size: 24
// million shared strings fit in under 1 MB. Before a workbook is parsed, its central directory
// is read (number of parts, their stated sizes, how much each unpacks compared with its stored
// size), the parts a register needs are unpacked with their stated size as a hard ceiling, and
// the rows, cells and shared strings are counted; then the parser is given a new archive of
// only those parts, as they were stored, so that it reads nothing that was not checked.
import zlib from "node:zlib";
import { LIMIT_MESSAGES, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { ZIP_SIGNATURES, zipArchive, type ZipEntry } from "@/lib/uploads/zip";

export const NOT_XLSX = "不是有效的 XLSX 文件（无法打开工作簿）";
const SIZE_MISMATCH = "不是有效的 XLSX 文件（部件解压后的大小与文件中记载的不符）";

const { endOfDirectory: END_OF_DIRECTORY, directoryEntry: DIRECTORY_ENTRY, localHeader: LOCAL_HEADER } = ZIP_SIGNATURES;
const MB = 1024 * 1024;

/** The parts a sheet is read from, in the order the streaming parser wants them (relations and shared strings before sheets). */
const PART_ORDER = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"];
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

interface DirectoryEntry {
  name: string;
  method: number;
  storedSize: number;
  size: number;
  localOffset: number;
}

export type XlsxParts = { ok: true; parts: ZipEntry[] } | { ok: false; error: string };

class Refusal extends Error {}

function directory(bytes: Buffer): DirectoryEntry[] {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Refusal(NOT_XLSX);
  const count = bytes.readUInt16LE(end + 10);
  if (count > UPLOAD_LIMITS.zipEntries) throw new Refusal(LIMIT_MESSAGES.zipEntries);
  let at = bytes.readUInt32LE(end + 16);
  const entries: DirectoryEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Refusal(NOT_XLSX);
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: DirectoryEntry = {
      method: bytes.readUInt16LE(at + 10),
      storedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    total += entry.size;
    if (total > UPLOAD_LIMITS.unpackedBytes) throw new Refusal(LIMIT_MESSAGES.unpackedBytes);
    if (entry.size >= MB && entry.size > UPLOAD_LIMITS.unpackRatio * entry.storedSize) throw new Refusal(LIMIT_MESSAGES.unpackRatio);
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** A part's stored bytes and its bytes unpacked to at most its stated size; a part that unpacks to more or less is refused. */
function unpack(bytes: Buffer, entry: DirectoryEntry): { stored: Buffer; data: Buffer } {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new Refusal(NOT_XLSX);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const stored = bytes.subarray(start, start + entry.storedSize);
  if (stored.length !== entry.storedSize) throw new Refusal(NOT_XLSX);
  let data: Buffer;
  if (entry.method === 0) data = stored;
  else if (entry.method === 8) {
    try {
      data = zlib.inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      // more than stated (a bomb hiding behind small numbers), or not deflate data at all
      throw new Refusal(error instanceof RangeError ? SIZE_MISMATCH : NOT_XLSX);
    }
  } else throw new Refusal(NOT_XLSX);
  if (data.length !== entry.size) throw new Refusal(SIZE_MISMATCH);
  return { stored, data };
}

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
    const wanted = directory(bytes).filter((entry) => PART_ORDER.includes(entry.name) || WORKSHEET.test(entry.name));
    for (const entry of wanted) {
      const { stored, data } = unpack(bytes, entry);
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
    return { ok: false, error: error instanceof Refusal ? error.message : NOT_XLSX };
  }
}

/** The parts as an archive the parser reads, relations and shared strings before sheets. */
export function partsArchive(parts: readonly ZipEntry[]): Buffer {
  const rank = (name: string) => (PART_ORDER.includes(name) ? PART_ORDER.indexOf(name) : PART_ORDER.length);
  return zipArchive([...parts].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, "en", { numeric: true })));
}
