// Reading a zip archive given by a person (an XLSX workbook, a DOCX document) without trusting
// its numbers: the central directory is read with a limit on parts, on their stated sizes
// together and on how much each unpacks compared with its stored size; a part is unpacked with
// its stated size as a hard ceiling, so that a bomb hiding behind small numbers stops there.
// What is wrong is said as a reason; each reader words its own message.
import zlib from "node:zlib";
import { UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { ZIP_SIGNATURES } from "@/lib/uploads/zip";

const { endOfDirectory: END_OF_DIRECTORY, directoryEntry: DIRECTORY_ENTRY, localHeader: LOCAL_HEADER } = ZIP_SIGNATURES;
const MB = 1024 * 1024;

export interface DirectoryEntry {
  name: string;
  method: number;
  storedSize: number;
  size: number;
  localOffset: number;
}

/** Why an archive cannot be read: not a zip (or broken), too many parts, too much once unpacked, a part packed too tightly, a part that unpacks to other than stated. */
export type ZipProblem = "broken" | "entries" | "unpackedBytes" | "unpackRatio" | "sizeMismatch";

export class ZipRefusal extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

/**
 * The archive's parts as its central directory lists them; throws ZipRefusal. The sizes are
 * checked of the parts `unpacked` names (by default all): the parts a reader will unpack.
 */
export function zipDirectory(bytes: Buffer, unpacked: (name: string) => boolean = () => true): DirectoryEntry[] {
  if (bytes.length < 22) throw new ZipRefusal("broken");
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipRefusal("broken");
  const count = bytes.readUInt16LE(end + 10);
  if (count > UPLOAD_LIMITS.zipEntries) throw new ZipRefusal("entries");
  let at = bytes.readUInt32LE(end + 16);
  const entries: DirectoryEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipRefusal("broken");
    const nameLength = bytes.readUInt16LE(at + 28);
    if (at + 46 + nameLength > bytes.length) throw new ZipRefusal("broken");
    const entry: DirectoryEntry = {
      method: bytes.readUInt16LE(at + 10),
      storedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    if (unpacked(entry.name)) {
      total += entry.size;
      if (total > UPLOAD_LIMITS.unpackedBytes) throw new ZipRefusal("unpackedBytes");
      if (entry.size >= MB && entry.size > UPLOAD_LIMITS.unpackRatio * entry.storedSize) throw new ZipRefusal("unpackRatio");
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** A part's stored bytes and its bytes unpacked to at most its stated size; a part that unpacks to more or less is refused. */
export function unpackEntry(bytes: Buffer, entry: DirectoryEntry): { stored: Buffer; data: Buffer } {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipRefusal("broken");
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const stored = bytes.subarray(start, start + entry.storedSize);
  if (stored.length !== entry.storedSize) throw new ZipRefusal("broken");
  let data: Buffer;
  if (entry.method === 0) data = stored;
  else if (entry.method === 8) {
    try {
      data = zlib.inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      // more than stated (a bomb hiding behind small numbers), or not deflate data at all
      throw new ZipRefusal(error instanceof RangeError ? "sizeMismatch" : "broken");
    }
  } else throw new ZipRefusal("broken");
  if (data.length !== entry.size) throw new ZipRefusal("sizeMismatch");
  return { stored, data };
}

/** Whether the bytes start as a zip archive does (a part, or the end record of an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}
