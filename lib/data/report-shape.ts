// Conversions between stored rows and the shapes the rest of the application uses.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cells } from "@/lib/formats/types";

export type Sections = Record<string, string>;

export interface RevisionSnapshot {
  cells: Cells;
  sections: Sections;
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
  const object = (value ?? {}) as { cells?: Cells; sections?: Sections };
  return { cells: object.cells ?? {}, sections: object.sections ?? {} };
}
