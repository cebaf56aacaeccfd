// What a correction changed: the cells (by their official row and column labels, old → new
// value) and the narrative sections (by name, sentence by sentence) that differ between two
// published revisions of a report. The public correction log lists them under each revision.
import type { Cells, FormatDef } from "../formats/types";
import { formatCellValue } from "../formats/cell-number";
import { tableName } from "../rules/labels";
import { diffText, type DiffPart } from "../history/text-diff";
import { sectionName } from "./section-name";

/** What a published revision holds that a reader compares. */
export interface ComparedRevision {
  format: FormatDef;
  cells: Cells;
  sections: Readonly<Record<string, string>>;
}

export interface CellChange {
  key: string;
  /** 表三, or the table's title where it has no number */
  table: string;
  rowLabel: string;
  columnLabel: string;
  /** the values as the page prints them; "" for a blank cell */
  before: string;
  after: string;
}

export interface SectionChange {
  key: string;
  name: string;
  /** the sentences removed and added, with runs of unchanged ones counted */
  parts: DiffPart[];
}

export interface RevisionChanges {
  /** the later revision is laid out in another format (its cells are not comparable one by one) */
  format: { before: string; after: string } | null;
  cells: CellChange[];
  sections: SectionChange[];
}

/** Whether two revisions differ in anything a reader sees. */
export const hasChanges = (changes: RevisionChanges) => changes.format !== null || changes.cells.length > 0 || changes.sections.length > 0;

/** The changes from `before` to `after`, cells and sections in the order of the later revision's format. */
export function revisionChanges(before: ComparedRevision, after: ComparedRevision): RevisionChanges {
  const format = after.format;
  const sameFormat = before.format.id === format.id;
  const cells: CellChange[] = [];
  if (sameFormat) {
    for (const table of format.tables) {
      for (const cell of table.cells) {
        const old = before.cells[cell.key] ?? null;
        const now = after.cells[cell.key] ?? null;
        if (old === now) continue;
        cells.push({
          key: cell.key,
          table: tableName(table),
          rowLabel: cell.rowLabel,
          columnLabel: cell.columnLabel,
          before: formatCellValue(cell, old),
          after: formatCellValue(cell, now),
        });
      }
    }
  }
  const sections: SectionChange[] = [];
  for (const section of format.sections) {
    const parts = diffText(before.sections[section.key] ?? "", after.sections[section.key] ?? "");
    if (parts.some((part) => part.kind !== "same")) sections.push({ key: section.key, name: sectionName(section), parts });
  }
  return { format: sameFormat ? null : { before: before.format.name, after: format.name }, cells, sections };
}
