import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_DIR } from "@/lib/formats/fixtures.testutil";
import { fuzzCorpus, fuzzInputs, runFuzz } from "@/lib/parse-text/fuzz";
import { readSource, SOURCE_MESSAGES } from "@/lib/parse-text/source";
import { REPORT_LIMIT_MESSAGES } from "@/lib/uploads/limits";
import { DOCX_MESSAGES, NOT_DOCX } from "./docx";
import { sampleDocx } from "./testing.testutil";

const TESTDATA = path.join(import.meta.dirname, "testdata");

describe("the readers of a report's file under hostile input", () => {
  it("answer every one of 400 broken, random and hostile files with a result or one line, quickly", { timeout: 120_000 }, async () => {
    const corpus = await fuzzCorpus({
      texts: [{ name: "report.txt", bytes: fs.readFileSync(path.join(SHARED_DIR, "seeds/000_8522b7fa46d6f532.txt")) }],
      pages: ["word-export.html", "word-export.gbk.html"].map((name) => ({ name, bytes: fs.readFileSync(path.join(TESTDATA, name)) })),
      documents: [{ name: "report.docx", bytes: await sampleDocx(2) }],
    });
    const run = await runFuzz(readSource, fuzzInputs(corpus, 20_261_204, 400), { slowMs: 3_000 });
    expect(run.count).toBe(400);
    expect(run.crashes).toEqual([]);
    expect(run.invalid).toEqual([]);
    expect(run.slow).toEqual([]);
    expect(run.refusals[SOURCE_MESSAGES.unexpected]).toBeUndefined();
    // the inputs reach every reader, and both answers: many are read despite the damage
    expect(run.accepted).toBeGreaterThan(60);
    expect(Object.keys(run.refusals)).toEqual(
      expect.arrayContaining([DOCX_MESSAGES.notXml, NOT_DOCX, DOCX_MESSAGES.xlsx, REPORT_LIMIT_MESSAGES.unpackedBytes, REPORT_LIMIT_MESSAGES.zipEntries]),
    );
  });

  it("refuses a 20 MB file on its size at once", () => {
    const started = Date.now();
    const result = readSource(new Uint8Array(20 * 1024 * 1024).fill(0x41), "report.txt");
    expect(result).toEqual({ ok: false, error: "文件超过 16 MB（20 MB）" });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
