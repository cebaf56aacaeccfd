// npm run bench:editor [-- --keystrokes 40] [--port 3411]
//
// The time from a keystroke in the report editor to the findings that follow from it, on a
// full gov-2021 report (every cell and section of the sample data's 平潭 2021 report), in Debian's
// chromium against the built site (`next start` of .next) on a fresh embedded database.
// Each keystroke either breaks an identity (a digit appended to a part of 表三) or mends it
// (Backspace), so the findings summary must change every time; the page itself records when
// the key went down and when the summary showed the new count, and, one animation frame
// later, when that was painted. Prints median, p95 and max. See bench/README.md.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { closeDatabase, getDatabase } from "@/lib/db";
import { importReport } from "@/lib/data/reports";
import type { Cells } from "@/lib/formats/types";
import { cellInputId } from "@/components/report/editor/ids";
import { SAMPLE_DATA_FILE, sampleDataSchema } from "@/lib/sample/schema";
import { ensureBuild, freePort, prepareSite, startServer } from "../site";

const { values } = parseArgs({
  options: {
    keystrokes: { type: "string", default: "40" },
    port: { type: "string", default: "3411" },
  },
});
const KEYSTROKES = Number(values.keystrokes);
/** a part of 表三 whose total the format derives: changing it breaks or mends I1/I2 */
const PART = "t3.new.natural";

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** 平潭 2021 as the sample data holds it: every cell and every narrative section. */
function fullReport(): { cells: Cells; sections: Record<string, string> } {
  const data = sampleDataSchema.parse(JSON.parse(fs.readFileSync(SAMPLE_DATA_FILE, "utf8")));
  const sample = data.reports.find((r) => r.org === "pingtan" && r.document.year === 2021 && r.document.format === "gov-2021");
  if (!sample) throw new Error("the sample data has no 平潭 2021 report");
  return { cells: sample.document.cells, sections: sample.sections };
}

async function main(): Promise<void> {
  ensureBuild();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-editor-"));
  const databaseUrl = `file:${folder}`;
  try {
    const site = await prepareSite(databaseUrl, 1, { sample: false });
    const [draft] = site.reports;
    const full = fullReport();
    process.env.DATABASE_URL = databaseUrl;
    getDatabase();
    try {
      await importReport({
        actor: CLI_ACTOR,
        orgSlug: draft.orgSlug,
        doc: { format: "gov-2021", year: 2025, organization: "负载测试1镇", cells: full.cells },
        sections: full.sections,
      });
    } finally {
      await closeDatabase();
    }
    const port = await freePort(Number(values.port));
    const server = await startServer({ port, databaseUrl, secret: crypto.randomBytes(32).toString("hex") });
    try {
      const times = await measure(server.base, draft.id, draft.staff);
      report(times);
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

interface Sample {
  /** keydown → the findings summary shows the new count */
  findings: number;
  /** keydown → the frame after that was painted */
  painted: number;
}

async function measure(base: string, reportId: string, staff: { username: string; password: string }): Promise<Sample[]> {
  const { chromium } = createRequire(import.meta.url)("@playwright/test") as typeof import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "zh-CN" });
    await page.goto(`${base}/login`);
    await page.getByLabel("用户名").fill(staff.username);
    await page.getByLabel("密码").fill(staff.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto(`${base}/work/${reportId}`);
    const summary = page.locator(".findings-summary");
    await summary.waitFor();
    const input = page.locator(`[id="${cellInputId(PART)}"]`);
    await input.waitFor();
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      const state = window as unknown as { __bench: { down: number; shown: number; painted: number; before: string } };
      state.__bench = { down: 0, shown: 0, painted: 0, before: "" };
      const target = document.querySelector(".findings-summary")!;
      document.addEventListener(
        "keydown",
        () => {
          state.__bench = { down: performance.now(), shown: 0, painted: 0, before: target.textContent ?? "" };
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const b = state.__bench;
        if (b.down === 0 || b.shown !== 0 || target.textContent === b.before) return;
        b.shown = performance.now();
        requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now()), 0));
      }).observe(document.querySelector(".findings-panel")!, { subtree: true, childList: true, characterData: true });
    });
    await input.click();
    await input.press("End");
    const samples: Sample[] = [];
    for (let i = 0; i < KEYSTROKES + 4; i++) {
      await input.press(i % 2 === 0 ? "1" : "Backspace");
      const result = await page.waitForFunction(
        () => {
          const b = (window as unknown as { __bench: { down: number; shown: number; painted: number } }).__bench;
          return b.painted ? { findings: b.shown - b.down, painted: b.painted - b.down } : null;
        },
        undefined,
        { timeout: 10_000, polling: 10 },
      );
      const sample = (await result.jsonValue()) as Sample;
      if (i >= 4) samples.push(sample); // the first few warm the page up
      await page.waitForTimeout(150);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

function report(samples: readonly Sample[]): void {
  const line = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const f = (n: number) => `${n.toFixed(0)} ms`;
    return `${name.padEnd(34)} median ${f(percentile(sorted, 50)).padStart(7)}  p95 ${f(percentile(sorted, 95)).padStart(7)}  max ${f(sorted.at(-1)!).padStart(7)}`;
  };
  console.log(`keystroke → findings, full gov-2021 report, ${samples.length} keystrokes, 1280×720`);
  console.log(line("findings summary updated", samples.map((s) => s.findings)));
  console.log(line("and painted", samples.map((s) => s.painted)));
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
