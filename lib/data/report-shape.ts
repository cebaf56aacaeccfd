// Conversions between stored rows and the shapes the rest of the application uses.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cells } from "@/lib/formats/types";

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

export interface RevisionSnapshot {
  cells: Cells;
  sections: Sections;
  channels: PublishedChannel[];
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
  return { cells: object.cells ?? {}, sections: object.sections ?? {}, channels: object.channels ?? [] };
}
