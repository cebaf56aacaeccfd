// How long the 内容雷同 check of one report takes against many: a report's sections against
// the same sections of 300 other reports (10 earlier years × 30 sibling units), every text of
// real length, cut from the sample data's real narratives and shuffled so that no two are alike.
//   npx tsx bench/similarity.ts
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { findSimilarity, prepareText, SIMILARITY_THRESHOLD } from "@/lib/similarity/compare";
import { SAMPLE_DATA_FILE, type SampleData } from "@/lib/sample/schema";

const OTHERS = 300;
const RUNS = 10;

function main() {
  const data = JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8")) as SampleData;
  const pool = data.reports.flatMap((r) => Object.values(r.sections)).flatMap((text) => text.split("。")).filter((s) => s.length > 5);
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  // Six sections of about the length the real ones have (总体情况 ≈ 2,000 characters, the others shorter).
  const lengths = [2000, 600, 400, 400, 800, 300];
  const report = () =>
    lengths.map((length) => {
      let text = "";
      while (text.length < length) text += pool[Math.floor(random() * pool.length)] + "。";
      return text;
    });
  const names = ["某某镇", "某某县"];
  const mine = report();
  const others = Array.from({ length: OTHERS }, report);
  const times: number[] = [];
  const cpu: number[] = [];
  let flagged = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const prepared = mine.map((text) => prepareText(text, names));
    for (const other of others) {
      other.forEach((text, i) => {
        if (findSimilarity(prepared[i], prepareText(text, names))) flagged++;
      });
    }
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time as well as wall time: on a shared machine the wall time mostly measures the others.
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)].toFixed(0);
  console.log(
    `6 sections × ${OTHERS} reports: median ${median(times)} ms wall, ${median(cpu)} ms CPU, max ${Math.max(...times).toFixed(0)} ms wall (${flagged / RUNS} comparisons at or above ${SIMILARITY_THRESHOLD} %)`,
  );
}

main();
