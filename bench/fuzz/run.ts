// npm run bench:fuzz [-- --count N] [--seed N] [--files a.txt,b.html,c.docx]
//
// Feeds N seeded hostile inputs (default 10,000; see lib/parse-text/fuzz.ts) to the readers of
// a report's file and prints: crashes (must be 0), answers that are not {ok} or one line,
// inputs over 2 s, the slowest input, time per input p50/p99, peak RSS, and how many inputs
// were read and refused (by message). The corpus is the OCR seed report, the Word-export page
// of the reader tests in UTF-8 and GBK, and the project's own .docx export of the four sample
// reports; --files adds more. Exit code 1 when anything crashed, answered badly or was slow.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fuzzCorpus, fuzzInputs, runFuzz, type FuzzFile } from "@/lib/parse-text/fuzz";
import { readSource } from "@/lib/parse-text/source";
import { sampleDocx } from "@/lib/parse-text/source/testing.testutil";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "20261204" },
    files: { type: "string", default: "" },
  },
});

const root = path.resolve(import.meta.dirname, "../..");
const file = (at: string): FuzzFile => ({ name: path.basename(at), bytes: new Uint8Array(fs.readFileSync(at)) });

async function main(): Promise<void> {
  const count = Number(values.count);
  const seed = Number(values.seed);
  const extra = values.files ? values.files.split(",").map(file) : [];
  const corpus = await fuzzCorpus({
    texts: [file(path.resolve(root, "../shared/seeds/000_8522b7fa46d6f532.txt")), ...extra.filter((f) => /\.txt$/i.test(f.name))],
    pages: [
      file(path.join(root, "lib/parse-text/source/testdata/word-export.html")),
      file(path.join(root, "lib/parse-text/source/testdata/word-export.gbk.html")),
      ...extra.filter((f) => /\.html?$/i.test(f.name)),
    ],
    documents: [
      ...(await Promise.all([0, 1, 2, 3].map(async (i) => ({ name: `sample-${i}.docx`, bytes: await sampleDocx(i) })))),
      ...extra.filter((f) => /\.docx$/i.test(f.name)),
    ],
  });
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const started = Date.now();
  const run = await runFuzz(readSource, fuzzInputs(corpus, seed, count), {
    onProgress: (done) => {
      if (done % 1000 === 0) process.stderr.write(`${done} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    },
  });
  const lines = [
    `inputs            ${run.count} (seed ${seed})`,
    `crashes           ${run.crashes.length}`,
    `bad answers       ${run.invalid.length}`,
    `over 2 s          ${run.slow.length}`,
    `read / refused    ${run.accepted} / ${run.count - run.accepted - run.crashes.length - run.invalid.length}`,
    `slowest           ${run.slowest.ms.toFixed(0)} ms  ${run.slowest.label}`,
    `per input         p50 ${run.p50Ms.toFixed(2)} ms, p99 ${run.p99Ms.toFixed(1)} ms`,
    `peak RSS          ${run.peakRssMb.toFixed(0)} MB (${startRssMb.toFixed(0)} MB with the corpus built, before the first input)`,
    `total             ${((Date.now() - started) / 1000).toFixed(1)} s`,
    "",
    "refusals:",
    ...Object.entries(run.refusals)
      .sort((a, b) => b[1] - a[1])
      .map(([message, n]) => `  ${String(n).padStart(5)}  ${message}`),
  ];
  for (const crash of run.crashes) lines.push(`CRASH ${crash.label}\n${crash.error}`);
  for (const bad of run.invalid) lines.push(`BAD ANSWER ${bad.label}: ${bad.answer}`);
  for (const slow of run.slow) lines.push(`SLOW ${slow.ms.toFixed(0)} ms ${slow.label}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  if (run.crashes.length || run.invalid.length || run.slow.length) process.exitCode = 1;
}

await main();
