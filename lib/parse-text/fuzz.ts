// Hostile and broken files for the readers of a published report, and a runner that feeds them
// to any reader (the file readers of ./source, or the whole parseReport) and says what went
// wrong: a throw, an answer that is neither {ok: true} nor {ok: false} with one line, or an
// input that took too long. Inputs come from a seeded generator, so a failure can be replayed
// from its seed and index. Used by the CI test (a few hundred inputs) and bench/fuzz (10,000).
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { mulberry32 } from "@/lib/register/testing";
import { deflatedEntry, repeatedEntry } from "@/lib/uploads/testing";
import { zipArchive, type ZipEntry } from "@/lib/uploads/zip";
import { unpackEntry, zipDirectory } from "@/lib/uploads/zip-read";

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzInput extends FuzzFile {
  /** what was done to which file, e.g. "flip 3 bytes of sample.docx" */
  label: string;
}

/** Files the inputs are made from: real-looking reports and the hostile archives built once. */
export interface FuzzCorpus {
  texts: FuzzFile[];
  pages: FuzzFile[];
  documents: FuzzFile[];
  /** word/document.xml of each document, for broken XML */
  documentXml: string[];
  /** archives that are refused as wholes: bombs, a workbook, a zip without a document */
  hostile: FuzzFile[];
}

const WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A .docx of only its word/document.xml, enough for a reader of the body. */
export function bareDocx(xml: string): Uint8Array {
  return zipArchive([deflatedEntry("word/document.xml", xml)]);
}

const DOCUMENT_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_MAIN}"><w:body>`;
const DOCUMENT_TAIL = "</w:body></w:document>";

/** word/document.xml around a body. */
export function bodyXml(body: string): string {
  return DOCUMENT_HEAD + body + DOCUMENT_TAIL;
}

/**
 * The corpus from real-looking files (a report's text, a page, the project's own .docx export),
 * with the hostile archives added: a renamed zip bomb, a bomb behind a stated size, a zip of
 * too many parts, a workbook, a zip without word/document.xml.
 */
export async function fuzzCorpus(files: { texts: FuzzFile[]; pages: FuzzFile[]; documents: FuzzFile[] }): Promise<FuzzCorpus> {
  const documentXml = files.documents.map((file) => {
    const bytes = Buffer.from(file.bytes);
    const entry = zipDirectory(bytes).find((candidate) => candidate.name === "word/document.xml");
    if (!entry) throw new Error(`${file.name} has no word/document.xml`);
    return unpackEntry(bytes, entry).data.toString("utf8");
  });
  // 200 MB of one paragraph deflated into ≈ 200 KB, stated as what it is and stated as 1 KB
  const bomb = await repeatedEntry("word/document.xml", `${DOCUMENT_HEAD}<w:p><w:r><w:t>`, "零", 70_000_000, `</w:t></w:r></w:p>${DOCUMENT_TAIL}`);
  const lying: ZipEntry = { ...bomb, size: 1024 };
  const many: ZipEntry[] = Array.from({ length: 1_500 }, (_, i) => deflatedEntry(`word/media/image${i}.png`, ""));
  const hostile: FuzzFile[] = [
    { name: "bomb.docx", bytes: zipArchive([bomb]) },
    { name: "lying-bomb.docx", bytes: zipArchive([lying]) },
    { name: "many-parts.docx", bytes: zipArchive([deflatedEntry("word/document.xml", bodyXml("")), ...many]) },
    { name: "book.docx", bytes: zipArchive([deflatedEntry("xl/workbook.xml", "<workbook/>")]) },
    { name: "empty.docx", bytes: zipArchive([]) },
    { name: "photos.docx", bytes: zipArchive([deflatedEntry("word/media/image1.png", "\x89PNG")]) },
  ];
  return { ...files, documentXml, hostile };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Mutation = (random: Random, corpus: FuzzCorpus) => FuzzInput;

class Random {
  constructor(readonly next: () => number) {}
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.int(256);
    return out;
  }
  digits(length: number): string {
    let out = String(1 + this.int(9));
    while (out.length < length) out += String(this.int(10));
    return out;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

const anyFile = (random: Random, corpus: FuzzCorpus) => random.pick([...corpus.texts, ...corpus.pages, ...corpus.documents]);
const text = (bytes: Uint8Array) => decoder.decode(bytes);

const MUTATIONS: Record<string, Mutation> = {
  truncate(random, corpus) {
    const file = anyFile(random, corpus);
    const at = random.int(file.bytes.length + 1);
    return { name: file.name, bytes: file.bytes.slice(0, at), label: `${file.name} cut at byte ${at}` };
  },
  flip(random, corpus) {
    const file = anyFile(random, corpus);
    const bytes = file.bytes.slice();
    const count = 1 + random.int(16);
    for (let i = 0; i < count && bytes.length; i++) bytes[random.int(bytes.length)] ^= 1 << random.int(8);
    return { name: file.name, bytes, label: `${count} bits flipped in ${file.name}` };
  },
  random(random) {
    const length = random.int(8192);
    const name = random.pick(["report.txt", "report.html", "report.docx", "report"]);
    return { name, bytes: random.bytes(length), label: `${length} random bytes named ${name}` };
  },
  headed(random) {
    // random bytes behind the first bytes of every kind the readers tell apart
    const head = random.pick(["PK\x03\x04", "PK\x05\x06", "<html>", "<table><tr><td>", "%PDF-1.7\n", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "\xef\xbb\xbf", "\xff\xfe", "{\\rtf1"]);
    const bytes = new Uint8Array([...Buffer.from(head, "latin1"), ...random.bytes(random.int(2048))]);
    return { name: "report", bytes, label: `random bytes after ${JSON.stringify(head)}` };
  },
  longNumbers(random, corpus) {
    const file = random.pick(corpus.texts);
    const changed = text(file.bytes).replace(/\d+/g, (digits) => (random.int(3) === 0 ? random.digits(30) : digits));
    return { name: file.name, bytes: encoder.encode(changed), label: `30-digit numbers in ${file.name}` };
  },
  shuffledRows(random, corpus) {
    const file = random.pick(corpus.texts);
    const lines = text(file.bytes).split("\n");
    const rows = random.shuffle(lines.filter((line) => line.includes("\t")));
    let next = 0;
    const changed = lines.map((line) => (line.includes("\t") ? rows[next++] : line)).join("\n");
    return { name: file.name, bytes: encoder.encode(changed), label: `table rows of ${file.name} shuffled` };
  },
  hugeSpans(random) {
    const rows = 1 + random.int(400);
    const span = () => random.pick(["1", "2", "100000", "-1", "0", "abc", "99999999999999999999", "1e9"]);
    let html = "<table>";
    for (let r = 0; r < rows; r++) html += `<tr><td colspan="${span()}" rowspan="${span()}">标签${r}</td><td>${r}</td>`;
    html += "</table>";
    return { name: "spans.html", bytes: encoder.encode(html), label: `${rows} rows of huge or odd spans` };
  },
  hugeWordSpans(random) {
    const rows = 1 + random.int(400);
    let body = "<w:tbl>";
    for (let r = 0; r < rows; r++) {
      const merge = random.pick(["", '<w:vMerge w:val="restart"/>', "<w:vMerge/>"]);
      body += `<w:tr><w:trPr><w:gridBefore w:val="${random.pick(["0", "3", "100000"])}"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="${random.pick(["1", "100000", "x"])}"/>${merge}</w:tcPr><w:p><w:r><w:t>${r}</w:t></w:r></w:p></w:tc></w:tr>`;
    }
    body += "</w:tbl>";
    return { name: "spans.docx", bytes: bareDocx(bodyXml(body)), label: `${rows} Word rows of huge or odd spans` };
  },
  deepHtml(random) {
    const depth = 1 + random.int(20_000);
    const tag = random.pick(["<div>", "<table><tr><td>", "<b><i>", "<p><span>", "<td>"]);
    const html = tag.repeat(depth) + "文字" + random.pick(["", "</div>".repeat(depth), "</table>".repeat(depth)]);
    return { name: "deep.html", bytes: encoder.encode(html), label: `${tag} nested ${depth} deep` };
  },
  strayCloses(random) {
    // open elements up to the limit, then up to 4 MB of closing tags that close nothing
    const depth = random.int(220);
    const closes = random.pick([1_000, 100_000, 1_048_000]);
    const html = "<div>".repeat(depth) + random.pick(["</a>", "</span></div><div>", "</td>"]).repeat(closes);
    return { name: "stray.html", bytes: encoder.encode(html.slice(0, 4 * 1024 * 1024)), label: `${depth} open elements, ${closes} stray closing tags` };
  },
  deepWord(random) {
    const depth = 1 + random.int(5_000);
    const open = random.pick(["<w:tbl><w:tr><w:tc>", "<w:p><w:r><w:t>", "<w:sdt><w:sdtContent>"]);
    const close = open.replace(/<w:([A-Za-z]+)>/g, "</w:$1>").split(/(?=<)/).reverse().join("");
    return { name: "deep.docx", bytes: bareDocx(bodyXml(open.repeat(depth) + "<w:p/>" + close.repeat(depth))), label: `${open} nested ${depth} deep in a .docx` };
  },
  brokenXml(random, corpus) {
    const xml = random.pick(corpus.documentXml);
    const at = random.int(xml.length);
    const broken = random.pick([
      () => xml.slice(0, at),
      () => xml.slice(0, at) + random.pick(["<", "&", "&bogus;", "</w:p>", "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "\u0000", "]]>"]) + xml.slice(at),
      () => xml.replace(/<\/w:tc>/g, (close) => (random.int(20) === 0 ? "" : close)),
    ])();
    return { name: "broken.docx", bytes: bareDocx(broken), label: `word/document.xml broken at ${at}` };
  },
  hostile(random, corpus) {
    const file = random.pick(corpus.hostile);
    return { ...file, label: file.name };
  },
  mixedEncodings(random, corpus) {
    const file = random.pick([...corpus.texts, ...corpus.pages]);
    const gbk = Buffer.from([0xce, 0xc4, 0xb2, 0xfd, 0xd5, 0xf2]); // 文昌镇 in GBK
    const utf16 = Buffer.from("\ufeff年度报告", "utf16le");
    const piece = random.pick([gbk, utf16, Buffer.from('<meta charset="big5">'), Buffer.from("\u0000\u0001")]);
    const at = random.int(file.bytes.length + 1);
    const bytes = new Uint8Array([...file.bytes.subarray(0, at), ...piece, ...file.bytes.subarray(at)]);
    return { name: file.name, bytes, label: `other encoding's bytes at ${at} of ${file.name}` };
  },
  repeatedDocument(random, corpus) {
    // many copies of a real report in one file: blocks and cells past their limits
    const file = random.pick(corpus.texts);
    const times = random.pick([2, 50, 500, 2_000]);
    const bytes = new Uint8Array(file.bytes.length * times);
    for (let i = 0; i < times; i++) bytes.set(file.bytes, i * file.bytes.length);
    return { name: file.name, bytes, label: `${file.name} ${times} times over` };
  },
};

/** `count` inputs from `seed`; every 1,000th is a file of 20 MB. */
export function* fuzzInputs(corpus: FuzzCorpus, seed: number, count: number): Generator<FuzzInput> {
  const random = new Random(mulberry32(seed));
  const names = Object.keys(MUTATIONS);
  for (let i = 0; i < count; i++) {
    if (i % 1000 === 999) {
      yield { name: "large.txt", bytes: new Uint8Array(20 * 1024 * 1024).fill(0x41), label: "20 MB file" };
      continue;
    }
    const name = random.pick(names);
    const input = MUTATIONS[name](random, corpus);
    yield { ...input, label: `#${i} ${name}: ${input.label}` };
  }
}

export type ReaderAnswer = { ok: true } | { ok: false; error: string };

export interface FuzzRun {
  count: number;
  /** inputs read */
  accepted: number;
  /** inputs refused, by message */
  refusals: Record<string, number>;
  /** inputs whose reader threw */
  crashes: { label: string; error: string }[];
  /** answers that are not {ok: true} or {ok: false, error: one line} */
  invalid: { label: string; answer: string }[];
  /** inputs that took longer than `slowMs` */
  slow: { label: string; ms: number }[];
  slowest: { label: string; ms: number };
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
}

/** Whether an answer is {ok: true} or {ok: false} with a one-line error of a reasonable length. */
export function validAnswer(answer: unknown): boolean {
  if (typeof answer !== "object" || answer === null || !("ok" in answer)) return false;
  if (answer.ok === true) return true;
  if (answer.ok !== false || !("error" in answer) || typeof answer.error !== "string") return false;
  return answer.error.trim().length > 0 && answer.error.length <= 200 && !/[\r\n]/.test(answer.error);
}

/** Feeds every input to `read` in turn, timing each. */
export async function runFuzz(
  read: (bytes: Uint8Array, fileName: string) => ReaderAnswer | Promise<ReaderAnswer>,
  inputs: Iterable<FuzzInput>,
  options: { slowMs?: number; onProgress?: (done: number) => void } = {},
): Promise<FuzzRun> {
  const slowMs = options.slowMs ?? 2_000;
  const times: number[] = [];
  const run: FuzzRun = { count: 0, accepted: 0, refusals: {}, crashes: [], invalid: [], slow: [], slowest: { label: "", ms: 0 }, p50Ms: 0, p99Ms: 0, peakRssMb: 0 };
  for (const input of inputs) {
    const started = performance.now();
    let answer: unknown;
    try {
      answer = await read(input.bytes, input.name);
    } catch (error) {
      run.crashes.push({ label: input.label, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    const ms = performance.now() - started;
    if (answer !== undefined && !validAnswer(answer)) run.invalid.push({ label: input.label, answer: JSON.stringify(answer).slice(0, 300) });
    else if (answer !== undefined) {
      const given = answer as ReaderAnswer;
      if (given.ok) run.accepted++;
      else run.refusals[given.error] = (run.refusals[given.error] ?? 0) + 1;
    }
    times.push(ms);
    if (ms > run.slowest.ms) run.slowest = { label: input.label, ms };
    if (ms > slowMs) run.slow.push({ label: input.label, ms });
    run.count++;
    options.onProgress?.(run.count);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  run.p50Ms = at(0.5);
  run.p99Ms = at(0.99);
  run.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return run;
}

/** A deflated part whose stored data is not deflate at all, for tests of broken archives. */
export function garbledEntry(name: string, size: number): ZipEntry {
  return { name, method: 8, stored: new Uint8Array(64).fill(0xff), size, crc32: zlib.crc32(Buffer.alloc(0)) };
}
