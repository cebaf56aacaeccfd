// Timing helpers: run a function a number of times after a warm-up, report median and p95.
import { performance } from "node:perf_hooks";

export interface Timing {
  runs: number;
  median: number;
  p95: number;
}

export async function time(runs: number, fn: (i: number) => Promise<unknown>, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** Median and p95 (nearest rank) of the samples, in ms. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { runs: sorted.length, median: at(0.5), p95: at(0.95) };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
