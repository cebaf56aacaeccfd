// Migration 0007: the totals an older 提交审核 stored into working copies as if typed are
// cleared, exactly those, where they are still the cell's last change and the report is not
// published; what every view shows (computeTotals) stays the same.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/auth/actor";
import { db, getDatabase } from "@/lib/db";
import { listMigrations } from "@/lib/database/migrate";
import { createReport, getReportForActor, importReport, saveReport, writeReportCells } from "@/lib/data/reports";
import { consistentCells, makeCounty } from "@/lib/data/test-factories";
import { getFormat } from "@/lib/formats";
import { computeTotals, withoutDerivedTotals } from "@/lib/formats/engine";
import type { Cells } from "@/lib/formats/types";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

const MIGRATION = listMigrations().find((m) => m.name === "0007_derived_totals")!;
const gov2021 = getFormat("gov-2021");
const TYPED = withoutDerivedTotals(gov2021, consistentCells());
const TOTALS: Cells = { "t3.new.total": 3, "t3.total.total": 2 };

/** A report as an older 提交审核 left it: the typed cells, then totals stored with action 'compute-total'. */
async function olderSubmit(orgSlug: string, year: number, status: ReportStatus) {
  const { reportId } = await importReport({ actor: CLI_ACTOR, orgSlug, doc: { format: "gov-2021", year, organization: orgSlug, cells: TYPED } });
  await db().$transaction((tx) => writeReportCells(tx, CLI_ACTOR, reportId, TOTALS, "compute-total"));
  await db().report.update({ where: { id: reportId }, data: { status } });
  return reportId;
}

async function stored(reportId: string): Promise<Cells> {
  const rows = await db().cell.findMany({ where: { reportId, key: { in: Object.keys(TOTALS) } } });
  return Object.fromEntries(rows.map((r) => [r.key, r.value === null ? null : Number(r.value)]));
}

describe("migration 0007_derived_totals", () => {
  it("clears exactly the totals an older 提交审核 stored on reports not published, with an audit entry each", async () => {
    const { town, other, staff, otherStaff } = await makeCounty();
    const returned = await olderSubmit(town.slug, 2021, "returned");
    const submitted = await olderSubmit(town.slug, 2022, "submitted");
    const published = await olderSubmit(other.slug, 2021, "published");
    // The user typed one total after the older submit: that value is theirs and stays.
    const retyped = await olderSubmit(other.slug, 2022, "draft");
    const read = await getReportForActor({ actor: otherStaff, reportId: retyped });
    await saveReport({ actor: otherStaff, reportId: retyped, version: read!.version, cells: { "t3.new.total": 4 }, sections: {} });
    // A draft never submitted, with a typed total: untouched.
    const untouched = await createReport({ actor: staff, orgId: town.id, year: 2023 });
    await db().$transaction((tx) => writeReportCells(tx, CLI_ACTOR, untouched.id, { "t3.new.total": 7 }, "save"));

    const versions = new Map((await db().report.findMany()).map((r) => [r.id, r.version]));
    const shownBefore = computeTotals(gov2021, (await getReportForActor({ actor: staff, reportId: returned }))!.cells);
    await getDatabase().sql.exec(`BEGIN;\n${MIGRATION.sql}\n;COMMIT;`);

    expect(await stored(returned)).toEqual({ "t3.new.total": null, "t3.total.total": null });
    expect(await stored(submitted)).toEqual({ "t3.new.total": null, "t3.total.total": null });
    expect(await stored(published)).toEqual(TOTALS);
    expect(await stored(retyped)).toEqual({ "t3.new.total": 4, "t3.total.total": null });
    expect(await stored(untouched.id)).toEqual({ "t3.new.total": 7, "t3.total.total": null });
    expect(computeTotals(gov2021, (await getReportForActor({ actor: staff, reportId: returned }))!.cells)).toEqual(shownBefore);

    const entries = await db().auditLog.findMany({ where: { action: "derive-total" }, orderBy: { entityId: "asc" } });
    expect(entries.map((e) => [e.entityId, e.before, e.after, e.via])).toEqual(
      [
        [`${returned}:t3.new.total`, { value: 3 }, { value: null }, "migration"],
        [`${returned}:t3.total.total`, { value: 2 }, { value: null }, "migration"],
        [`${submitted}:t3.new.total`, { value: 3 }, { value: null }, "migration"],
        [`${submitted}:t3.total.total`, { value: 2 }, { value: null }, "migration"],
        [`${retyped}:t3.total.total`, { value: 2 }, { value: null }, "migration"],
      ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
    const after = new Map((await db().report.findMany()).map((r) => [r.id, r.version]));
    for (const [id, version] of versions) expect(after.get(id)).toBe([returned, submitted, retyped].includes(id) ? version + 1 : version);
  });
});
