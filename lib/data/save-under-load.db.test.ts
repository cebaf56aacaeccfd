import { afterEach, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getFormat } from "@/lib/formats";
import { listCells } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";
import { createReport, getReportForActor, importReport, saveReport } from "@/lib/data/reports";
import { getPublishedReport, listPublicIndex } from "@/lib/data/public";
import { consistentCells, makeCounty, makeOrg } from "@/lib/data/test-factories";

const READERS = Number(process.env.READERS ?? 120);
const PUBLISHED_UNITS = 6;

/** Every cell of gov-2021 with a value no other call gives it. */
function everyCell(base: number): Cells {
  const cells: Cells = {};
  listCells(getFormat("gov-2021")).forEach((cell, i) => {
    cells[cell.key] = base + i;
  });
  return cells;
}

/**
 * Public readers reading published reports in a loop until stopped; each read is a request of
 * its own, so the event loop gets a turn between two reads, as between two requests.
 */
function hammer(slugs: string[]) {
  let running = true;
  let reads = 0;
  const loops = Array.from({ length: READERS }, async (_, i) => {
    while (running) {
      await getPublishedReport({ orgSlug: slugs[(i + reads) % slugs.length], year: 2024 });
      if (i % 10 === 0) await listPublicIndex();
      reads++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return {
    reads: () => reads,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

let stopReaders: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopReaders?.();
  stopReaders = undefined;
});

describe("saving under load", () => {
  it("saves a whole report (every cell and section changed) while readers hammer the database", { timeout: 180_000 }, async () => {
    const { town, staff } = await makeCounty();
    const slugs: string[] = [];
    for (let i = 0; i < PUBLISHED_UNITS; i++) {
      const org = await makeOrg({ name: `读者单位${i}` });
      await importReport({
        actor: CLI_ACTOR,
        orgSlug: org.slug,
        doc: { format: "gov-2021", year: 2024, organization: `读者单位${i}`, cells: consistentCells() },
        sections: { overview: "总体情况。".repeat(200) },
        publish: true,
      });
      slugs.push(org.slug);
    }
    const { id } = await createReport({ actor: staff, orgId: town.id, year: 2025 });
    const sectionKeys = getFormat("gov-2021").sections.map((s) => s.key);
    const sections = (text: string) => Object.fromEntries(sectionKeys.map((key) => [key, `${text}：${key}`]));

    const readers = hammer(slugs);
    stopReaders = readers.stop;
    // Let the readers fill the database's queue before the saves.
    while (readers.reads() < READERS) await new Promise((resolve) => setTimeout(resolve, 20));

    let version = (await getReportForActor({ actor: staff, reportId: id }))!.version;
    for (const base of [1, 1000]) {
      const saved = await saveReport({ actor: staff, reportId: id, version, cells: everyCell(base), sections: sections(`第${base}次`) });
      expect(saved.changes).toBe(200 + sectionKeys.length);
      version = saved.version;
    }
    await readers.stop();
    stopReaders = undefined;

    const stored = await getReportForActor({ actor: staff, reportId: id });
    expect(stored?.cells).toEqual(everyCell(1000));
    expect(stored?.sections).toEqual(sections("第1000次"));
    expect(stored?.version).toBe(version);
    const audited = await db().auditLog.count({ where: { reportId: id, action: "save", entity: "cell" } });
    expect(audited).toBe(400);
  });
});
