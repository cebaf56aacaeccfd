// Conversions between stored rows and the shapes the rest of the application uses.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cells } from "@/lib/formats/types";
import type { Acknowledgement } from "@/lib/rules/acknowledgements";
import { notesFromJson, type HistoricalRecord } from "@/lib/report/historical-notes";

export type { HistoricalRecord };

export type Sections = Record<string, string>;

/**
 * A 公开渠道 of the unit as published with a revision: what it is and its count for the year.
 * (A type, not an interface, so that it is assignable to a JSON column's value.)
 */
export type PublishedChannel = {
  name: string;
  kindLabel: string;
  address: string | null;
  count: number;
};

/**
 * What a roll-up (汇总) sums: the units counted (and whether from a published revision or a
 * submitted working copy), the units without a report that could be counted, and per cell
 * how many counted units left it blank (blank is not 0). A type so that it fits a JSON column.
 */
export type RollupProvenance = {
  units: { slug: string; name: string; source: "published" | "submitted"; revision: number | null }[];
  missing: { slug: string; name: string; status: "none" | "draft" | "returned" | "submitted" }[];
  blanks: Record<string, number>;
  includeSubmitted: boolean;
  includeOwn: boolean;
  /** ISO time the sums were taken */
  builtAt: string;
};

/**
 * A warning as it stood when the revision was published, with the reason the unit gave for it
 * (说明原因): kept with the revision for the record; not shown on the public pages.
 */
export type AcknowledgedWarning = {
  rule: string;
  message: string;
  reason: string;
  by: string | null;
  at: string;
};

export interface RevisionSnapshot {
  cells: Cells;
  sections: Sections;
  channels: PublishedChannel[];
  rollup?: RollupProvenance;
  acknowledged?: AcknowledgedWarning[];
}

/** The columns of FindingAcknowledgement a read selects, with the name of who acknowledged. */
export const acknowledgementSelect = {
  finding: true,
  rule: true,
  message: true,
  reason: true,
  at: true,
  actor: { select: { displayName: true, username: true } },
} as const;

export function acknowledgementsFromRows(
  rows: { finding: string; rule: string; message: string; reason: string; at: Date; actor: { displayName: string | null; username: string } | null }[],
): Acknowledgement[] {
  return rows.map((row) => ({
    key: row.finding,
    rule: row.rule,
    message: row.message,
    reason: row.reason,
    by: row.actor ? row.actor.displayName || row.actor.username : null,
    at: row.at.toISOString(),
  }));
}

export function rollupFromJson(value: Prisma.JsonValue | null | undefined): RollupProvenance | null {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) return null;
  return value as unknown as RollupProvenance;
}

export function cellsFromRows(rows: { key: string; value: Prisma.Decimal | null }[]): Cells {
  const cells: Cells = {};
  for (const row of rows) cells[row.key] = row.value === null ? null : row.value.toNumber();
  return cells;
}

export function sectionsFromRows(rows: { key: string; text: string }[]): Sections {
  const sections: Sections = {};
  for (const row of rows) sections[row.key] = row.text;
  return sections;
}

export function snapshotFromJson(value: Prisma.JsonValue): RevisionSnapshot {
  const object = (value ?? {}) as Partial<RevisionSnapshot>;
  const snapshot: RevisionSnapshot = { cells: object.cells ?? {}, sections: object.sections ?? {}, channels: object.channels ?? [] };
  if (object.rollup) snapshot.rollup = object.rollup;
  return snapshot;
}

export function historicalOfRevision(revision: { historical: boolean; sourceName: string | null; notes: Prisma.JsonValue | null }): HistoricalRecord | null {
  if (!revision.historical) return null;
  return { sourceName: revision.sourceName ?? "", notes: notesFromJson(revision.notes) };
}
