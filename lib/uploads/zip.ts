// Writing a zip archive: local headers, data, central directory, end record. The workbook
// reader is given archives written here, of parts that were checked; the tests write hostile
// ones with it.

export const ZIP_SIGNATURES = { endOfDirectory: 0x06054b50, directoryEntry: 0x02014b50, localHeader: 0x04034b50 } as const;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: 0 | 8;
  /** the data as it is kept in the archive */
  stored: Uint8Array;
  /** the unpacked size the headers state */
  size: number;
  crc32: number;
}

export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const version = entry.method === 8 ? 20 : 10;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(ZIP_SIGNATURES.localHeader, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc32 >>> 0, 14);
    local.writeUInt32LE(entry.stored.length, 18);
    local.writeUInt32LE(entry.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(ZIP_SIGNATURES.directoryEntry, 0);
    header.writeUInt16LE(version, 4);
    header.writeUInt16LE(version, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(entry.crc32 >>> 0, 16);
    header.writeUInt32LE(entry.stored.length, 20);
    header.writeUInt32LE(entry.size >>> 0, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(entry.stored.buffer, entry.stored.byteOffset, entry.stored.byteLength));
    central.push(header, name);
    offset += local.length + name.length + entry.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(ZIP_SIGNATURES.endOfDirectory, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
