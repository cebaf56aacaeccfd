// The lines of a gzip'd file, pulled one at a time (the file is read only as fast as the lines
// are used), each with its number for messages.
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { AppError } from "@/lib/errors";

/** No line of a backup comes near this; a file without line breaks is not one. */
const MAX_LINE_CHARS = 256 * 1024 * 1024;

export function damaged(detail: string): AppError {
  return new AppError("INVALID_INPUT", `备份文件已损坏或不完整：${detail}。请换用完整的备份文件。`);
}

export async function* gzipLines(input: Readable): AsyncGenerator<{ text: string; number: number }> {
  const gunzip = zlib.createGunzip();
  const feeding = pipeline(input, gunzip);
  feeding.catch(() => undefined); // the same failure surfaces through the iteration below
  gunzip.setEncoding("utf8");
  let pending = "";
  let number = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      pending += chunk;
      let start = 0;
      for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
        number++;
        yield { text: pending.slice(start, end), number };
        start = end + 1;
      }
      pending = pending.slice(start);
      if (pending.length > MAX_LINE_CHARS) throw damaged(`第 ${number + 1} 行过长`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "Z_BUF_ERROR") throw damaged(`文件被截断，第 ${number} 行之后的内容缺失`);
    if (code === "Z_DATA_ERROR") {
      throw damaged(number === 0 && pending === "" ? "不是 gzip 压缩的公开年报备份" : `第 ${number} 行之后的内容无法解压（文件被改动过）`);
    }
    throw error;
  } finally {
    gunzip.destroy();
  }
  if (pending !== "") yield { text: pending, number: number + 1 };
}
