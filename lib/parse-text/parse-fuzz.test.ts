// The whole reader (file and content) under hostile input: broken, random and hostile files get a
// report or one line, never a throw, and quickly.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_DIR } from "@/lib/formats/fixtures.testutil";
import { fuzzCorpus, fuzzInputs, runFuzz } from "@/lib/parse-text/fuzz";
import { parseReport } from "@/lib/parse-text";
import { reportHtml, reportText, type PrintedReport } from "@/lib/parse-text/testing";
import { sampleDocx } from "@/lib/parse-text/source/testing.testutil";

function fixture(name: string): PrintedReport {
  const dir = path.join(SHARED_DIR, "fixtures/reports", name);
  return { ...JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")), narrative: fs.readFileSync(path.join(dir, "narrative.txt"), "utf8") };
}

describe("parseReport under hostile input", () => {
  it("answers every one of 200 broken, random and hostile files with a report or one line, quickly", { timeout: 180_000 }, async () => {
    const p21 = fixture("pingtan-2021");
    const encode = (text: string) => new TextEncoder().encode(text);
    const corpus = await fuzzCorpus({
      texts: [
        { name: "report.txt", bytes: fs.readFileSync(path.join(SHARED_DIR, "seeds/000_8522b7fa46d6f532.txt")) },
        { name: "archive.txt", bytes: encode(reportText(p21, "archive-all")) },
      ],
      pages: [{ name: "report.html", bytes: encode(reportHtml(p21)) }],
      documents: [{ name: "report.docx", bytes: await sampleDocx(2) }],
    });
    const run = await runFuzz((bytes, name) => parseReport(bytes, name), fuzzInputs(corpus, 20_261_205, 200), { slowMs: 5_000 });
    expect(run.count).toBe(200);
    expect(run.crashes).toEqual([]);
    expect(run.invalid).toEqual([]);
    expect(run.slow).toEqual([]);
    expect(run.accepted).toBeGreaterThan(20);
  });
});
