import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { importReport } from "@/lib/data/reports";
import { consistentCells, makeOrg } from "@/lib/data/test-factories";
import { getPeerComparison, getPublishedUnit } from "@/lib/data/public-compare";
import type { Cells } from "@/lib/formats/types";

/** consistentCells with `extra` more new requests, all granted (I1, I2, I3 still hold). */
function withMoreRequests(extra: number): Cells {
  const cells = consistentCells();
  for (const key of ["t3.new.natural", "t3.new.total", "t3.granted.natural", "t3.granted.total", "t3.total.natural", "t3.total.total"]) {
    cells[key] = (cells[key] as number) + extra;
  }
  return cells;
}

async function put(orgSlug: string, year: number, cells: Cells, options: { publish: boolean; reason?: string }) {
  await importReport({ actor: CLI_ACTOR, orgSlug, doc: { format: "gov-2021", year, organization: orgSlug, cells }, ...options });
}

describe("public comparison reads", () => {
  it("give each year's latest published revision of a unit and never a working copy", async () => {
    const county = await makeOrg({ name: "比较县", kind: "county" });
    const town = await makeOrg({ name: "甲镇", parentSlug: county.slug });
    await put(town.slug, 2067, withMoreRequests(0), { publish: true });
    await put(town.slug, 2066, withMoreRequests(4), { publish: true });
    // a correction: revision 2 of 2066
    await put(town.slug, 2066, withMoreRequests(9), { publish: true, reason: "更正新收数" });
    // a draft of 2068 is not published
    await put(town.slug, 2068, withMoreRequests(20), { publish: false });

    const unit = await getPublishedUnit({ orgSlug: town.slug });
    expect(unit?.parent).toEqual({ slug: county.slug, name: "比较县" });
    expect(unit?.reports.map((r) => [r.year, r.format, r.cells["t3.new.total"]])).toEqual([
      [2066, "gov-2021", 12],
      [2067, "gov-2021", 3],
    ]);
    expect(await getPublishedUnit({ orgSlug: "no-such-unit" })).toBeNull();

    const county2068 = await getPublishedUnit({ orgSlug: county.slug });
    expect(county2068?.reports).toEqual([]);
    expect(county2068?.children).toEqual([{ slug: town.slug, name: "甲镇" }]);
  });

  it("put a unit beside the units under its parent and below it, those without a published report as null", async () => {
    const county = await makeOrg({ name: "比较县", kind: "county" });
    const a = await makeOrg({ name: "甲镇", parentSlug: county.slug });
    const b = await makeOrg({ name: "乙镇", parentSlug: county.slug });
    const c = await makeOrg({ name: "丙镇", parentSlug: county.slug });
    await put(a.slug, 2066, withMoreRequests(7), { publish: true });
    await put(b.slug, 2066, withMoreRequests(1), { publish: false });
    await put(c.slug, 2067, withMoreRequests(1), { publish: true });

    const peers = await getPeerComparison({ orgSlug: a.slug, year: 2066 });
    expect(peers?.unit).toMatchObject({ slug: a.slug, name: "甲镇" });
    expect(peers?.unit.report?.cells["t3.new.total"]).toBe(10);
    expect(peers?.parent).toEqual({ slug: county.slug, name: "比较县" });
    const bySlug = Object.fromEntries((peers?.siblings ?? []).map((s) => [s.slug, s.report?.cells["t3.new.total"] ?? null]));
    expect(bySlug).toEqual({ [a.slug]: 10, [b.slug]: null, [c.slug]: null });
    expect(peers?.children).toEqual([]);
    expect(peers?.rollupPublished).toBe(false);

    const fromCounty = await getPeerComparison({ orgSlug: county.slug, year: 2066 });
    expect(fromCounty?.siblings).toEqual([]);
    expect(fromCounty?.children.map((child) => child.slug).sort()).toEqual([a.slug, b.slug, c.slug].sort());
    expect(await getPeerComparison({ orgSlug: "no-such-unit", year: 2066 })).toBeNull();
  });
});
